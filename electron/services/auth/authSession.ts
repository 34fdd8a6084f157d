import * as oidc from 'openid-client';
import type { TokenVault, VaultPersistence } from '../tokenVault';
import { Grant, type AuthUser } from './grant';
import { discoverIssuer, revokeAtIssuer } from './oidcIssuer';
import { openLoopbackRedirect } from './loopbackRedirect';
import { sameBinding, type TokenBinding } from './tokenBinding';

export type { AuthUser } from './grant';

/** Where to sign in: the configured platform and its issuer (or a third-party provider's). */
export type ProviderInfo = TokenBinding;

export type AuthState =
  | { readonly state: 'signedOut' }
  | { readonly state: 'signingIn' }
  | { readonly state: 'signedIn'; readonly user: AuthUser }
  /** The provider refused our refresh token: the user must sign in again. */
  | { readonly state: 'expired'; readonly user?: AuthUser };

export class NotSignedIn extends Error {
  override readonly name = 'NotSignedIn';
}

/** What a request to the platform is made with: the token, where it may go, and when to stop. */
export interface Credential {
  readonly binding: TokenBinding;
  readonly accessToken: string;
  /** Aborted the moment this session ends: requests made with it stop and their replies are dropped. */
  readonly signal: AbortSignal;
}

export interface AuthDeps {
  /** The platform configured now: read at sign-in, and checked again before each use of a session. */
  readonly provider: () => Promise<ProviderInfo>;
  readonly vault: TokenVault;
  /** Opens the system browser (Electron's shell.openExternal, allowlisted). */
  readonly openExternal: (url: string) => Promise<void>;
  readonly now?: () => number;
  readonly revokeTimeoutMs?: number;
}

const REFRESH_MARGIN_MS = 60_000;

type TokenResponse = oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;

/**
 * OIDC authorization code + PKCE for a native app (RFC 8252), in the main process. Tokens never
 * leave this object except inside a Credential, and each session is a Grant bound to the platform
 * it was obtained from: it is used only while that platform is the configured one, and ending it
 * (sign-out, a platform switch, a refusal) drops its calls, forgets its tokens and revokes them
 * at the issuer that gave them — never anywhere else.
 */
export class AuthSession {
  private current: AuthState = { state: 'signedOut' };
  private grant?: Grant;
  /** Bumped whenever a session ends, so a sign-in that started before knows it is stale. */
  private epoch = 0;
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

  /** Takes a token answer into `grant`; only the current grant may reach the vault or the state. */
  private async accept(grant: Grant, response: TokenResponse): Promise<void> {
    const expiresIn = response.expiresIn() ?? 300;
    grant.accessToken = { value: response.access_token, expiresAt: this.now() + expiresIn * 1000 };
    // Kept even on an ended grant: a rotation that lands during sign-out is the token to revoke.
    if (response.refresh_token) grant.refreshToken = response.refresh_token;
    if (grant.ended) return;
    if (grant.refreshToken)
      await this.deps.vault.save({ refreshToken: grant.refreshToken, binding: grant.binding });
    const sub = response.claims()?.sub ?? grant.user?.id;
    grant.user = sub
      ? await this.describeUser(grant, response.access_token, sub)
      : { id: 'unknown' };
    if (this.grant === grant) this.set({ state: 'signedIn', user: grant.user });
  }

