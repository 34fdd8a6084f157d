import Type from 'typebox';
import { Uuid } from '../../../../shared/model/annotationSchema';
import { WorkSettingsSchema } from '../../../../shared/work/settings';
import {
  DocumentDownloadSchema,
  LatestReviewSchema,
  MyQueueSchema,
  SubmissionSchema,
  SubmitBodySchema,
  SubmitResultSchema,
} from '../../../../shared/work/wire';
import { AssignmentParams, DocumentParams, ERROR_RESPONSES, ProjectParams } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';

/** Submissions carry the whole document's annotations; allow more than the default 1 MB. */
export const SUBMISSION_BODY_LIMIT = 16 * 1024 * 1024;

export function workQueueRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };
  const { work } = services;

  app.get(
    '/me/queue',
    {
      config: account,
      schema: { tags: ['work'], response: { 200: MyQueueSchema, ...ERROR_RESPONSES } },
    },
    (request) => work.queue.myQueue(principalOf(request)),
  );

  app.get(
    '/projects/:projectId/documents/:documentId/download',
    {
      config: account,
      schema: {
        tags: ['work'],
        params: DocumentParams,
        response: { 200: DocumentDownloadSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.queue.download(
        principalOf(request),
        request.params.projectId,
        request.params.documentId,
      ),
  );

  app.get(
    '/projects/:projectId/work-settings',
    {
      config: account,
      schema: {
        tags: ['work'],
        params: ProjectParams,
        response: { 200: WorkSettingsSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => work.settings.get(principalOf(request), request.params.projectId),
  );

  app.put(
    '/projects/:projectId/work-settings',
    {
      config: write,
      schema: {
        tags: ['work'],
        params: ProjectParams,
        body: WorkSettingsSchema,
        response: { 200: WorkSettingsSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => work.settings.put(principalOf(request), request.params.projectId, request.body),
  );

  app.post(
    '/projects/:projectId/assignments/:assignmentId/submit',
    {
      config: write,
      bodyLimit: SUBMISSION_BODY_LIMIT,
      schema: {
        tags: ['work'],
        params: AssignmentParams,
        body: SubmitBodySchema,
        response: { 200: SubmitResultSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.submit.submit(
        principalOf(request),
        request.params.projectId,
        request.params.assignmentId,
        request.body.annotations,
      ),
  );

  app.get(
    '/projects/:projectId/assignments/:assignmentId/submission',
    {
      config: account,
      schema: {
        tags: ['work'],
        params: AssignmentParams,
        response: { 200: SubmissionSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.review.submission(
        principalOf(request),
        request.params.projectId,
        request.params.assignmentId,
      ),
  );

  app.get(
    '/projects/:projectId/assignments/:assignmentId/review',
    {
      config: account,
      schema: {
        tags: ['work'],
        params: AssignmentParams,
        response: { 200: LatestReviewSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      work.review.latest(
        principalOf(request),
        request.params.projectId,
        request.params.assignmentId,
      ),
  );
}

export const TaskParams = Type.Object(
  { projectId: Uuid, taskId: Uuid },
  { additionalProperties: false },
);
