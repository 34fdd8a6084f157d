import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormBrowser } from '../../../testing/formBrowser';
import { createTokenVault, type SafeStorageLike } from '../tokenVault';
import { AuthSession, NotSignedIn } from './authSession';

const CLIENT_ID = 'glossator-desktop';

/** A real OIDC provider on loopback with its development login/consent pages. */
async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
      },
    ],
    pkce: { required: () => true },
    features: { revocation: { enabled: true }, devInteractions: { enabled: true } },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    ttl: { AccessToken: 120 },
    rotateRefreshToken: true,
    issueRefreshToken: () => Promise.resolve(true),
    findAccount: (_ctx, id) =>
      Promise.resolve({
        accountId: id,
        claims: () => Promise.resolve({ sub: id, name: 'Dr. Ada Test', email: 'ada@example.org' }),
      }),
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return { issuer, server };
}

/** Plays the system browser: follows the authorization URL through login and consent to the loopback redirect. */
function browserThatSignsIn(login: string) {
  return async (url: string): Promise<void> => {
    const browser = new FormBrowser((next) => next.pathname === '/callback');
    let step = await browser.go(url);
    for (let i = 0; i < 4 && !(step instanceof URL); i++) {
      step = await browser.submit(
        step,
        /name="login"/.test(step.body) ? { login, password: 'secret' } : {},
      );
    }
    if (!(step instanceof URL)) throw new Error('sign-in did not reach the redirect');
    await fetch(step); // the browser lands on the app's loopback listener
  };
}

const fakeKeyring = (): SafeStorageLike => ({
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: (text) => Promise.resolve(Buffer.from(`enc:${text}`)),
  decryptStringAsync: (data) =>
    Promise.resolve({ result: data.toString().replace(/^enc:/, ''), shouldReEncrypt: false }),
});

describe('AuthSession against a real OIDC provider', () => {
  let issuer: string;
  let server: Server;
  beforeAll(async () => ({ issuer, server } = await startProvider()));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const session = (vaultDir = mkdtempSync(join(tmpdir(), 'glossator-auth-')), now = Date.now) =>
    new AuthSession({
      provider: () => Promise.resolve({ issuer, clientId: CLIENT_ID }),
      vault: createTokenVault(join(vaultDir, 'refresh-token'), fakeKeyring()),
      openExternal: browserThatSignsIn('expert-42'),
      now,
    });

  it('signs in with PKCE through the system browser and a loopback redirect', async () => {
    const auth = session();
    const state = await auth.signIn();
    expect(state).toEqual({
      state: 'signedIn',
      user: { id: 'expert-42', name: 'Dr. Ada Test', email: 'ada@example.org' },
    });
    expect(await auth.accessToken()).toMatch(/.{20,}/);
  });

  it('refreshes shortly before expiry and restores a session after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
    let clock = Date.now();
    const first = session(dir, () => clock);
    await first.signIn();
    const token = await first.accessToken();
    clock += 90_000; // inside the refresh margin of a 120 s token
    const refreshed = await first.accessToken();
    expect(refreshed).not.toBe(token);
    const [a, b] = await Promise.all([first.accessToken(), first.accessToken()]);
    expect(a).toBe(b);

    const restarted = session(dir);
    expect(await restarted.restore()).toMatchObject({
      state: 'signedIn',
      user: { id: 'expert-42' },
    });
  });

  it('signs out by revoking: the revoked refresh token is refused afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
    const auth = session(dir);
    await auth.signIn();
    const vault = createTokenVault(join(dir, 'refresh-token'), fakeKeyring());
    const stolen = await vault.loadRefreshToken();
    expect(stolen).toBeTruthy();
    await auth.signOut();
    expect(auth.state()).toEqual({ state: 'signedOut' });
    await expect(auth.accessToken()).rejects.toBeInstanceOf(NotSignedIn);

    // Someone who copied the token before sign-out gets nothing for it.
    const thief = session(mkdtempSync(join(tmpdir(), 'glossator-auth-')), () => Date.now());
    await createTokenVault(join(dir, 'copy'), fakeKeyring()).saveRefreshToken(stolen!);
    const thiefVault = new AuthSession({
      provider: () => Promise.resolve({ issuer, clientId: CLIENT_ID }),
      vault: createTokenVault(join(dir, 'copy'), fakeKeyring()),
      openExternal: () => Promise.resolve(),
    });
    await expect(thiefVault.accessToken()).rejects.toBeInstanceOf(NotSignedIn);
    expect(thiefVault.state().state).toBe('expired');
    expect(thief.state().state).toBe('signedOut');
  });
});
