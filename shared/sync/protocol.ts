/**
 * The sync wire protocol (docs/ARCHITECTURE.md, "The sync protocol"). The client numbers its mutations; the server applies
 * them in order, records the last id in the same transaction, skips replays and refuses gaps.
 * Pull hands out changes in server order, after an opaque cursor the server issued.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { AnnotationSchema, Uuid } from '../model/annotationSchema';

export const MAX_MUTATIONS_PER_PUSH = 500;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1_000;

/**
 * A client's mutation number: 1 for its first mutation, then each next one exactly one more.
 * The server applies mutation n only after n-1 (a gap is refused) and applies each at most once.
 */
export const MutationId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

export const AnnotationPut = Strict({
  id: MutationId,
  kind: Type.Literal('annotation.put'),
  annotation: AnnotationSchema,
});

/**
 * Brings back an annotation this account deleted (undoing the deletion, or redoing its creation
 * after an undo). A plain put of a deleted annotation is refused as a conflict; a restore is the
 * explicit "I deleted it and want it back", which the server accepts as a new version.
 */
export const AnnotationRestore = Strict({
  id: MutationId,
  kind: Type.Literal('annotation.restore'),
  annotation: AnnotationSchema,
});

export const AnnotationDelete = Strict({
  id: MutationId,
  kind: Type.Literal('annotation.delete'),
  projectId: Uuid,
  annotationId: Uuid,
});

export const Mutation = Type.Union([AnnotationPut, AnnotationRestore, AnnotationDelete]);
export type Mutation = Static<typeof Mutation>;

export const PushRequest = Strict({
  /** A UUID the client chose once; its mutation numbering is scoped to it. */
  clientId: Uuid,
  mutations: Type.Array(Mutation, { minItems: 1, maxItems: MAX_MUTATIONS_PER_PUSH }),
});
export type PushRequest = Static<typeof PushRequest>;

/**
 * Why the server refused a mutation (each is shown to the user, translated):
 * `forbidden` — no right to make it; `notFound` — its document is not on the platform;
 * `deleted` — someone deleted the annotation meanwhile (a real conflict); `invalid` — it breaks the
 * project's rules (a label it does not have, another document); `targetOutside` and
 * `quoteMismatch` — its target is not a place in the document (see targetCheck.ts);
 * `relationTarget` — a relation points at an annotation not in this project or not visible to its
 * author.
 */
export const REJECT_REASONS = [
  'forbidden',
  'notFound',
  'deleted',
  'invalid',
  'targetOutside',
  'quoteMismatch',
  'relationTarget',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const MutationOutcome = Type.Union([
  Strict({ id: MutationId, status: Type.Literal('applied') }),
  Strict({
    id: MutationId,
    status: Type.Literal('rejected'),
    reason: Type.Enum([...REJECT_REASONS]),
  }),
]);
export type MutationOutcome = Static<typeof MutationOutcome>;

export const PushResponse = Strict({
  /** Every mutation up to this id is settled (applied or rejected); the client may drop them. */
  lastMutationId: Type.Integer({ minimum: 0 }),
  /** One per mutation sent, replays included (a replay reports how it was settled the first time). */
  outcomes: Type.Array(MutationOutcome),
});
export type PushResponse = Static<typeof PushResponse>;

export const PushGap = Strict({
  error: Type.Literal('mutationGap'),
  message: Type.String(),
  /** The id the server needs next; nothing in the push was applied. */
  expectedMutationId: Type.Integer({ minimum: 1 }),
});
export type PushGap = Static<typeof PushGap>;

export const AnnotationChange = Strict({
  annotationId: Uuid,
  /** Server-issued, strictly increasing within the project, following commit order. */
  version: Type.Integer({ minimum: 1 }),
  deleted: Type.Boolean(),
  /** Absent when deleted. */
  annotation: Type.Optional(AnnotationSchema),
});
export type AnnotationChange = Static<typeof AnnotationChange>;

export const PullResponse = Strict({
  projectId: Uuid,
  changes: Type.Array(AnnotationChange),
  /** Opaque: send it back as `cursor` to get what changed after this page. */
  cursor: Type.String({ maxLength: 64 }),
  hasMore: Type.Boolean(),
});
export type PullResponse = Static<typeof PullResponse>;
