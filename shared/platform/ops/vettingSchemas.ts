/**
 * Wire schemas of the vetting API (profile and credentials, the interview, matching and the
 * catalogue, notifications). The server uses them as request checks and response allow-lists;
 * the desktop client checks what it receives against the same schemas.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../../ipc/schema';
import { Instant, Uuid } from '../../model/annotationSchema';
import { PayModel, PROJECT_DOMAINS } from '../../model/project';
import { IntegrityEvent } from '../../interview/integrity';
import { InterviewResult, ScoreValue } from '../../interview/result';
import { ProjectListing } from '../../matching/listing';
import { UnmetRequirements } from '../../matching/unmet';
import { Credential, ExpertProfile, ProfileInput } from '../../profile/profile';
import { AssignmentSchema } from '../schemas';

const Id = Type.String({ minLength: 1, maxLength: 128 });
const Words = (maxLength: number) => Type.String({ maxLength });
const Reasons = Type.Array(Words(500), { maxItems: 40 });

// ---- profile and credentials ----

export const ProfileEnvelope = Strict({
  /** Compare-and-set: send it back with the next save; 0 before the first save. */
  version: Type.Integer({ minimum: 0 }),
  profile: Type.Union([ExpertProfile, Type.Null()]),
});
export type ProfileEnvelope = Static<typeof ProfileEnvelope>;

export const ProfileSave = Strict({ version: Type.Integer({ minimum: 0 }), profile: ProfileInput });
export type ProfileSave = Static<typeof ProfileSave>;

export const CredentialQueueItem = Strict({
  expertId: Uuid,
  expertName: Words(500),
  credential: Credential,
});
export type CredentialQueueItem = Static<typeof CredentialQueueItem>;

export const CredentialDecision = Type.Union([
  Strict({ outcome: Type.Literal('verified') }),
  Strict({
    outcome: Type.Literal('rejected'),
    reason: Type.String({ minLength: 5, maxLength: 500 }),
  }),
]);
export type CredentialDecision = Static<typeof CredentialDecision>;

// ---- interview ----

export const SESSION_STATUSES = [
  'in-progress',
  'answered',
  'scored',
  'scoring-failed',
  'abandoned',
] as const;
const SessionStatus = Type.Enum([...SESSION_STATUSES]);

export const Prompt = Strict({
  turnId: Id,
  questionId: Id,
  /** 1-based position in the plan; a follow-up shares its question's number. */
  number: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(['question', 'follow-up']),
  /** Markdown. */
  text: Words(20_000),
  askedAt: Instant,
});
export type Prompt = Static<typeof Prompt>;

export const AnswerOutcome = Type.Union([
  Strict({ next: Prompt }),
  Strict({ done: Type.Literal(true) }),
]);
export type AnswerOutcome = Static<typeof AnswerOutcome>;

export const SessionSummary = Strict({
  id: Uuid,
  status: SessionStatus,
  startedAt: Instant,
  endedAt: Type.Optional(Instant),
  scoringError: Type.Optional(Strict({ code: Words(64), message: Words(500), at: Instant })),
});
export type SessionSummary = Static<typeof SessionSummary>;

export const Eligibility = Strict({
  allowed: Type.Boolean(),
  reason: Type.Optional(Words(500)),
  retryAt: Type.Optional(Instant),
  resumeSessionId: Type.Optional(Uuid),
  /** The most recent attempt, to resume it or show its results. */
  latest: Type.Optional(SessionSummary),
});
export type Eligibility = Static<typeof Eligibility>;

export const Started = Strict({ sessionId: Uuid, prompt: Prompt });

const PlanItem = Strict({
  questionId: Id,
  domain: Type.Enum(['law', 'medicine', 'finance', 'general']),
  kind: Type.Enum(['experience', 'depth', 'practical']),
  competency: Id,
  reasons: Reasons,
});

export const InterviewPlanSchema = Strict({
  bankVersion: Id,
  rubricVersion: Id,
  domains: Type.Array(Type.Enum(['law', 'medicine', 'finance']), { maxItems: 3 }),
  items: Type.Array(PlanItem, { maxItems: 20 }),
  competencies: Type.Array(Id, { maxItems: 20 }),
});

export const TurnSchema = Strict({
  id: Id,
  itemIndex: Type.Integer({ minimum: 0 }),
  questionId: Id,
  kind: Type.Enum(['question', 'follow-up']),
  followUp: Type.Optional(
    Strict({
      reason: Type.Enum(['short', 'vague', 'missing-concepts']),
      targets: Type.Array(Words(200), { maxItems: 20 }),
    }),
  ),
  prompt: Words(20_000),
  askedAt: Instant,
  answer: Type.Optional(Strict({ text: Words(20_000), submittedAt: Instant })),
});
export type TurnWire = Static<typeof TurnSchema>;

