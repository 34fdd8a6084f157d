import * as oidc from 'openid-client';
import { fetchOnlyTo, type TokenBinding } from './tokenBinding';

const LOOPBACK_ISSUER = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/** How long leaving a platform waits for its issuer to confirm a revocation. */
export const REVOKE_TIMEOUT_MS = 5000;

/**
 * The issuer's configuration, discovered from the issuer itself. Every request the OIDC client
 * makes with it (token, refresh, userinfo, revocation) goes through a fetch that refuses any
 * origin but the issuer's: endpoints that a discovery document points elsewhere get nothing.
 */
export function discoverIssuer(binding: TokenBinding): Promise<oidc.Configuration> {
  // Plain http is accepted only for a provider on this machine (the embedded platform).
  const execute = LOOPBACK_ISSUER.test(binding.issuer) ? [oidc.allowInsecureRequests] : [];
  const onlyToIssuer = fetchOnlyTo(binding.issuer);
  const send = (url: string, options: oidc.CustomFetchOptions): Promise<Response> =>
    onlyToIssuer(url, {
      method: options.method,
      headers: options.headers,
      redirect: options.redirect,
      // A typed-array body is copied so its type is one fetch takes (openid-client sends forms).
      body: options.body instanceof Uint8Array ? new Uint8Array(options.body) : options.body,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  return oidc.discovery(
    new URL(binding.issuer),
    binding.clientId,
    { token_endpoint_auth_method: 'none' },
    oidc.None(),
    { execute, [oidc.customFetch]: send },
  );
}

/**
 * Revokes a refresh token at the issuer it came from (which ends the whole grant there), waiting
 * at most `timeoutMs`: an issuer that does not answer must not hold up leaving it.
 */
export async function revokeAtIssuer(
  configuration: () => Promise<oidc.Configuration>,
  refreshToken: string,
  timeoutMs = REVOKE_TIMEOUT_MS,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref?.();
  });
  const revoked = (async () => oidc.tokenRevocation(await configuration(), refreshToken))();
  try {
    await Promise.race([revoked, gaveUp]);
  } catch {
    // Offline or the issuer is down: the token is gone from this machine either way.
  } finally {
    clearTimeout(timer);
    revoked.catch(() => undefined);
  }
}
