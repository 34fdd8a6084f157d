import { Compile } from 'typebox/compile';
import type { TSchema } from 'typebox';
import type { PlatformCallResult } from '../../../shared/ipc/contract';
import { buildPath, operations, type OperationId } from '../../../shared/platform/operations';
import type { AuthSession } from '../auth/authSession';
import { NotSignedIn } from '../auth/authSession';
import type { ConnectionStatus } from '../connectionStatus';

export interface PlatformClientDeps {
  /** The platform's base URL, or undefined when none is configured or running. */
  readonly baseUrl: () => Promise<string | undefined>;
  readonly auth: AuthSession;
  readonly connection: ConnectionStatus;
  readonly appVersion: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

const checkers = new Map<TSchema, ReturnType<typeof Compile>>();
function check(schema: TSchema, value: unknown): boolean {
  let checker = checkers.get(schema);
  if (!checker) checkers.set(schema, (checker = Compile(schema)));
  return checker.Check(value);
}

function isOperation(op: string): op is OperationId {
  return Object.hasOwn(operations, op);
}

const MAX_MESSAGE = 500;

/**
 * Calls a listed platform operation on the renderer's behalf. The access token is attached here
 * and never leaves; parameters, body and answer are all checked against the operation's schemas.
 */
export function createPlatformClient(deps: PlatformClientDeps) {
  const doFetch = deps.fetch ?? fetch;

  async function send(
    url: URL,
    method: string,
    token: string,
    body: unknown,
    binary: boolean,
  ): Promise<Response> {
    return doFetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: binary ? '*/*' : 'application/json',
        'x-glossator-client': deps.appVersion,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000),
      redirect: 'error',
    });
  }

  async function call(op: string, params: unknown, body: unknown): Promise<PlatformCallResult> {
    if (!isOperation(op))
      return {
        ok: false,
        failure: 'rejected',
        code: 'unknownOperation',
        message: `no operation ${op.slice(0, 80)}`,
      };
    const spec = operations[op];
    if (!check(spec.params, params))
      return {
        ok: false,
        failure: 'rejected',
        code: 'badRequest',
        message: `invalid parameters for ${op}`,
      };
    const specBody = 'body' in spec ? spec.body : undefined;
    if (specBody ? !check(specBody, body) : body !== undefined) {
      return {
        ok: false,
        failure: 'rejected',
        code: 'badRequest',
        message: `invalid body for ${op}`,
      };
    }
    const base = await deps.baseUrl();
    if (!base) return { ok: false, failure: 'signedOut' };
    const { path, query } = buildPath(spec.path, params as Record<string, unknown>);
    const url = new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);

    const binary = 'binary' in spec && spec.binary === true;
    let response: Response;
    try {
      let token = await deps.auth.accessToken();
      response = await send(url, spec.method, token, body, binary);
      if (response.status === 401) {
        // The token may have been revoked early: refresh once, then give up.
        token = await deps.auth.accessToken({ forceRefresh: true });
        response = await send(url, spec.method, token, body, binary);
      }
    } catch (error) {
      if (error instanceof NotSignedIn) {
        return {
          ok: false,
          failure: deps.auth.state().state === 'expired' ? 'sessionExpired' : 'signedOut',
        };
      }
      deps.connection.set({ state: 'offline', detail: 'the platform did not answer' });
      return { ok: false, failure: 'offline' };
    }
    deps.connection.set({ state: 'online' });
    if (response.status === 401) return { ok: false, failure: 'sessionExpired' };
    if (response.status === 426) return { ok: false, failure: 'upgradeRequired' };
    const payload: unknown =
      binary && response.ok
        ? await response.arrayBuffer().then(
            (buffer) => new Uint8Array(buffer),
            () => undefined,
          )
        : await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (payload ?? {}) as {
        error?: unknown;
        message?: unknown;
        expectedMutationId?: unknown;
      };
      return {
        ok: false,
        failure: 'rejected',
        status: response.status,
        code: typeof error.error === 'string' ? error.error.slice(0, 100) : 'error',
        message:
          typeof error.message === 'string'
            ? error.message.slice(0, MAX_MESSAGE)
            : `HTTP ${response.status}`,
        ...(typeof error.expectedMutationId === 'number'
          ? { expectedMutationId: error.expectedMutationId }
          : {}),
      };
    }
    if (!check(spec.response, payload))
      return { ok: false, failure: 'badResponse', message: `unexpected answer to ${op}` };
    return { ok: true, data: payload };
  }

  return { call };
}

export type PlatformClient = ReturnType<typeof createPlatformClient>;
