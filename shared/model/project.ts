/** Projects as requesters define them and experts see them (wire schemas and types). */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { Instant, Uuid } from './annotationSchema';
import { ErrorTypeDefinition, RubricCriterion } from './answerReview';

export const PROJECT_DOMAINS = ['law', 'medicine', 'finance', 'other'] as const;
export const TASK_TYPES = [
  'spanLabelling',
  'regionLabelling',
  'documentClassification',
  'interpretation',
  'answerReview',
] as const;
export const PROJECT_STATUSES = ['draft', 'open', 'paused', 'closed'] as const;
export const PAY_KINDS = ['perTask', 'perHour'] as const;

/** A label's id is what annotations store in `body.labels`; the name is what people read. */
export const LabelDefinition = Strict({
  id: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4_000 })),
  group: Type.Optional(Type.String({ maxLength: 200 })),
  color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  /** Keyboard shortcut in the panes (one character); without one, 1–9 go to the first nine. */
  key: Type.Optional(Type.String({ minLength: 1, maxLength: 1 })),
});
export type LabelDefinition = Static<typeof LabelDefinition>;

const SchemaId = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
});

/** A relation annotators may draw, e.g. medication → dosage; empty ends allow any label. */
export const RelationTypeDefinition = Strict({
  id: SchemaId,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  from: Type.Array(SchemaId, { maxItems: 1_000 }),
  to: Type.Array(SchemaId, { maxItems: 1_000 }),
});

/** A class a whole document can be given (with a written rationale). */
export const DocumentClassDefinition = Strict({
  id: SchemaId,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4_000 })),
});

export const LabelSchema = Strict({
  labels: Type.Array(LabelDefinition, { minItems: 1, maxItems: 1_000 }),
  /** Whether one annotation may carry several labels. */
  multiple: Type.Optional(Type.Boolean()),
  /** Code systems annotations may link to, e.g. `icd10cm`. */
  codeSystems: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 20 }),
  ),
  /** Codes of the first code system the project expects often (offered first in code search). */
  suggestedCodes: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 1_000 }),
  ),
  relationTypes: Type.Optional(Type.Array(RelationTypeDefinition, { maxItems: 200 })),
  documentClasses: Type.Optional(Type.Array(DocumentClassDefinition, { maxItems: 200 })),
  /** Answer review: the criteria each answer is scored on (1–5 with anchors). */
  rubric: Type.Optional(Type.Array(RubricCriterion, { maxItems: 50 })),
  /** Answer review: the kinds of error a reviewer may mark inside an answer. */
  errorTypes: Type.Optional(Type.Array(ErrorTypeDefinition, { maxItems: 200 })),
});
export type LabelSchema = Static<typeof LabelSchema>;

export const PayModel = Strict({
  kind: Type.Enum([...PAY_KINDS]),
  /** In the currency's minor unit (cents), per task or per hour. */
  rateMinor: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
  /** ISO 4217. */
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});
export type PayModel = Static<typeof PayModel>;

const Text = (maxLength: number) => Type.String({ maxLength });

export const ProjectDefinition = Strict({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  domain: Type.Enum([...PROJECT_DOMAINS]),
  description: Text(20_000),
  instructions: Text(200_000),
  labelSchema: LabelSchema,
  taskType: Type.Enum([...TASK_TYPES]),
  pay: PayModel,
  requiredCredentials: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
  /** BCP 47 tags. */
  languages: Type.Array(
    Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', maxLength: 35 }),
    {
      maxItems: 50,
    },
  ),
  status: Type.Optional(Type.Enum([...PROJECT_STATUSES])),
});
export type ProjectDefinition = Static<typeof ProjectDefinition>;

export const ProjectPatch = Type.Partial(ProjectDefinition, { additionalProperties: false });
export type ProjectPatch = Static<typeof ProjectPatch>;

export const Project = Strict({
  id: Uuid,
  organisationId: Uuid,
  name: Type.String(),
  domain: Type.Enum([...PROJECT_DOMAINS]),
  description: Type.String(),
  instructions: Type.String(),
  labelSchema: LabelSchema,
  taskType: Type.Enum([...TASK_TYPES]),
  pay: PayModel,
  requiredCredentials: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  status: Type.Enum([...PROJECT_STATUSES]),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Project = Static<typeof Project>;
