/**
 * A platform caller for engine tests: sync.push and sync.pull go to shared/sync/fakeServer (the
 * server's rules in memory), with faults a test switches on — the network down, or a push that
 * the server applies but whose answer is lost.
 */
import type { PlatformCallResult } from '../../../shared/ipc/contract';
import { FakeServer } from '../../../shared/sync/fakeServer';
import type { PullResponse, PushRequest } from '../../../shared/sync/protocol';
import type { PlatformCaller } from '../sync/platformCall';

export const PROJECT = '00000000-0000-7000-8000-0000000000a1';
export const DOCUMENT = '00000000-0000-7000-8000-0000000000d1';
export const USER = '00000000-0000-7000-8000-0000000000c1';

export interface Faults {
  /** Every call fails as if the platform were unreachable. */
  offline: boolean;
  /** The next n pushes are applied by the server but their answers are lost. */
  loseAcks: number;
  /** Answer every call with this failure instead. */
  failure?: Extract<PlatformCallResult, { ok: false }>;
}

export function createFakePlatform(options: { documentChars?: number } = {}) {
  const server = new FakeServer({
    accountOf: () => USER,
    canWrite: () => true,
    canEditOthers: () => false,
    document: (projectId, documentId) =>
      projectId === PROJECT && documentId === DOCUMENT
        ? { text: 'x'.repeat(options.documentChars ?? 1000) }
        : undefined,
  });
  const faults: Faults = { offline: false, loseAcks: 0 };
  const log: { op: string; size: number }[] = [];

  const call: PlatformCaller = (op, params, body) => {
    if (faults.failure) return Promise.resolve(faults.failure);
    if (faults.offline) return Promise.resolve({ ok: false, failure: 'offline' });
    // Answers travel as JSON, as they do over either bridge.
    const answer = (data: unknown): Promise<PlatformCallResult> =>
      Promise.resolve({ ok: true, data: JSON.parse(JSON.stringify(data)) as unknown });
    if (op === 'sync.push') {
      const request = JSON.parse(JSON.stringify(body)) as PushRequest;
      log.push({ op, size: request.mutations.length });
      const response = server.push(request);
      if ('error' in response) {
        return Promise.resolve({
          ok: false,
          failure: 'rejected',
          status: 409,
          code: 'mutationGap',
          expectedMutationId: server.lastSettled(request.clientId) + 1,
        });
      }
      if (faults.loseAcks > 0) {
        faults.loseAcks--;
        return Promise.resolve({ ok: false, failure: 'offline' });
      }
      return answer(response);
    }
    if (op === 'sync.pull') {
      const { projectId, cursor, limit } = params as {
        projectId: string;
        cursor: string;
        limit: number;
      };
      const page: PullResponse = server.pull(projectId, cursor, limit, USER);
      log.push({ op, size: page.changes.length });
      return answer(page);
    }
    return Promise.resolve({ ok: false, failure: 'rejected', status: 404, code: 'notFound' });
  };

  return { server, faults, log, call };
}
