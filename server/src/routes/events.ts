import Type from 'typebox';
import { ERROR_RESPONSES } from './schemas';
import { principalOf, type App, type RouteContext } from './types';

const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events. The first event (`ready`) is written at once so clients and proxies know the
 * stream is live; then `poke` events name a project that changed (pull it), and comments keep the
 * connection from idling out. Authenticated by the Authorization header like every API call.
 */
export function eventRoutes(app: App, { services }: RouteContext, streams: Set<() => void>): void {
  app.get(
    '/events',
    {
      config: { auth: 'account' },
      schema: {
        tags: ['sync'],
        description:
          'text/event-stream: `ready`, then `poke` events with data {"projectId"} and `notification` events (a new matching project).',
        produces: ['text/event-stream'],
        response: { 200: Type.String(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      let readable = new Set((await services.projects.list(principal)).map((p) => p.id));
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 5000\nevent: ready\ndata: {}\n\n`);
      const unsubscribe = services.events.subscribe({
        canRead: (projectId) => readable.has(projectId),
        send: (projectId) => res.write(`event: poke\ndata: ${JSON.stringify({ projectId })}\n\n`),
      });
      const unsubscribeNotes = services.vetting.notifications.subscribe(principal.id, (note) =>
        res.write(`event: notification\ndata: ${JSON.stringify(note)}\n\n`),
      );
      const heartbeat = setInterval(() => {
        res.write(`: keep-alive\n\n`);
        // Membership changes reach an open stream within one heartbeat.
        services.projects
          .list(principal)
          .then((projects) => (readable = new Set(projects.map((p) => p.id))))
          .catch(() => undefined);
      }, HEARTBEAT_MS);
      heartbeat.unref();
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        unsubscribeNotes();
        streams.delete(end);
        if (!res.writableEnded) res.end();
      };
      streams.add(end);
      request.raw.on('close', end);
    },
  );
}
