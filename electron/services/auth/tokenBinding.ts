/**
 * A token is bound to the platform it was obtained from. The binding names the platform's base
 * URL (where API calls and the event stream go) and the OIDC issuer (where the token, refresh and
 * revocation endpoints are); every request that carries a token is built against the binding of
 * the session that holds the token, and checked against it again just before it is sent.
 */

export interface TokenBinding {
  /** The platform's base URL, without a trailing slash (e.g. https://platform.example.org). */
  readonly platformUrl: string;
  /** The OIDC issuer that issued the tokens (e.g. https://platform.example.org/oidc). */
  readonly issuer: string;
  /** The client the issuer issued them to. */
  readonly clientId: string;
}

/** A request that would have carried a token to an origin outside its binding; nothing was sent. */
export class TokenOriginRefused extends Error {
  override readonly name = 'TokenOriginRefused';
  constructor(url: string, allowed: string) {
    super(`refusing to send a token to ${originOf(url)}: it was issued for ${allowed}`);
  }
}

export function originOf(url: string | URL): string {
  return new URL(url).origin;
}

/** The same base URL however it was typed (a trailing slash, an upper-case host). */
export function normalizePlatformUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

export function sameBinding(a: TokenBinding, b: TokenBinding): boolean {
  return (
    normalizePlatformUrl(a.platformUrl) === normalizePlatformUrl(b.platformUrl) &&
    normalizePlatformUrl(a.issuer) === normalizePlatformUrl(b.issuer) &&
    a.clientId === b.clientId
  );
}

/** Throws unless `url` is on `allowed`'s origin. */
export function assertOrigin(url: string | URL, allowed: string): void {
  if (originOf(url) !== originOf(allowed)) throw new TokenOriginRefused(String(url), allowed);
}

/**
 * A fetch that sends only to `allowed`'s origin (the API client's, the event stream's and the
 * OIDC client's requests all pass through one of these). Redirects are refused too: a 30x to
 * another host must not take the Authorization header along.
 */
export function fetchOnlyTo(allowed: string, doFetch: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : input;
    assertOrigin(url, allowed);
    return doFetch(input, { ...init, redirect: init?.redirect === 'manual' ? 'manual' : 'error' });
  };
}
