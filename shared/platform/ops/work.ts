/** Platform operations of issue 8: work queue, submission, review, gold, agreement, time and pay. */
import Type from 'typebox';
import { Empty, Strict } from '../../ipc/schema';
import { Uuid } from '../../model/annotationSchema';
import { EarningsSchema, PayoutBodySchema, PayoutResultSchema } from '../../pay/wire';
import { WorkSettingsSchema } from '../../work/settings';
import {
  AdjudicationBodySchema,
  DocumentDownloadSchema,
  DocumentSubmissionsSchema,
  LatestReviewSchema,
  MyQueueSchema,
  ReviewBodySchema,
  ReviewQueueItemSchema,
  ReviewResultSchema,
  SubmissionSchema,
  SubmitBodySchema,
  SubmitResultSchema,
} from '../../work/wire';
import {
  AgreementSchema,
  GoldSummarySchema,
  MyTimeSchema,
  TimeBatchBodySchema,
  TimeBatchResultSchema,
} from '../../work/wireInsight';
import type { OperationSpec } from '../operations';

const ProjectRef = Strict({ projectId: Uuid });
const DocumentRef = Strict({ projectId: Uuid, documentId: Uuid });
const AssignmentRef = Strict({ projectId: Uuid, assignmentId: Uuid });

export const workOperations = {
  'work.queue': { method: 'GET', path: '/me/queue', params: Empty, response: MyQueueSchema },
  'work.download': {
    method: 'GET',
    path: '/projects/:projectId/documents/:documentId/download',
    params: DocumentRef,
    response: DocumentDownloadSchema,
  },
  'work.settings': {
    method: 'GET',
    path: '/projects/:projectId/work-settings',
    params: ProjectRef,
    response: WorkSettingsSchema,
  },
  'work.submit': {
    method: 'POST',
    path: '/projects/:projectId/assignments/:assignmentId/submit',
    params: AssignmentRef,
    body: SubmitBodySchema,
    response: SubmitResultSchema,
  },
  'work.submission': {
    method: 'GET',
    path: '/projects/:projectId/assignments/:assignmentId/submission',
    params: AssignmentRef,
    response: SubmissionSchema,
  },
  'work.latestReview': {
    method: 'GET',
    path: '/projects/:projectId/assignments/:assignmentId/review',
    params: AssignmentRef,
    response: LatestReviewSchema,
  },
  'review.queue': {
    method: 'GET',
    path: '/projects/:projectId/review-queue',
    params: ProjectRef,
    response: Type.Array(ReviewQueueItemSchema),
  },
  'review.decide': {
    method: 'POST',
    path: '/projects/:projectId/assignments/:assignmentId/review',
    params: AssignmentRef,
    body: ReviewBodySchema,
    response: ReviewResultSchema,
  },
  'review.documentSubmissions': {
    method: 'GET',
    path: '/projects/:projectId/documents/:documentId/submissions',
    params: DocumentRef,
    response: DocumentSubmissionsSchema,
  },
  'review.adjudicate': {
    method: 'PUT',
    path: '/projects/:projectId/documents/:documentId/adjudication',
    params: DocumentRef,
    body: AdjudicationBodySchema,
    response: DocumentSubmissionsSchema,
  },
  'review.agreement': {
    method: 'GET',
    path: '/projects/:projectId/agreement',
    params: ProjectRef,
    response: AgreementSchema,
  },
  'review.goldScores': {
    method: 'GET',
    path: '/projects/:projectId/gold-scores',
    params: ProjectRef,
    response: Type.Array(GoldSummarySchema),
  },
  'gold.mine': {
    method: 'GET',
    path: '/me/gold',
    params: Empty,
    response: Type.Array(GoldSummarySchema),
  },
  'time.record': {
    method: 'POST',
    path: '/me/time',
    params: Empty,
    body: TimeBatchBodySchema,
    response: TimeBatchResultSchema,
  },
  'time.mine': { method: 'GET', path: '/me/time', params: Empty, response: MyTimeSchema },
  'earnings.get': { method: 'GET', path: '/me/earnings', params: Empty, response: EarningsSchema },
  'earnings.payout': {
    method: 'POST',
    path: '/me/payouts',
    params: Empty,
    body: PayoutBodySchema,
    response: PayoutResultSchema,
  },
} as const satisfies Record<string, OperationSpec>;
