import type * as oidc from 'openid-client';
import { discoverIssuer } from './oidcIssuer';
import type { TokenBinding } from './tokenBinding';

export interface AuthUser {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
}

/**
 * One session with one platform: its tokens, the issuer configuration they are used with, and a
 * signal that fires when the session ends. A grant never changes platform; signing in elsewhere
 * makes a new one. Whatever was started with a grant (a call, the event stream, a refresh) checks
 * `ended` before it sends and before it accepts a reply.
 */
export class Grant {
  private readonly ending = new AbortController();
  private config?: Promise<oidc.Configuration>;
  refreshToken?: string;
  accessToken?: { readonly value: string; readonly expiresAt: number };
  refreshing?: Promise<string>;
  user?: AuthUser;
  /** Resolves once an ended grant's tokens are forgotten and revoked (see AuthSession.end). */
  closing?: Promise<void>;

  constructor(
    readonly binding: TokenBinding,
    config?: oidc.Configuration,
  ) {
    if (config) this.config = Promise.resolve(config);
  }

  get signal(): AbortSignal {
    return this.ending.signal;
  }

  get ended(): boolean {
    return this.ending.signal.aborted;
  }

  end(): void {
    this.ending.abort(new Error('the session ended'));
  }

  /** The issuer's configuration, discovered on first use (and again if that failed offline). */
  configuration(): Promise<oidc.Configuration> {
    this.config ??= discoverIssuer(this.binding).catch((error: unknown) => {
      this.config = undefined;
      throw error;
    });
    return this.config;
  }
}
