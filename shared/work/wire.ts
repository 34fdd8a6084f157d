/**
 * Wire schemas of the work routes (queue, submission, review, adjudication, time), shared by the
 * server (request checks, response allow-lists) and the desktop client (shared/platform/ops/work.ts).
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import {
  AnnotationSchema,
  AnnotationBodySchema,
  AnnotationTargetSchema,
  Instant,
  Uuid,
} from '../model/annotationSchema';
import { ASSIGNMENT_STATUSES } from '../model/assignment';
import { PayModel, PROJECT_DOMAINS } from '../model/project';
import { WorkSettingsSchema } from './settings';

/** Most annotations one submission, review or adjudication may carry. */
export const MAX_WORK_ANNOTATIONS = 5_000;
const Reason = Type.String({ minLength: 1, maxLength: 2_000 });

export const ReturnNoticeSchema = Strict({
  items: Type.Array(
    Strict({
      annotationId: Type.Optional(Uuid),
      verdict: Type.Enum(['accept', 'correct', 'reject', 'missing']),
      reason: Type.String(),
    }),
  ),
});

export const QueueItemSchema = Strict({
  assignmentId: Uuid,
  projectId: Uuid,
  taskId: Uuid,
  documentId: Uuid,
  documentName: Type.String(),
  documentKind: Type.Enum(['pdf', 'text']),
  title: Type.String(),
  status: Type.Enum([...ASSIGNMENT_STATUSES]),
  /** Submissions so far (1 after the first submit). */
  round: Type.Integer({ minimum: 0 }),
  dueAt: Type.Optional(Instant),
  /** Why the expert skipped or declined it. */
  reason: Type.Optional(Type.String()),
  /** What the reviewer asked to change, while the task is returned. */
  returnNotice: Type.Optional(ReturnNoticeSchema),
  updatedAt: Instant,
});
export type QueueItem = Static<typeof QueueItemSchema>;

export const QueueProjectSchema = Strict({
  id: Uuid,
  name: Type.String(),
  domain: Type.Enum([...PROJECT_DOMAINS]),
  pay: PayModel,
  settings: WorkSettingsSchema,
});
export type QueueProject = Static<typeof QueueProjectSchema>;

export const MyQueueSchema = Strict({
  projects: Type.Array(QueueProjectSchema),
  items: Type.Array(QueueItemSchema),
});
export type MyQueue = Static<typeof MyQueueSchema>;

export const CompletenessSchema = Strict({
  complete: Type.Boolean(),
  problems: Type.Array(
    Strict({ code: Type.String(), subject: Type.Optional(Type.String()), message: Type.String() }),
  ),
});

export const SubmitBodySchema = Strict({
  annotations: Type.Array(AnnotationSchema, { maxItems: MAX_WORK_ANNOTATIONS }),
});

export const SubmitResultSchema = Strict({
  assignmentId: Uuid,
  status: Type.Enum([...ASSIGNMENT_STATUSES]),
  round: Type.Integer(),
  submissionId: Uuid,
  submittedAt: Instant,
  /** Set when the task was a gold task: it is revealed, with the score, once submitted. */
  gold: Type.Optional(
    Strict({ passed: Type.Boolean(), spanF1: Type.Union([Type.Number(), Type.Null()]) }),
  ),
});
export type SubmitResult = Static<typeof SubmitResultSchema>;

export const ReviewQueueItemSchema = Strict({
  assignmentId: Uuid,
  projectId: Uuid,
  taskId: Uuid,
  documentId: Uuid,
  documentName: Type.String(),
  title: Type.String(),
  expertId: Uuid,
  expertName: Type.String(),
  status: Type.Enum([...ASSIGNMENT_STATUSES]),
  round: Type.Integer(),
  submissionId: Uuid,
  submittedAt: Instant,
  annotationCount: Type.Integer(),
  gold: Type.Boolean(),
});
export type ReviewQueueItem = Static<typeof ReviewQueueItemSchema>;

