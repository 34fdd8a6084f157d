/** Wire schemas of time, gold and agreement: what experts and reviewers are shown about the work. */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { AnnotationSchema, Instant, Uuid } from '../model/annotationSchema';
import { MAX_WORK_ANNOTATIONS } from './wire';

const Ms = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

/** Most intervals one batch may carry (a day of one-second stretches is far fewer). */
export const MAX_INTERVALS_PER_BATCH = 2_000;

export const TimeBatchBodySchema = Strict({
  /** Chosen by the client; a re-sent batch with the same id is recognised and not counted twice. */
  batchId: Uuid,
  /** Client clock (ms since the epoch) when the batch was sent; the server corrects for skew. */
  clientSentAt: Ms,
  intervals: Type.Array(Strict({ id: Uuid, assignmentId: Uuid, start: Ms, end: Ms }), {
    maxItems: MAX_INTERVALS_PER_BATCH,
  }),
});
export type TimeBatchBody = Static<typeof TimeBatchBodySchema>;

export const TimeBatchResultSchema = Strict({
  batchId: Uuid,
  receivedAt: Instant,
  intervals: Type.Integer(),
  replayed: Type.Boolean(),
});

export const MyTimeSchema = Strict({
  /** Reconciled (payable) and claimed active time per assignment. */
  assignments: Type.Array(
    Strict({ assignmentId: Uuid, projectId: Uuid, activeMs: Ms, claimedMs: Ms }),
  ),
  /** Payable ms per day of the expert (UTC days). */
  days: Type.Array(Strict({ day: Type.String(), activeMs: Ms })),
  /** What reconciliation removed, summed by reason, with the explanation shown to the expert. */
  trims: Type.Array(
    Strict({ reason: Type.String(), ms: Ms, detail: Type.String(), count: Type.Integer() }),
  ),
  skewedBatches: Type.Integer(),
});
export type MyTime = Static<typeof MyTimeSchema>;

export const GoldScoreSchema = Strict({
  assignmentId: Uuid,
  taskId: Uuid,
  title: Type.String(),
  passed: Type.Boolean(),
  spanF1: NullableNumber,
  scoredAt: Instant,
});

export const GoldSummarySchema = Strict({
  projectId: Uuid,
  projectName: Type.String(),
  expertId: Uuid,
  expertName: Type.String(),
  answered: Type.Integer(),
  passed: Type.Integer(),
  meanSpanF1: NullableNumber,
  scores: Type.Array(GoldScoreSchema),
});
export type GoldSummary = Static<typeof GoldSummarySchema>;

export const GoldKeyBodySchema = Strict({
  annotations: Type.Array(AnnotationSchema, { maxItems: MAX_WORK_ANNOTATIONS }),
});

export const GoldKeySchema = Strict({
  taskId: Uuid,
  annotationCount: Type.Integer(),
  updatedAt: Instant,
});

export const AgreementSchema = Strict({
  annotators: Type.Array(Strict({ id: Uuid, name: Type.String() })),
  documents: Type.Integer(),
  pairs: Type.Array(
    Strict({
      a: Uuid,
      b: Uuid,
      sharedDocuments: Type.Integer(),
      f1Exact: NullableNumber,
      f1Overlap: NullableNumber,
      macroF1Overlap: NullableNumber,
      /** Cohen's κ on document classes; null when undefined (no classes, or one class only). */
      kappa: NullableNumber,
      kappaItems: Type.Integer(),
      /** Per label, overlap F1 (for the chart). */
      perLabel: Type.Array(Strict({ label: Type.String(), f1: NullableNumber })),
    }),
  ),
  /** Krippendorff's α (nominal) on document classes over all annotators. */
  alpha: NullableNumber,
  alphaValues: Type.Integer(),
  /** The same table as aligned text (formatAgreementTable), for notes and logs. */
  text: Type.String(),
});
export type Agreement = Static<typeof AgreementSchema>;
