import { createHash } from 'node:crypto';
import Type from 'typebox';
import { ServiceError } from '../services/core/errors';
import { ERROR_RESPONSES } from './schemas';
import { principalOf, type App, type RouteContext } from './types';

const HEARTBEAT_MS = 25_000;

/** Event streams open at once (each holds a socket and a listener for as long as it lasts). */
export interface StreamLimits {
  /** Per access token: one app keeps one stream, with room for a reconnect overlapping. */
  readonly perToken: number;
  /** Per account, over all its sign-ins (devices). */
  readonly perAccount: number;
  readonly perProcess: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = {
  perToken: 4,
  perAccount: 16,
  perProcess: 10_000,
};

function createStreamCounter(limits: StreamLimits) {
  const byToken = new Map<string, number>();
  const byAccount = new Map<string, number>();
  let total = 0;
  const bump = (map: Map<string, number>, key: string, by: number) => {
    const next = (map.get(key) ?? 0) + by;
    if (next > 0) map.set(key, next);
    else map.delete(key);
  };
  return {
    /** Claims a stream for this token and account, or refuses (429/503); returns its release. */
    open(authorization: string, accountId: string): () => void {
      // Keyed by a digest: the counter need not hold the token itself.
      const token = createHash('sha256').update(authorization).digest('base64url');
      if ((byToken.get(token) ?? 0) >= limits.perToken)
        throw new ServiceError(
          'rateLimited',
          `this sign-in already has ${limits.perToken} event streams open; close one first`,
        );
      if ((byAccount.get(accountId) ?? 0) >= limits.perAccount)
        throw new ServiceError(
          'rateLimited',
          `this account already has ${limits.perAccount} event streams open; close one first`,
        );
      if (total >= limits.perProcess)
        throw new ServiceError(
          'unavailable',
          'the server has as many event streams open as it can',
        );
      bump(byToken, token, 1);
      bump(byAccount, accountId, 1);
      total++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        bump(byToken, token, -1);
        bump(byAccount, accountId, -1);
        total--;
      };
    },
  };
}

/**
 * Server-sent events. The first event (`ready`) is written at once so clients and proxies know the
 * stream is live; then `poke` events name a project that changed (pull it), and comments keep the
 * connection from idling out. Authenticated by the Authorization header like every API call.
 */
export function eventRoutes(
  app: App,
  { services, limits }: RouteContext,
  streams: Set<() => void>,
): void {
  const counter = createStreamCounter(limits.eventStreams);
  app.get(
    '/events',
    {
      config: { auth: 'account' },
      schema: {
        tags: ['sync'],
        description:
          'text/event-stream: `ready`, then `poke` events with data {"projectId"} and `notification` events (a new matching project). At most 4 streams per access token and 16 per account (429), and a per-server cap (503).',
        produces: ['text/event-stream'],
        response: { 200: Type.String(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const release = counter.open(request.headers.authorization ?? '', principal.id);
      let readable: Set<string>;
      try {
        readable = new Set((await services.projects.list(principal)).map((p) => p.id));
      } catch (error) {
        release();
        throw error;
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 5000\nevent: ready\ndata: {}\n\n`);
      const unsubscribeNotes = services.vetting.notifications.subscribe(principal.id, (note) =>
        res.write(`event: notification\ndata: ${JSON.stringify(note)}\n\n`),
      );
      const poke = (projectId: string): void => {
        if (!res.writableEnded)
          res.write(`event: poke\ndata: ${JSON.stringify({ projectId })}\n\n`);
      };
      // While the projects are read again, a poke for one not yet known waits for the answer.
      let rereading: Promise<void> | undefined;
      const reread = (): void => {
        const current = services.projects
          .list(principal)
          .then((projects) => void (readable = new Set(projects.map((p) => p.id))))
          .catch(() => undefined)
          .finally(() => {
            if (rereading === current) rereading = undefined;
          });
        rereading = current;
      };
      const unsubscribe = services.events.subscribe({
        canRead: (projectId) => readable.has(projectId) || rereading !== undefined,
        send: (projectId) => {
          if (readable.has(projectId)) return poke(projectId);
          void rereading?.then(() => (readable.has(projectId) ? poke(projectId) : undefined));
        },
      });
      // Joining or leaving a project changes what the stream may carry at once; anything else
      // that changes rights (a listing tightened, a project closed) within one heartbeat.
      const unwatchMembership = services.events.onMembershipChange(principal.id, reread);
      const heartbeat = setInterval(() => {
        res.write(`: keep-alive\n\n`);
        reread();
      }, HEARTBEAT_MS);
      heartbeat.unref();
      const end = () => {
        release();
        clearInterval(heartbeat);
        unsubscribe();
        unsubscribeNotes();
        unwatchMembership();
        streams.delete(end);
        if (!res.writableEnded) res.end();
      };
      streams.add(end);
      request.raw.on('close', end);
      // A client gone while its projects were being read has already fired 'close'.
      if (request.raw.socket.destroyed) end();
    },
  );
}
