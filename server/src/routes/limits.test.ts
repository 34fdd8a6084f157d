import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { createFixture, definition, type Fixture } from '../testing/fixture';
import { api, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

const [sqlite] = testDatabaseKinds();

describe('rate limits, structured errors and graceful shutdown', () => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  beforeAll(async () => {
    db = await sqlite!.create();
    platform = await startTestPlatform(db, {
      limits: {
        writeRateLimit: { max: 3, timeWindow: 60_000 },
        loginRateLimit: { max: 2, timeWindow: 60_000 },
        tokenRateLimit: { max: 2, timeWindow: 60_000 },
      },
    });
    f = await createFixture(platform);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  it('limits write routes per caller', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await api(platform, 'POST', '/projects', {
            token: f.tokens.requester,
            body: definition(`p${i}`),
          })
        ).status,
      );
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: definition('again'),
    });
    expect(limited.body).toEqual({ error: 'rateLimited', message: expect.any(String) as string });
    // Reads are not limited.
    expect((await api(platform, 'GET', '/projects', { token: f.tokens.requester })).status).toBe(
      200,
    );
  });

  it('limits the token endpoint; an unknown sign-in page is a page, not JSON', async () => {
    // Failed sign-ins have their own limits (per address and per account): loginLimits.test.ts.
    const login = await fetch(`${platform.url}/oidc/interaction/abc/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.c&password=x',
    });
    expect(login.status).toBe(400);
    expect(login.headers.get('content-type')).toContain('text/html');
    expect(await login.text()).toContain('sign in again');
    const token = async () =>
      (
        await fetch(`${platform.url}/oidc/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=refresh_token&refresh_token=nope&client_id=glossator-desktop',
        })
      ).status;
    const tokens = [await token(), await token(), await token()];
    expect(tokens).toEqual([400, 400, 429]);
  });

  it('closes with open event streams and refuses new work while closing', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${platform.url}/events`, {
      headers: { authorization: `Bearer ${f.tokens.owner}` },
      signal: controller.signal,
    });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    const started = Date.now();
    await platform.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    const rest = await reader.read().catch(() => ({ done: true }));
    expect(rest.done).toBe(true);
    await expect(fetch(`${platform.url}/health`)).rejects.toThrow();
  });
});
