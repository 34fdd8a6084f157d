import Type from 'typebox';
import { Uuid } from '../../../shared/model/annotationSchema';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  PullResponse,
  PushRequest,
  PushResponse,
} from '../../../shared/sync/protocol';
import { ERROR_RESPONSES, Strict } from './schemas';
import { principalOf, type App, type RouteContext } from './types';

export function syncRoutes(app: App, { services, limits }: RouteContext): void {
  app.post(
    '/sync/push',
    {
      config: { auth: 'account', rateLimit: limits.writeRateLimit },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['sync'],
        description:
          'Applies a client’s mutations in order, at most once. 409 `mutationGap` when a mutation is missing (nothing applied).',
        body: PushRequest,
        response: { 200: PushResponse, ...ERROR_RESPONSES },
      },
    },
    (request) => services.sync.push(principalOf(request), request.body),
  );

  app.get(
    '/sync/pull',
    {
      config: { auth: 'account' },
      schema: {
        tags: ['sync'],
        querystring: Strict({
          projectId: Uuid,
          cursor: Type.Optional(Type.String({ maxLength: 64 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PULL_LIMIT })),
        }),
        response: { 200: PullResponse, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { projectId, cursor = '', limit = DEFAULT_PULL_LIMIT } = request.query;
      const body = await services.sync.pullBody(principalOf(request), projectId, cursor, limit);
      return reply.header('content-type', 'application/json; charset=utf-8').send(body as never); // already encoded JSON (a Buffer is sent as is)
    },
  );
}
