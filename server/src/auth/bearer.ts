import type Provider from 'oidc-provider';
import { toPrincipal, type AccountService } from '../services/accounts';
import { ServiceError } from '../services/errors';
import type { Principal } from '../services/principal';
import { DESKTOP_CLIENT_ID } from './provider';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{16,512}=*)$/;

/**
 * Resolves `Authorization: Bearer <access token>` to the account, asking oidc-provider whether
 * the token is one it issued and still valid (expired, revoked or unknown tokens are refused).
 */
export function createAuthenticator(provider: () => Provider, accounts: AccountService) {
  return async function authenticate(header: string | undefined): Promise<Principal> {
    const match = header ? BEARER.exec(header) : null;
    if (!match) throw new ServiceError('unauthorized', 'sign in first (Authorization: Bearer …)');
    const token = await provider().AccessToken.find(match[1]!);
    if (!token || token.clientId !== DESKTOP_CLIENT_ID || !token.accountId)
      throw new ServiceError('unauthorized', 'the access token is not valid');
    const account = await accounts.byId(token.accountId);
    if (!account || account.status !== 'active')
      throw new ServiceError('unauthorized', 'the access token is not valid');
    return toPrincipal(account);
  };
}
