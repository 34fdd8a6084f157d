/**
 * The engine's PlatformCaller for the benchmark: main's real platform client (token attached,
 * parameters, body and answer checked against the operation schemas) running in the page with
 * the page's fetch, plus a structured clone of the request and of the answer where Electron's IPC
 * would copy them. A switch stands in for the network going away and coming back.
 */
import type { ConnectionStatus } from '../../../electron/services/connectionStatus';
import {
  createPlatformClient,
  type PlatformClientDeps,
} from '../../../electron/services/platform/platformClient';
import type { PlatformCaller } from '../../../renderer/src/sync/platformCall';
import type { Target } from './api';

export interface BenchCaller {
  readonly call: PlatformCaller;
  online: boolean;
  /** Every operation called, in order, with when it was called and returned (performance.now()). */
  readonly log: { op: string; start: number; at: number }[];
}

export function benchCaller(target: Target): BenchCaller {
  // A session that never ends, bound to the benchmark's platform.
  const auth: PlatformClientDeps['auth'] = {
    credential: () =>
      Promise.resolve({
        binding: { platformUrl: target.url, issuer: `${target.url}/oidc`, clientId: 'bench' },
        accessToken: target.token,
        signal: new AbortController().signal,
      }),
    state: () => ({ state: 'signedIn', user: { id: 'bench' } }),
  };
  const connection = { set: () => undefined } as unknown as ConnectionStatus;
  const client = createPlatformClient({
    auth,
    connection,
    appVersion: 'bench',
  });
  const caller: BenchCaller = {
    online: true,
    log: [],
    call: async (op, params, body) => {
      if (!caller.online) return { ok: false, failure: 'offline', message: 'bench: offline' };
      const start = performance.now();
      const request = structuredClone({ op, params, body });
      const result = structuredClone(await client.call(request.op, request.params, request.body));
      caller.log.push({ op, start, at: performance.now() });
      return result;
    },
  };
  return caller;
}
