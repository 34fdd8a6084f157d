import { Compile } from 'typebox/compile';
import type { TSchema } from 'typebox';
import type { PlatformCallResult } from '../../../shared/ipc/contract';
import { buildPath, operations, type OperationId } from '../../../shared/platform/operations';
import type { AuthSession, Credential } from '../auth/authSession';
import { NotSignedIn } from '../auth/authSession';
import { fetchOnlyTo, TokenOriginRefused } from '../auth/tokenBinding';
import type { ConnectionStatus } from '../connectionStatus';

export interface PlatformClientDeps {
  /** The session: each call is made with its credential, to the platform that credential names. */
  readonly auth: Pick<AuthSession, 'credential' | 'state'>;
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

const SIGNED_OUT: PlatformCallResult = { ok: false, failure: 'signedOut' };

/**
 * Calls a listed platform operation on the renderer's behalf. The access token is attached here
 * and never leaves; parameters, body and answer are all checked against the operation's schemas.
 * The request goes to the platform the session's credential is bound to (never to whatever the
 * settings say now), and a call whose session ends while it is on its way is abandoned: its
 * reply, if one still comes, is not accepted.
 */
export function createPlatformClient(deps: PlatformClientDeps) {
  const doFetch = deps.fetch ?? fetch;

  async function send(
    credential: Credential,
    path: string,
    query: Record<string, string>,
    method: string,
    body: unknown,
    binary: boolean,
  ): Promise<Response> {
    const base = credential.binding.platformUrl;
    const url = new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    credential.signal.throwIfAborted();
    return fetchOnlyTo(base, doFetch)(url, {
      method,
      headers: {
        authorization: `Bearer ${credential.accessToken}`,
        accept: binary ? '*/*' : 'application/json',
        'x-glossator-client': deps.appVersion,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.any([AbortSignal.timeout(deps.timeoutMs ?? 30_000), credential.signal]),
    });
  }

  const notSignedIn = (): PlatformCallResult => ({
    ok: false,
    failure: deps.auth.state().state === 'expired' ? 'sessionExpired' : 'signedOut',
  });

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
    const { path, query } = buildPath(spec.path, params as Record<string, unknown>);
    const binary = 'binary' in spec && spec.binary === true;

    let credential: Credential;
    let response: Response;
    let payload: unknown;
    try {
      credential = await deps.auth.credential();
    } catch (error) {
      if (error instanceof NotSignedIn) return notSignedIn();
      deps.connection.set({ state: 'offline', detail: 'the platform did not answer' });
      return { ok: false, failure: 'offline' };
    }
    try {
      response = await send(credential, path, query, spec.method, body, binary);
      if (response.status === 401) {
        // The token may have been revoked early: refresh once, then give up.
        await response.body?.cancel();
        const renewed = await deps.auth.credential({ forceRefresh: true });
        // A different session (signed out and in again meanwhile) is not this call's to use.
        if (renewed.signal !== credential.signal) return SIGNED_OUT;
        credential = renewed;
        response = await send(credential, path, query, spec.method, body, binary);
      }
      payload =
        binary && response.ok
          ? await response.arrayBuffer().then(
              (buffer) => new Uint8Array(buffer),
              () => undefined,
            )
          : await response.json().catch(() => undefined);
    } catch (error) {
      if (credential.signal.aborted) return SIGNED_OUT;
      if (error instanceof NotSignedIn) return notSignedIn();
      if (error instanceof TokenOriginRefused)
        return { ok: false, failure: 'rejected', code: 'tokenOrigin', message: error.message };
      deps.connection.set({ state: 'offline', detail: 'the platform did not answer' });
      return { ok: false, failure: 'offline' };
    }
    // The session ended while the reply was on its way: it is not accepted.
    if (credential.signal.aborted) return SIGNED_OUT;
    deps.connection.set({ state: 'online' });
    if (response.status === 401) return { ok: false, failure: 'sessionExpired' };
    if (response.status === 426) return { ok: false, failure: 'upgradeRequired' };
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
