import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormBrowser } from '../../../testing/formBrowser';
import { startRecordingProxy, type RecordingProxy } from '../../../testing/recordingProxy';
import { createTokenVault, type SafeStorageLike } from '../tokenVault';
import { AuthSession, NotSignedIn, type ProviderInfo } from './authSession';

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

  const providerAt = (url: string): ProviderInfo => ({
    platformUrl: url,
    issuer: url,
    clientId: CLIENT_ID,
  });
  const session = (
    vaultDir = mkdtempSync(join(tmpdir(), 'glossator-auth-')),
    now = Date.now,
    provider = () => Promise.resolve(providerAt(issuer)),
  ) =>
    new AuthSession({
      provider,
      vault: createTokenVault(join(vaultDir, 'refresh-token'), fakeKeyring()),
      openExternal: browserThatSignsIn('expert-42'),
      now,
      revokeTimeoutMs: 2000,
    });
  const token = async (auth: AuthSession, forceRefresh = false) =>
    (await auth.credential({ forceRefresh })).accessToken;

  it('signs in with PKCE through the system browser and a loopback redirect', async () => {
    const auth = session();
    const state = await auth.signIn();
    expect(state).toEqual({
      state: 'signedIn',
      user: { id: 'expert-42', name: 'Dr. Ada Test', email: 'ada@example.org' },
    });
    expect(await token(auth)).toMatch(/.{20,}/);
  });

  it('refreshes shortly before expiry and restores a session after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
    let clock = Date.now();
    const first = session(dir, () => clock);
    await first.signIn();
    const before = await token(first);
    clock += 90_000; // inside the refresh margin of a 120 s token
    const refreshed = await token(first);
    expect(refreshed).not.toBe(before);
    const [a, b] = await Promise.all([token(first), token(first)]);
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
    const stolen = await vault.load();
    expect(stolen?.binding).toEqual(providerAt(issuer));
    await auth.signOut();
    expect(auth.state()).toEqual({ state: 'signedOut' });
    await expect(auth.credential()).rejects.toBeInstanceOf(NotSignedIn);
    expect(await refusedAtIssuer(stolen!.refreshToken)).toBe(true);
  });

  /** Whether the issuer refuses a copy of this refresh token (as a thief would use it). */
  async function refusedAtIssuer(refreshToken: string): Promise<boolean> {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
    await createTokenVault(join(dir, 'refresh-token'), fakeKeyring()).save({
      refreshToken,
      binding: providerAt(issuer),
    });
    const thief = session(dir);
    await thief.restore();
    return thief.state().state === 'expired';
  }

  describe('a session stays with the platform it came from', () => {
    let elsewhere: RecordingProxy;
    beforeAll(async () => (elsewhere = await startRecordingProxy()));
    afterAll(() => elsewhere.close());

    it('ends when another platform is configured: refused there, revoked at its own issuer', async () => {
      let configured = providerAt(issuer);
      const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
      const auth = session(dir, Date.now, () => Promise.resolve(configured));
      await auth.signIn();
      const stored = await createTokenVault(join(dir, 'refresh-token'), fakeKeyring()).load();
      configured = providerAt(elsewhere.url);
      await expect(auth.credential()).rejects.toBeInstanceOf(NotSignedIn);
      expect(auth.state()).toEqual({ state: 'signedOut' });
      expect(await refusedAtIssuer(stored!.refreshToken)).toBe(true);
      expect(elsewhere.log).toEqual([]);
      expect(await createTokenVault(join(dir, 'refresh-token'), fakeKeyring()).load()).toBe(
        undefined,
      );
    });

    it('at start-up, a token stored for another platform is never offered to the configured one', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
      await session(dir).signIn();
      const stored = await createTokenVault(join(dir, 'refresh-token'), fakeKeyring()).load();
      const restarted = session(dir, Date.now, () => Promise.resolve(providerAt(elsewhere.url)));
      expect(await restarted.restore()).toEqual({ state: 'signedOut' });
      expect(elsewhere.log).toEqual([]);
      expect(await refusedAtIssuer(stored!.refreshToken)).toBe(true);
    });

    it('a sign-in that finishes after the platform changed is discarded, and nothing goes to the new one', async () => {
      let configured = providerAt(issuer);
      const auth = new AuthSession({
        provider: () => Promise.resolve(configured),
        vault: createTokenVault(
          join(mkdtempSync(join(tmpdir(), 'glossator-auth-')), 'rt'),
          fakeKeyring(),
        ),
        openExternal: async (url) => {
          configured = providerAt(elsewhere.url); // Settings change while the browser is open
          await browserThatSignsIn('expert-42')(url);
        },
      });
      await expect(auth.signIn()).rejects.toBeInstanceOf(NotSignedIn);
      expect(auth.state()).toEqual({ state: 'signedOut' });
      expect(elsewhere.log).toEqual([]);
    });
  });
});

describe('AuthSession against an issuer whose endpoints point elsewhere', () => {
  it('sends the refresh token only to the issuer’s own origin', async () => {
    const elsewhere = await startRecordingProxy();
    const hostile = createServer();
    await new Promise<void>((done) => hostile.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    // A well-formed discovery document, but its token endpoint is another server.
    hostile.on('request', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer: url,
          authorization_endpoint: `${url}/auth`,
          token_endpoint: `${elsewhere.url}/token`,
          revocation_endpoint: `${elsewhere.url}/revoke`,
          userinfo_endpoint: `${elsewhere.url}/me`,
          jwks_uri: `${url}/jwks`,
          response_types_supported: ['code'],
        }),
      ),
    );
    try {
      const dir = mkdtempSync(join(tmpdir(), 'glossator-auth-'));
      const binding = { platformUrl: url, issuer: url, clientId: CLIENT_ID };
      await createTokenVault(join(dir, 'rt'), fakeKeyring()).save({
        refreshToken: 'rt-secret',
        binding,
      });
      const auth = new AuthSession({
        provider: () => Promise.resolve(binding),
        vault: createTokenVault(join(dir, 'rt'), fakeKeyring()),
        openExternal: () => Promise.resolve(),
        revokeTimeoutMs: 1000,
      });
      expect((await auth.restore()).state).toBe('signedOut');
      await auth.signOut();
      expect(elsewhere.log).toEqual([]);
    } finally {
      await elsewhere.close();
      hostile.closeAllConnections();
      await new Promise<void>((done) => hostile.close(() => done()));
    }
  });
});
