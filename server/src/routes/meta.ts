import Type from 'typebox';
import { ERROR_RESPONSES, MeSchema, Strict } from './schemas';
import { principalOf, type App } from './types';

export function metaRoutes(app: App): void {
  app.get(
    '/health',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['meta'],
        response: { 200: Strict({ status: Type.Literal('ok') }), ...ERROR_RESPONSES },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/openapi.json',
    {
      config: { auth: 'public' },
      schema: { tags: ['meta'], hide: true },
    },
    () => app.swagger(),
  );

  app.get(
    '/me',
    {
      config: { auth: 'account' },
      schema: { tags: ['meta'], response: { 200: MeSchema, ...ERROR_RESPONSES } },
    },
    (request) => {
      const p = principalOf(request);
      return {
        id: p.id,
        email: p.email,
        displayName: p.displayName,
        role: p.role,
        organisationId: p.organisationId,
      };
    },
  );
}
