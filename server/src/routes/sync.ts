import Type from 'typebox';
import { Uuid } from '../../../shared/model/annotationSchema';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  PullResponse,
  PushRequest,
  PushResponse,
} from '../../../shared/sync/protocol';
import type { PullPage } from '../services/sync';
import { ERROR_RESPONSES, Strict } from './schemas';
import { principalOf, type App, type RouteContext } from './types';

/**
 * The pull body is assembled from the stored annotation JSON without parsing it again: every
 * stored annotation was validated against AnnotationSchema on push, so the text is already what
 * the response schema allows, and pulls stay cheap.
 */
export function serializePull(page: PullPage): string {
  const changes = page.rows.map((row) =>
    row.data === undefined
      ? `{"annotationId":"${row.id}","version":${row.version},"deleted":true}`
      : `{"annotationId":"${row.id}","version":${row.version},"deleted":false,"annotation":${row.data}}`,
  );
  return `{"projectId":"${page.projectId}","changes":[${changes.join(',')}],"cursor":${JSON.stringify(page.cursor)},"hasMore":${page.hasMore}}`;
}

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
      const page = await services.sync.pull(principalOf(request), projectId, cursor, limit);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(serializePull(page) as never);
    },
  );
}
