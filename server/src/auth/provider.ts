import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { createOidcAdapter, type RevocationListener } from './oidcAdapter';
import type { ServerSecrets } from './secrets';
import { escapeHtml, page } from './html';

/** The desktop app: a public native client (RFC 8252) that must use PKCE. */
export const DESKTOP_CLIENT_ID = 'glossator-desktop';

export interface ProviderOptions {
  /** e.g. http://127.0.0.1:8080/oidc */
  readonly issuer: string;
  readonly db: Kysely<Database>;
  readonly secrets: ServerSecrets;
  readonly findAccount: (
    id: string,
  ) => Promise<{ id: string; email: string; displayName: string; role: string } | undefined>;
  readonly accessTokenTtlSeconds?: number;
  /** Told when a token or grant is revoked (the access-token cache). */
  readonly revocations?: RevocationListener;
}

export const SCOPES = ['openid', 'offline_access', 'email', 'profile'];

export function createProvider(options: ProviderOptions): Provider {
  const configuration: Configuration = {
    adapter: createOidcAdapter(options.db, options.revocations),
    clients: [
      {
        client_id: DESKTOP_CLIENT_ID,
        client_name: 'Glossator',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // Native clients may use these with any port (RFC 8252 §7.3).
        // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- IPv6 loopback (RFC 8252 §7.3)
        redirect_uris: ['http://127.0.0.1/callback', 'http://[::1]/callback'],
        // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- IPv6 loopback
        post_logout_redirect_uris: ['http://127.0.0.1/signed-out', 'http://[::1]/signed-out'],
      },
    ],
    async findAccount(_ctx, sub) {
      const account = await options.findAccount(sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({
          sub: account.id,
          email: account.email,
          email_verified: true,
          name: account.displayName,
          glossator_role: account.role,
        }),
      };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'glossator_role'],
    },
    scopes: SCOPES,
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.body = page(
            'Sign out',
            `<h1>Sign out of Glossator?</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
          );
        },
      },
    },
    rotateRefreshToken: true,
    issueRefreshToken(_ctx, client, code) {
      return Promise.resolve(
        client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
      );
    },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 30 * 60,
      Session: 14 * 24 * 3600,
      Grant: 30 * 24 * 3600,
      RefreshToken: 30 * 24 * 3600,
    },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction) => `/oidc/interaction/${interaction.uid}`,
    },
    cookies: {
      keys: options.secrets.cookieKeys,
      long: { signed: true, httpOnly: true, sameSite: 'lax' },
      short: { signed: true, httpOnly: true, sameSite: 'lax' },
    },
    jwks: options.secrets.jwks,
    clientBasedCORS: () => false,
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Sign-in problem',
        `<h1>Sign-in could not continue</h1><p role="alert">${escapeHtml(String(out.error_description ?? out.error))}</p>`,
      );
    },
  };
  return new Provider(options.issuer, configuration);
}
