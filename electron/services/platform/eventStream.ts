import { NotSignedIn, type AuthSession, type Credential } from '../auth/authSession';
import { fetchOnlyTo } from '../auth/tokenBinding';
import type { ConnectionStatus } from '../connectionStatus';
import { backoffDelay } from '../sync/backoff';
import { readEventStream } from '../sync/sseReader';
import { Compile } from 'typebox/compile';
import {
  PlatformNotificationSchema,
  type PlatformNotificationWire as PlatformNotification,
} from '../../../shared/platform/ops/vettingSchemas';

const checkNotification = Compile(PlatformNotificationSchema);

export interface EventStreamDeps {
  /** The session: the stream is opened with its credential, to the platform it is bound to. */
  readonly auth: Pick<AuthSession, 'credential' | 'state' | 'onChange'>;
  readonly connection: ConnectionStatus;
  readonly onPoke: (projectId: string) => void;
  /** A `notification` event, checked against its schema (anything else is dropped). */
  readonly onNotification?: (notification: PlatformNotification) => void;
  /** Called whenever the stream (re)connects: anything may have changed while it was down. */
  readonly onConnected?: () => void;
  readonly fetch?: typeof fetch;
  readonly random?: () => number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Keeps one authenticated SSE connection to the platform while signed in, reconnecting with
 * jittered backoff; pokes go to `onPoke`. Drives the online/offline signal.
 */
export function startEventStream(deps: EventStreamDeps): { stop(): void; reconnect(): void } {
  const stopped = new AbortController();
  let current: AbortController | undefined;
  let wake: (() => void) | undefined;
  const doFetch = deps.fetch ?? fetch;

  async function connectOnce(credential: Credential): Promise<'ended' | 'unauthorized'> {
    current = new AbortController();
    // The stream belongs to its session: when that ends, the connection drops with it.
    const signal = AbortSignal.any([stopped.signal, current.signal, credential.signal]);
    const base = credential.binding.platformUrl;
    const response = await fetchOnlyTo(base, doFetch)(
      new URL('events', base.endsWith('/') ? base : `${base}/`),
      {
        headers: { authorization: `Bearer ${credential.accessToken}`, accept: 'text/event-stream' },
        signal,
      },
    );
    if (response.status === 401) return 'unauthorized';
    if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
    for await (const event of readEventStream(response.body)) {
      // Nothing from an ended session reaches the app, even an event already read.
      if (signal.aborted) break;
      if (event.event === 'ready') {
        deps.connection.set({ state: 'online' });
        deps.onConnected?.();
      } else if (event.event === 'poke') {
        const { projectId } = JSON.parse(event.data) as { projectId?: unknown };
        if (typeof projectId === 'string') deps.onPoke(projectId);
      } else if (event.event === 'notification') {
        const notification: unknown = JSON.parse(event.data);
        if (checkNotification.Check(notification)) deps.onNotification?.(notification);
      }
    }
    return 'ended';
  }

  function waitForChange(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        unsubscribe();
        clearTimeout(timer);
        stopped.signal.removeEventListener('abort', done);
        wake = undefined;
        resolve();
      };
      const unsubscribe = deps.auth.onChange(done);
      const timer = setTimeout(done, 60_000);
      timer.unref?.();
      stopped.signal.addEventListener('abort', done);
      wake = done;
    });
  }

  const pause = (attempt: number): Promise<void> =>
    sleep(
      backoffDelay(attempt, {
        baseMs: 1000,
        capMs: 60_000,
        ...(deps.random ? { random: deps.random } : {}),
      }),
      stopped.signal,
    );

  async function run(): Promise<void> {
    let attempt = 0;
    while (!stopped.signal.aborted) {
      let credential: Credential | undefined;
      if (deps.auth.state().state === 'signedIn') {
        try {
          credential = await deps.auth.credential();
        } catch (error) {
          // A refresh that could not reach the issuer: try again later, as for the stream itself.
          if (!(error instanceof NotSignedIn)) {
            await pause(++attempt);
            continue;
          }
        }
      }
      if (!credential) {
        // Nothing to connect to: wait until sign-in (or a settings change) says otherwise.
        await waitForChange();
        continue;
      }
      try {
        const outcome = await connectOnce(credential);
        if (outcome === 'unauthorized') await deps.auth.credential({ forceRefresh: true });
        attempt = 0;
      } catch {
        if (stopped.signal.aborted) return;
        if (deps.auth.state().state === 'signedIn' && !credential.signal.aborted)
          deps.connection.set({ state: 'offline', detail: 'reconnecting to the platform' });
        attempt++;
      }
      // A session that ended is not retried: the loop waits for the next one instead.
      if (credential.signal.aborted) continue;
      await pause(attempt);
    }
  }

  void run();
  return {
    stop() {
      stopped.abort();
      wake?.();
    },
    /** Drops the current connection (e.g. after sign-in or a platform change) so it reopens at once. */
    reconnect() {
      current?.abort();
      wake?.();
    },
  };
}
