/**
 * Runtime schema of an annotation on the wire (sync push/pull, exports). It mirrors
 * model/annotation.ts field for field; annotationSchema.test.ts keeps the two in step.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { AnswerReviewResult } from './answerReview';

export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
export const Uuid = Type.String({ pattern: UUID_PATTERN, minLength: 36, maxLength: 36 });

/** An ISO-8601 instant such as 2025-01-31T12:00:00.000Z (client clocks: display only). */
export const Instant = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$',
  maxLength: 40,
});

/** Canonical texts are at most a few hundred million UTF-16 units; offsets stay well inside that. */
const Offset = Type.Integer({ minimum: 0, maximum: 2 ** 31 });
const Coordinate = Type.Number({ minimum: -1e7, maximum: 1e7 });

export const MAX_QUOTE_LENGTH = 100_000;
export const MAX_CONTEXT_LENGTH = 1_000;
export const MAX_RATIONALE_LENGTH = 20_000;

export const TextPositionSchema = Strict({ start: Offset, end: Offset });
export const TextQuoteSchema = Strict({
  exact: Type.String({ maxLength: MAX_QUOTE_LENGTH }),
  prefix: Type.String({ maxLength: MAX_CONTEXT_LENGTH }),
  suffix: Type.String({ maxLength: MAX_CONTEXT_LENGTH }),
});
export const PdfRectSchema = Strict({
  x1: Coordinate,
  y1: Coordinate,
  x2: Coordinate,
  y2: Coordinate,
});
export const PageAreaSchema = Strict({
  pageIndex: Type.Integer({ minimum: 0, maximum: 100_000 }),
  rects: Type.Array(PdfRectSchema, { maxItems: 2_000 }),
});

export const AnnotationTargetSchema = Type.Union([
  Strict({
    kind: Type.Literal('span'),
    position: TextPositionSchema,
    quote: TextQuoteSchema,
    pages: Type.Optional(Type.Array(PageAreaSchema, { maxItems: 1_000 })),
    fragments: Type.Optional(Type.Array(TextPositionSchema, { maxItems: 1_000 })),
  }),
  Strict({ kind: Type.Literal('region'), page: PageAreaSchema }),
  Strict({ kind: Type.Literal('document') }),
]);

const Label = Type.String({ minLength: 1, maxLength: 200 });

export const AnnotationBodySchema = Strict({
  labels: Type.Array(Label, { maxItems: 100 }),
  rationale: Type.Optional(Type.String({ maxLength: MAX_RATIONALE_LENGTH })),
  codes: Type.Optional(
    Type.Array(
      Strict({
        system: Type.String({ minLength: 1, maxLength: 64 }),
        code: Type.String({ minLength: 1, maxLength: 64 }),
        display: Type.String({ maxLength: 1_000 }),
        iri: Type.Optional(Type.String({ maxLength: 2_000 })),
        purpose: Type.Optional(Type.Enum(['classifying', 'identifying'])),
      }),
      { maxItems: 100 },
    ),
  ),
  relations: Type.Optional(Type.Array(Strict({ type: Label, targetId: Uuid }), { maxItems: 100 })),
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  ranking: Type.Optional(
    Strict({
      prompt: Type.Optional(Type.String({ maxLength: MAX_RATIONALE_LENGTH })),
      answers: Type.Array(
        Strict({
          id: Type.String({ minLength: 1, maxLength: 200 }),
          text: Type.String({ maxLength: MAX_QUOTE_LENGTH }),
          rank: Type.Integer({ minimum: 1, maximum: 1_000 }),
        }),
        { maxItems: 100 },
      ),
    }),
  ),
  review: Type.Optional(AnswerReviewResult),
});

const AgentSchema = Strict({
  kind: Type.Enum(['person', 'software', 'organization']),
  name: Type.Optional(Type.String({ maxLength: 500 })),
  iri: Type.Optional(Type.String({ maxLength: 2_000 })),
});

const PreAnnotationSchema = Strict({
  source: Type.String({ minLength: 1, maxLength: 200 }),
  modelVersion: Type.Optional(Type.String({ maxLength: 200 })),
  score: Type.Optional(Type.Number()),
});

export const AnnotationSchema = Strict({
  id: Uuid,
  projectId: Uuid,
  documentId: Uuid,
  target: AnnotationTargetSchema,
  body: AnnotationBodySchema,
  creatorId: Type.Optional(Uuid),
  creator: Type.Optional(AgentSchema),
  preAnnotation: Type.Optional(PreAnnotationSchema),
  externalIds: Type.Optional(
    Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 200 })),
  ),
  createdAt: Instant,
  updatedAt: Instant,
});

/** An annotation as plain JSON (ids unbranded). */
export type AnnotationWire = Static<typeof AnnotationSchema>;
