import * as oidc from 'openid-client';
import type { TokenVault, VaultPersistence } from '../tokenVault';
import { openLoopbackRedirect } from './loopbackRedirect';

/** Where to sign in: discovered from the platform (or configured for a third-party provider). */
export interface ProviderInfo {
  readonly issuer: string;
  readonly clientId: string;
}

export interface AuthUser {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
}

export type AuthState =
  | { readonly state: 'signedOut' }
  | { readonly state: 'signingIn' }
  | { readonly state: 'signedIn'; readonly user: AuthUser }
  /** The provider refused our refresh token: the user must sign in again. */
  | { readonly state: 'expired'; readonly user?: AuthUser };

export class NotSignedIn extends Error {
  override readonly name = 'NotSignedIn';
}

export interface AuthDeps {
  readonly provider: () => Promise<ProviderInfo>;
  readonly vault: TokenVault;
  /** Opens the system browser (Electron's shell.openExternal, allowlisted). */
  readonly openExternal: (url: string) => Promise<void>;
  readonly now?: () => number;
}

const REFRESH_MARGIN_MS = 60_000;
const LOOPBACK_ISSUER = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

interface Tokens {
  readonly accessToken: string;
  readonly expiresAt: number;
}

/**
 * OIDC authorization code + PKCE for a native app (RFC 8252), in the main process. Access tokens
 * never leave this object; only the refresh token is persisted, through the vault.
 */
export class AuthSession {
  private current: AuthState = { state: 'signedOut' };
  private tokens?: Tokens;
  private refreshing?: Promise<string>;
  private readonly listeners = new Set<(state: AuthState) => void>();

  constructor(private readonly deps: AuthDeps) {}

  state(): AuthState {
    return this.current;
  }

  persistence(): Promise<VaultPersistence> {
    return this.deps.vault.persistence();
  }

  onChange(listener: (state: AuthState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(next: AuthState): void {
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private async configuration(): Promise<oidc.Configuration> {
    const { issuer, clientId } = await this.deps.provider();
    // Plain http is accepted only for a provider on this machine (the embedded platform).
    const execute = LOOPBACK_ISSUER.test(issuer) ? [oidc.allowInsecureRequests] : [];
    return oidc.discovery(
      new URL(issuer),
      clientId,
      { token_endpoint_auth_method: 'none' },
      oidc.None(),
      { execute },
    );
  }

  private async accept(
    config: oidc.Configuration,
    response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
  ): Promise<void> {
    const expiresIn = response.expiresIn() ?? 300;
    this.tokens = { accessToken: response.access_token, expiresAt: this.now() + expiresIn * 1000 };
    if (response.refresh_token) await this.deps.vault.saveRefreshToken(response.refresh_token);
    const previous =
      this.current.state === 'signedIn' || this.current.state === 'expired'
        ? this.current.user
        : undefined;
    const sub = response.claims()?.sub ?? previous?.id;
    const user = sub
      ? await this.describeUser(config, response.access_token, sub)
      : { id: 'unknown' };
    this.set({ state: 'signedIn', user });
  }

  /** Name and e-mail come from the standard userinfo endpoint (ID tokens often carry only `sub`). */
  private async describeUser(
    config: oidc.Configuration,
    accessToken: string,
    sub: string,
  ): Promise<AuthUser> {
    try {
      const info = await oidc.fetchUserInfo(config, accessToken, sub);
      return {
        id: sub,
        ...(typeof info.name === 'string' ? { name: info.name } : {}),
        ...(typeof info.email === 'string' ? { email: info.email } : {}),
      };
    } catch {
      return { id: sub };
    }
  }

  /**
   * Opens the provider's login page in the system browser and waits for the loopback redirect.
   * `open` replaces the injected opener for one sign-in (the web host opens a tab in the page).
   */
  async signIn(open: (url: string) => Promise<void> = this.deps.openExternal): Promise<AuthState> {
    this.set({ state: 'signingIn' });
    try {
      const config = await this.configuration();
      const state = oidc.randomState();
      const verifier = oidc.randomPKCECodeVerifier();
      const redirect = await openLoopbackRedirect(state);
      try {
        const url = oidc.buildAuthorizationUrl(config, {
          redirect_uri: redirect.redirectUri,
          scope: 'openid profile email offline_access',
          code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
          code_challenge_method: 'S256',
          state,
          prompt: 'consent',
        });
        await open(url.href);
        const callback = await redirect.callback;
        await this.accept(
          config,
          await oidc.authorizationCodeGrant(config, callback, {
            pkceCodeVerifier: verifier,
            expectedState: state,
          }),
        );
      } finally {
        await redirect.close();
      }
    } catch (error) {
      this.set({ state: 'signedOut' });
      throw error;
    }
    return this.current;
  }

  /** Signs in silently at start-up when the vault holds a refresh token. */
  async restore(): Promise<AuthState> {
    if (!(await this.deps.vault.loadRefreshToken())) return this.current;
    try {
      await this.accessToken();
    } catch {
      // The state already says why (expired, or the provider is unreachable and we stay signed out).
    }
    return this.current;
  }

  /** A valid access token, refreshed (once, however many callers ask) shortly before it expires. */
  async accessToken(options: { forceRefresh?: boolean } = {}): Promise<string> {
    const tokens = this.tokens;
    if (tokens && !options.forceRefresh && tokens.expiresAt - REFRESH_MARGIN_MS > this.now()) {
      return tokens.accessToken;
    }
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refresh(): Promise<string> {
    const refreshToken = await this.deps.vault.loadRefreshToken();
    if (!refreshToken) throw new NotSignedIn('not signed in');
    const config = await this.configuration();
    try {
      await this.accept(config, await oidc.refreshTokenGrant(config, refreshToken));
    } catch (error) {
      if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') {
        this.tokens = undefined;
        await this.deps.vault.clear();
        const user = this.current.state === 'signedIn' ? this.current.user : undefined;
        this.set({ state: 'expired', ...(user ? { user } : {}) });
        throw new NotSignedIn('session expired');
      }
      throw error;
    }
    return this.tokens!.accessToken;
  }

  /** Revokes the refresh token at the provider (best effort) and forgets every token. */
  async signOut(): Promise<void> {
    const refreshToken = await this.deps.vault.loadRefreshToken();
    this.tokens = undefined;
    await this.deps.vault.clear();
    this.set({ state: 'signedOut' });
    if (!refreshToken) return;
    try {
      await oidc.tokenRevocation(await this.configuration(), refreshToken);
    } catch {
      // Offline or provider down: the token is gone from this machine either way.
    }
  }
}
