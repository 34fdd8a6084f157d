import type Provider from 'oidc-provider';
import { toPrincipal, type AccountService } from '../services/accounts/accounts';
import { ServiceError } from '../services/core/errors';
import type { Principal } from '../services/core/principal';
import { DESKTOP_CLIENT_ID } from './provider';
import type { TokenCache } from './tokenCache';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{16,512}=*)$/;

/**
 * Resolves `Authorization: Bearer <access token>` to the account, asking oidc-provider whether
 * the token is one it issued and still valid (expired, revoked or unknown tokens are refused).
 * With a cache, a token verified moments ago is not looked up again (see createTokenCache for
 * how long, and how revocation reaches it).
 */
export function createAuthenticator(
  provider: () => Provider,
  accounts: AccountService,
  cache?: TokenCache,
) {
  async function verify(token: string) {
    const found = await provider().AccessToken.find(token);
    if (!found || found.clientId !== DESKTOP_CLIENT_ID || !found.accountId)
      throw new ServiceError('unauthorized', 'the access token is not valid');
    const account = await accounts.byId(found.accountId);
    if (!account || account.status !== 'active')
      throw new ServiceError('unauthorized', 'the access token is not valid');
    return { principal: toPrincipal(account), grantId: found.grantId, exp: found.exp };
  }

  return async function authenticate(header: string | undefined): Promise<Principal> {
    const match = header ? BEARER.exec(header) : null;
    if (!match) throw new ServiceError('unauthorized', 'sign in first (Authorization: Bearer …)');
    const token = match[1]!;
    if (!cache) return (await verify(token)).principal;
    const key = cache.keyOf(token);
    const cached = cache.get(key);
    if (cached) return cached;
    const since = cache.generation();
    const verified = await verify(token);
    if (typeof verified.exp === 'number')
      cache.set(
        key,
        {
          principal: verified.principal,
          grantId: verified.grantId,
          expiresAt: verified.exp * 1000,
        },
        since,
      );
    return verified.principal;
  };
}
