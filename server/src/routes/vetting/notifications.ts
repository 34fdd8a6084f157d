import { MarkRead, NotificationList } from '../../../../shared/platform/ops/vettingSchemas';
import { ERROR_RESPONSES, Ok } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';

export function notificationRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const { notifications } = services.vetting;

  app.get(
    '/me/notifications',
    {
      config: account,
      schema: {
        tags: ['vetting'],
        description: 'The latest notifications and how many are unread (pushed live on /events).',
        response: { 200: NotificationList, ...ERROR_RESPONSES },
      },
    },
    (request) => notifications.list(principalOf(request)),
  );

  app.post(
    '/me/notifications/read',
    {
      config: { ...account, rateLimit: limits.writeRateLimit },
      schema: {
        tags: ['vetting'],
        description: 'Marks the listed notifications read, or all of them when no ids are given.',
        body: MarkRead,
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await notifications.markRead(principalOf(request), request.body.ids);
      return { ok: true as const };
    },
  );
}
