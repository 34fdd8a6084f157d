/**
 * The desktop sign-in flow end to end over real loopback HTTP: openid-client does what Electron
 * main will do, and plain HTTP requests stand in for the system browser on the login form.
 */
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { api, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';
import { Browser, formAction } from '../testing/oidcBrowser';
import { DESKTOP_CLIENT_ID } from './provider';

describe.each(testDatabaseKinds())('OIDC sign-in on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let config: client.Configuration;
  const email = 'dana@example.test';
  const password = 'a long passphrase 🔑';

  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    await platform.services.accounts.create({
      email,
      displayName: 'Dana',
      password,
      role: 'expert',
      organisationId: null,
    });
    config = await client.discovery(
      new URL(platform.issuer),
      DESKTOP_CLIENT_ID,
      undefined,
      client.None(),
      {
        execute: [client.allowInsecureRequests],
      },
    );
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  async function signIn(port: number, pass = password) {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const redirectUri = `http://127.0.0.1:${port}/callback`;
    const authUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile offline_access',
      // OIDC grants offline_access (a refresh token) only with an explicit consent prompt.
      prompt: 'consent',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });
    const browser = new Browser();
    const login = await browser.follow(authUrl.href, redirectUri);
    const loginHtml = await login.response!.text();
    expect(loginHtml).toContain('<label for="email">');
    const afterLogin = await browser.follow(
      new URL(formAction(loginHtml, 'login'), platform.url).href,
      redirectUri,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: email.toUpperCase(), password: pass }).toString(),
      },
    );
    if (afterLogin.response?.status === 401) return { failed: await afterLogin.response.text() };
    const consentHtml = await afterLogin.response!.text();
    expect(consentHtml).toContain('Allow');
    const done = await browser.follow(
      new URL(formAction(consentHtml, 'confirm'), platform.url).href,
      redirectUri,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      },
    );
    expect(done.url.startsWith(redirectUri)).toBe(true);
    const tokens = await client.authorizationCodeGrant(config, new URL(done.url), {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    return { tokens };
  }

  it('signs in with PKCE on any loopback port, calls the API, refreshes with rotation, and refuses revoked tokens', async () => {
    const { tokens } = await signIn(49152 + Math.floor(Math.random() * 10000));
    expect(tokens).toBeDefined();
    const { access_token, refresh_token } = tokens!;
    expect(refresh_token).toBeTruthy();
    const sub = tokens!.claims()!.sub;
    expect(await client.fetchUserInfo(config, access_token, sub)).toMatchObject({
      email,
      name: 'Dana',
    });
    expect(await api(platform, 'GET', '/me', { token: access_token })).toMatchObject({
      status: 200,
      body: { email },
    });

    const refreshed = await client.refreshTokenGrant(config, refresh_token!);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(refresh_token);
    expect((await api(platform, 'GET', '/me', { token: refreshed.access_token })).status).toBe(200);
    // Rotation: the old refresh token is spent.
    await expect(client.refreshTokenGrant(config, refresh_token!)).rejects.toThrow();

    // Sign-out on the device: revoking the refresh token revokes the grant and its access tokens.
    const again = await signIn(50000);
    await client.tokenRevocation(config, again.tokens!.refresh_token!);
    await expect(client.refreshTokenGrant(config, again.tokens!.refresh_token!)).rejects.toThrow();
    expect((await api(platform, 'GET', '/me', { token: again.tokens!.access_token })).status).toBe(
      401,
    );
    // Revoking an access token refuses it at once.
    await client.tokenRevocation(config, refreshed.access_token, {
      token_type_hint: 'access_token',
    });
    const revoked = await api(platform, 'GET', '/me', { token: refreshed.access_token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('shows the form again on a wrong password without saying which part was wrong', async () => {
    const result = await signIn(50001, 'wrong');
    expect(result.failed).toContain('role="alert"');
    expect(result.failed).toContain('do not match an account');
  });

  it('requires PKCE and a loopback redirect', async () => {
    const noPkce = client.buildAuthorizationUrl(config, {
      redirect_uri: 'http://127.0.0.1:50002/callback',
      scope: 'openid',
    });
    const r1 = await fetch(noPkce, { redirect: 'manual' });
    expect(r1.headers.get('location') ?? '').toContain('error=invalid_request');
    const elsewhere = client.buildAuthorizationUrl(config, {
      redirect_uri: 'https://evil.example/callback',
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const r2 = await fetch(elsewhere, { redirect: 'manual' });
    expect(r2.status).toBe(400);
    expect(r2.headers.get('location')).toBeNull();
  });
});