  /** Name and e-mail come from the standard userinfo endpoint (ID tokens often carry only `sub`). */
  private async describeUser(grant: Grant, accessToken: string, sub: string): Promise<AuthUser> {
    try {
      const info = await oidc.fetchUserInfo(await grant.configuration(), accessToken, sub);
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
   * A session already open ends first; if the platform changes while the browser is open, the
   * tokens that arrive are revoked where they came from and the sign-in fails.
   */
  async signIn(open: (url: string) => Promise<void> = this.deps.openExternal): Promise<AuthState> {
    await this.signOut();
    const epoch = this.epoch;
    this.set({ state: 'signingIn' });
    try {
      const provider = await this.deps.provider();
      const config = await discoverIssuer(provider);
      const grant = new Grant(provider, config);
      const state = oidc.randomState();
      const verifier = oidc.randomPKCECodeVerifier();
      const redirect = await openLoopbackRedirect(state);
      let response: TokenResponse;
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
        response = await oidc.authorizationCodeGrant(config, callback, {
          pkceCodeVerifier: verifier,
          expectedState: state,
        });
      } finally {
        await redirect.close();
      }
      if (this.epoch !== epoch || !(await this.stillConfigured(grant))) {
        grant.end();
        if (response.refresh_token)
          await revokeAtIssuer(() => grant.configuration(), response.refresh_token);
        throw new NotSignedIn('the platform changed during sign-in');
      }
      this.grant = grant;
      // A sign-in that fails half-way (the vault refused the token) leaves no session behind.
      await this.accept(grant, response).catch(async (error: unknown) => {
        await this.end(grant);
        throw error;
      });
    } catch (error) {
      if (this.epoch === epoch && !this.grant) this.set({ state: 'signedOut' });
      throw error;
    }
    return this.current;
  }

  /**
   * Signs in silently at start-up when the vault holds a refresh token for the configured
   * platform. A token stored for another platform is never offered to this one: it is revoked
   * at its own issuer and forgotten.
   */
  async restore(): Promise<AuthState> {
    const stored = await this.deps.vault.load();
    if (!stored || this.grant) return this.current;
    const grant = new Grant(stored.binding);
    grant.refreshToken = stored.refreshToken;
    if (!(await this.stillConfigured(grant))) {
      await this.end(grant);
      return this.current;
    }
    this.grant = grant;
    try {
      await this.credential();
    } catch {
      // The state already says why (expired, or the provider is unreachable and we stay signed out).
    }
    return this.current;
  }

  /**
   * The current session's credential, its access token refreshed (once, however many callers
   * ask) shortly before it expires. Throws NotSignedIn when there is no session, or when the
   * configured platform is no longer the one the session belongs to (the session then ends).
   */
  async credential(options: { forceRefresh?: boolean } = {}): Promise<Credential> {
    const grant = this.grant;
    if (!grant) throw new NotSignedIn('not signed in');
    if (!(await this.stillConfigured(grant))) {
      // Ended (and revoked at its own issuer) before the caller hears why: nothing is sent anywhere.
      await this.end(grant);
      throw new NotSignedIn('the platform changed');
    }
    const token = grant.accessToken;
    const value =
      token && !options.forceRefresh && token.expiresAt - REFRESH_MARGIN_MS > this.now()
        ? token.value
        : await this.refresh(grant);
    if (this.grant !== grant || grant.ended) throw new NotSignedIn('signed out');
    return { binding: grant.binding, accessToken: value, signal: grant.signal };
  }

  private async stillConfigured(grant: Grant): Promise<boolean> {
    try {
      return sameBinding(await this.deps.provider(), grant.binding);
    } catch {
      return false;
    }
  }

  private refresh(grant: Grant): Promise<string> {
    grant.refreshing ??= (async () => {
      const refreshToken = grant.refreshToken;
      if (!refreshToken) throw new NotSignedIn('not signed in');
      const config = await grant.configuration();
      let response: TokenResponse;
      try {
        response = await oidc.refreshTokenGrant(config, refreshToken);
      } catch (error) {
        if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') {
          const user = this.current.state === 'signedIn' ? this.current.user : undefined;
          // Refused: nothing to revoke, but everything to forget.
          if (this.grant === grant)
            await this.end(grant, { state: 'expired', ...(user ? { user } : {}) }, false);
          throw new NotSignedIn('session expired');
        }
        throw error;
      }
      await this.accept(grant, response);
      return response.access_token;
    })().finally(() => (grant.refreshing = undefined));
    return grant.refreshing;
  }

  /**
   * Ends a session, in this order: its calls are dropped and its tokens leave memory (at once,
   * before anything else can use them), the vault is cleared, then the refresh token is revoked
   * at the session's own issuer (waiting for a refresh in flight, whose rotated token is the one
   * to revoke; bounded, so an issuer that does not answer cannot hold this up).
   */
  private end(
    grant: Grant,
    next: AuthState = { state: 'signedOut' },
    revoke = true,
  ): Promise<void> {
    if (grant.closing) return grant.closing;
    grant.end();
    grant.accessToken = undefined;
    if (this.grant === grant) {
      this.grant = undefined;
      this.epoch++;
      if (this.current.state !== next.state) this.set(next);
    }
    grant.closing = (async () => {
      await this.deps.vault.clear();
      if (!revoke) return;
      await grant.refreshing?.catch(() => undefined);
      if (grant.refreshToken)
        await revokeAtIssuer(
          () => grant.configuration(),
          grant.refreshToken,
          this.deps.revokeTimeoutMs,
        );
      grant.refreshToken = undefined;
    })();
    return grant.closing;
  }

  /** Ends the session (see `end`); resolves once the old issuer has been told, or given up on. */
  async signOut(): Promise<void> {
    const grant = this.grant;
    if (grant) return this.end(grant);
    this.epoch++;
    await this.deps.vault.clear();
    if (this.current.state !== 'signedOut') this.set({ state: 'signedOut' });
  }
}
