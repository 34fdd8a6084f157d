import Type from 'typebox';
import { Instant, Uuid } from '../../../shared/model/annotationSchema';
import { TaskPayload } from '../../../shared/model/answerReview';
import { ASSIGNMENT_STATUSES } from '../../../shared/model/assignment';
import { TaskPayloadResponseSchema } from '../../../shared/platform/ops/compare';
import {
  AssignmentParams,
  AssignmentSchema,
  ERROR_RESPONSES,
  ProjectParams,
  Strict,
  TaskSchema,
} from './schemas';
import { principalOf, type App, type RouteContext } from './types';

export function taskRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };

  app.get(
    '/projects/:projectId/tasks',
    {
      config: account,
      schema: {
        tags: ['tasks'],
        params: ProjectParams,
        response: { 200: Type.Array(TaskSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => services.tasks.listTasks(principalOf(request), request.params.projectId),
  );

  app.post(
    '/projects/:projectId/tasks',
    {
      config: write,
      schema: {
        tags: ['tasks'],
        params: ProjectParams,
        body: Strict({
          id: Type.Optional(Uuid),
          documentId: Uuid,
          title: Type.String({ minLength: 1, maxLength: 500 }),
          /** Required for answer-review projects: the prompt and the model answers. */
          payload: Type.Optional(TaskPayload),
        }),
        response: { 201: TaskSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.tasks.createTask(
            principalOf(request),
            request.params.projectId,
            request.body,
          ),
        ),
  );

  app.get(
    '/projects/:projectId/tasks/:taskId/payload',
    {
      config: account,
      schema: {
        tags: ['tasks'],
        params: Strict({ projectId: Uuid, taskId: Uuid }),
        response: { 200: TaskPayloadResponseSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      services.tasks.payload(principalOf(request), request.params.projectId, request.params.taskId),
  );

  app.get(
    '/projects/:projectId/assignments',
    {
      config: account,
      schema: {
        tags: ['tasks'],
        params: ProjectParams,
        response: { 200: Type.Array(AssignmentSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => services.tasks.listAssignments(principalOf(request), request.params.projectId),
  );

  app.post(
    '/projects/:projectId/assignments',
    {
      config: write,
      schema: {
        tags: ['tasks'],
        params: ProjectParams,
        body: Strict({
          id: Type.Optional(Uuid),
          taskId: Uuid,
          expertId: Uuid,
          dueAt: Type.Optional(Instant),
        }),
        response: { 201: AssignmentSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.tasks.offer(principalOf(request), request.params.projectId, request.body),
        ),
  );

  app.post(
    '/projects/:projectId/assignments/:assignmentId/status',
    {
      config: write,
      schema: {
        tags: ['tasks'],
        params: AssignmentParams,
        body: Strict({
          status: Type.Enum([...ASSIGNMENT_STATUSES]),
          reason: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000 })),
        }),
        response: { 200: AssignmentSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      services.tasks.transition(
        principalOf(request),
        request.params.projectId,
        request.params.assignmentId,
        request.body.status,
        request.body.reason,
      ),
  );

  app.get(
    '/me/assignments',
    {
      config: account,
      schema: {
        tags: ['tasks'],
        response: { 200: Type.Array(AssignmentSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => services.tasks.myAssignments(principalOf(request)),
  );
}