export const SubmissionSchema = Strict({
  id: Uuid,
  assignmentId: Uuid,
  projectId: Uuid,
  documentId: Uuid,
  expertId: Uuid,
  round: Type.Integer(),
  submittedAt: Instant,
  annotations: Type.Array(AnnotationSchema),
  /** The return notice of the previous round, so the reviewer sees what was asked. */
  previousNotice: Type.Optional(ReturnNoticeSchema),
});
export type Submission = Static<typeof SubmissionSchema>;

export const ReviewDecisionSchema = Strict({
  annotationId: Uuid,
  verdict: Type.Enum(['accept', 'correct', 'reject']),
  reason: Type.Optional(Reason),
  correction: Type.Optional(
    Strict({
      target: Type.Optional(AnnotationTargetSchema),
      body: Type.Optional(AnnotationBodySchema),
    }),
  ),
});

export const ReviewBodySchema = Strict({
  submissionId: Uuid,
  decisions: Type.Array(ReviewDecisionSchema, { maxItems: MAX_WORK_ANNOTATIONS }),
  missing: Type.Optional(
    Type.Array(Strict({ reason: Reason, target: Type.Optional(AnnotationTargetSchema) }), {
      maxItems: 200,
    }),
  ),
});
export type ReviewBody = Static<typeof ReviewBodySchema>;

export const EarningSummarySchema = Strict({
  transactionId: Type.String(),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  detail: Type.String(),
});

export const ReviewResultSchema = Strict({
  assignmentId: Uuid,
  status: Type.Enum([...ASSIGNMENT_STATUSES]),
  reviewId: Uuid,
  outcome: Type.Enum(['approve', 'return']),
  notice: Type.Optional(ReturnNoticeSchema),
  /** The ledger credit an approval made (absent when the work earned nothing, e.g. 0 hours). */
  earning: Type.Optional(EarningSummarySchema),
});
export type ReviewResult = Static<typeof ReviewResultSchema>;

export const LatestReviewSchema = Strict({
  reviewId: Uuid,
  outcome: Type.Enum(['approve', 'return']),
  round: Type.Integer(),
  reviewerName: Type.String(),
  createdAt: Instant,
  decisions: Type.Array(ReviewDecisionSchema),
  notice: Type.Optional(ReturnNoticeSchema),
});
export type LatestReview = Static<typeof LatestReviewSchema>;

export const DocumentSubmissionsSchema = Strict({
  documentId: Uuid,
  documentName: Type.String(),
  submissions: Type.Array(
    Strict({
      expertId: Uuid,
      expertName: Type.String(),
      assignmentId: Uuid,
      round: Type.Integer(),
      status: Type.Enum([...ASSIGNMENT_STATUSES]),
      annotations: Type.Array(AnnotationSchema),
    }),
  ),
  adjudication: Type.Optional(
    Strict({
      annotations: Type.Array(AnnotationSchema),
      adjudicatorName: Type.String(),
      updatedAt: Instant,
    }),
  ),
});
export type DocumentSubmissions = Static<typeof DocumentSubmissionsSchema>;

export const AdjudicationBodySchema = Strict({
  annotations: Type.Array(AnnotationSchema, { maxItems: MAX_WORK_ANNOTATIONS }),
});

export const DocumentDownloadSchema = Strict({
  id: Uuid,
  projectId: Uuid,
  name: Type.String(),
  kind: Type.Enum(['pdf', 'text']),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  pageCount: Type.Optional(Type.Integer()),
  charCount: Type.Integer(),
  warnings: Type.Array(Type.String()),
  createdAt: Instant,
  text: Type.String(),
  pageStarts: Type.Optional(Type.Array(Type.Integer())),
  /** The original file, base64 (PDF panes render from the bytes). */
  bytesBase64: Type.String(),
});
export type DocumentDownload = Static<typeof DocumentDownloadSchema>;
