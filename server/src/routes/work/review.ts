import Type from 'typebox';
import {
  AdjudicationBodySchema,
  DocumentSubmissionsSchema,
  ReviewBodySchema,
  ReviewQueueItemSchema,
  ReviewResultSchema,
} from '../../../../shared/work/wire';
import {
  AgreementSchema,
  GoldKeyBodySchema,
  GoldKeySchema,
  GoldSummarySchema,
} from '../../../../shared/work/wireInsight';
import { AssignmentParams, DocumentParams, ERROR_RESPONSES, ProjectParams } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';
import { SUBMISSION_BODY_LIMIT, TaskParams } from './queue';

export function workReviewRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };
  const { work } = services;

  app.get(
    '/projects/:projectId/review-queue',
    {
      config: account,
      schema: {
        tags: ['review'],
        params: ProjectParams,
        response: { 200: Type.Array(ReviewQueueItemSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => work.review.queue(principalOf(request), request.params.projectId),
  );

  app.post(
    '/projects/:projectId/assignments/:assignmentId/review',
    {
      config: write,
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: {
        tags: ['review'],
        params: AssignmentParams,
        body: ReviewBodySchema,
        response: { 200: ReviewResultSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.review.decide(
        principalOf(request),
        request.params.projectId,
        request.params.assignmentId,
        request.body,
      ),
  );

  app.get(
    '/projects/:projectId/documents/:documentId/submissions',
    {
      config: account,
      schema: {
        tags: ['review'],
        params: DocumentParams,
        response: { 200: DocumentSubmissionsSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.agreement.documentSubmissions(
        principalOf(request),
        request.params.projectId,
        request.params.documentId,
      ),
  );

  app.put(
    '/projects/:projectId/documents/:documentId/adjudication',
    {
      config: write,
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: {
        tags: ['review'],
        params: DocumentParams,
        body: AdjudicationBodySchema,
        response: { 200: DocumentSubmissionsSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.agreement.adjudicate(
        principalOf(request),
        request.params.projectId,
        request.params.documentId,
        request.body.annotations,
      ),
  );

  app.get(
    '/projects/:projectId/agreement',
    {
      config: account,
      schema: {
        tags: ['review'],
        params: ProjectParams,
        response: { 200: AgreementSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => work.agreement.table(principalOf(request), request.params.projectId),
  );

  app.get(
    '/projects/:projectId/gold',
    {
      config: account,
      schema: {
        tags: ['gold'],
        params: ProjectParams,
        response: { 200: Type.Array(GoldKeySchema), ...ERROR_RESPONSES },
      },
    },
    (request) => work.gold.listKeys(principalOf(request), request.params.projectId),
  );

  app.put(
    '/projects/:projectId/gold/:taskId',
    {
      config: write,
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: {
        tags: ['gold'],
        params: TaskParams,
        body: GoldKeyBodySchema,
        response: { 200: GoldKeySchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.gold.putKey(
        principalOf(request),
        request.params.projectId,
        request.params.taskId,
        request.body.annotations,
      ),
  );

  app.get(
    '/projects/:projectId/gold-scores',
    {
      config: account,
      schema: {
        tags: ['gold'],
        params: ProjectParams,
        response: { 200: Type.Array(GoldSummarySchema), ...ERROR_RESPONSES },
      },
    },
    (request) => work.gold.projectScores(principalOf(request), request.params.projectId),
  );
}