export const Transcript = Strict({
  id: Uuid,
  status: SessionStatus,
  plan: InterviewPlanSchema,
  turns: Type.Array(TurnSchema, { maxItems: 100 }),
  result: Type.Optional(InterviewResult),
  scoringError: Type.Optional(Strict({ code: Words(64), message: Words(500), at: Instant })),
});
export type Transcript = Static<typeof Transcript>;

export const IntegrityBatch = Strict({ events: Type.Array(IntegrityEvent, { maxItems: 500 }) });

export const AnswerBody = Strict({
  turnId: Id,
  text: Type.String({ minLength: 1, maxLength: 20_000 }),
});

export const OverrideBody = Strict({
  competencyId: Id,
  score: ScoreValue,
  reason: Type.String({ minLength: 10, maxLength: 2_000 }),
});

export const ReasonBody = Strict({ reason: Type.String({ minLength: 10, maxLength: 2_000 }) });

// ---- matching and the catalogue ----

const Listed = {
  projectId: Uuid,
  title: Words(200),
  description: Words(20_000),
  domain: Type.Enum([...PROJECT_DOMAINS]),
  pay: PayModel,
  languages: Type.Array(Words(35), { maxItems: 50 }),
  listing: ProjectListing,
};

export const CatalogueEntry = Strict({
  ...Listed,
  /** 0..100. */
  score: Type.Number({ minimum: 0, maximum: 100 }),
  reasons: Reasons,
  concerns: Reasons,
  summary: Words(2_000),
  /** What the expert did with it: `open` until they accept or decline. */
  state: Type.Enum(['open', 'accepted', 'declined']),
  /** The expert's assignments in the project (once accepted). */
  assignments: Type.Integer({ minimum: 0 }),
});
export type CatalogueEntry = Static<typeof CatalogueEntry>;

export const CatalogueExclusion = Strict({
  ...Listed,
  /** In the server's words, with what the expert has (e.g. "yours is pending review"). */
  reasons: Reasons,
  /** The same requirements as codes, which the app says in the person's language. */
  unmet: UnmetRequirements,
});
export type CatalogueExclusion = Static<typeof CatalogueExclusion>;

export const Catalogue = Strict({
  hasProfile: Type.Boolean(),
  interviewed: Type.Boolean(),
  matches: Type.Array(CatalogueEntry, { maxItems: 500 }),
  excluded: Type.Array(CatalogueExclusion, { maxItems: 500 }),
});
export type Catalogue = Static<typeof Catalogue>;

export const Accepted = Strict({
  projectId: Uuid,
  assignments: Type.Array(AssignmentSchema, { maxItems: 100 }),
});
export type Accepted = Static<typeof Accepted>;

export const DeclineBody = Strict({ reason: Type.Optional(Type.String({ maxLength: 1_000 })) });

export const ListingEnvelope = Strict({ listing: Type.Union([ProjectListing, Type.Null()]) });

export const Candidate = Strict({
  expertId: Uuid,
  displayName: Words(500),
  score: Type.Number({ minimum: 0, maximum: 100 }),
  components: Type.Record(Type.String(), Type.Number()),
  reasons: Reasons,
  concerns: Reasons,
  summary: Words(2_000),
  state: Type.Enum(['open', 'accepted', 'declined']),
});
export type Candidate = Static<typeof Candidate>;

export const Candidates = Strict({
  listed: Type.Boolean(),
  candidates: Type.Array(Candidate, { maxItems: 500 }),
  /** Experts filtered out, counted by reason (who they are is not the requester's business). */
  excluded: Strict({
    count: Type.Integer({ minimum: 0 }),
    reasons: Type.Array(Strict({ reason: Words(500), count: Type.Integer({ minimum: 1 }) }), {
      maxItems: 100,
    }),
  }),
});
export type Candidates = Static<typeof Candidates>;

// ---- notifications ----

export const PlatformNotificationSchema = Strict({
  id: Uuid,
  kind: Type.Literal('project-match'),
  projectId: Uuid,
  title: Words(200),
  message: Words(1_000),
  createdAt: Instant,
  readAt: Type.Optional(Instant),
});
export type PlatformNotificationWire = Static<typeof PlatformNotificationSchema>;

export const NotificationList = Strict({
  unread: Type.Integer({ minimum: 0 }),
  items: Type.Array(PlatformNotificationSchema, { maxItems: 100 }),
});
export type NotificationList = Static<typeof NotificationList>;

export const MarkRead = Strict({ ids: Type.Optional(Type.Array(Uuid, { maxItems: 100 })) });

export { ProjectListing };
