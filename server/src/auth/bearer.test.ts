import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { api, mintAccessToken, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

/** The access-token cache in place: a token used a moment ago is refused at once once revoked. */
describe.each(testDatabaseKinds())('bearer authentication on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let accountId: string;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    const account = await platform.services.accounts.create({
      email: `bearer-${Date.now()}@test.example`,
      displayName: 'Bearer',
      password: 'pw',
      role: 'expert',
      organisationId: null,
    });
    accountId = account.id;
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const me = (token: string) => api(platform, 'GET', '/me', { token });

  it('refuses a recently used access token as soon as it is revoked', async () => {
    const token = await mintAccessToken(platform, accountId);
    expect((await me(token)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    const found = await platform.provider.AccessToken.find(token);
    await found!.destroy();
    expect((await me(token)).status).toBe(401);
  });

  it('refuses every recently used token of a grant as soon as the grant is revoked', async () => {
    const first = await mintAccessToken(platform, accountId);
    const found = await platform.provider.AccessToken.find(first);
    const grantId = found!.grantId;
    const other = await mintAccessToken(platform, accountId);
    expect((await me(first)).status).toBe(200);
    expect((await me(other)).status).toBe(200);
    await found!.adapter.revokeByGrantId(grantId); // what revoking the refresh token does
    expect((await me(first)).status).toBe(401);
    expect((await me(other)).status).toBe(200); // its own grant is untouched
  });

  it('refuses tokens it never saw and malformed headers', async () => {
    expect((await me('x'.repeat(43))).status).toBe(401);
    expect(
      (await api(platform, 'GET', '/me', { headers: { authorization: 'Basic x' } })).status,
    ).toBe(401);
  });
});
