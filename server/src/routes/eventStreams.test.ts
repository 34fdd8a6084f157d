/** Event streams are capped per access token, per account and per server process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { createFixture, type Fixture } from '../testing/fixture';
import { api, mintAccessToken, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

interface Stream {
  readonly status: number;
  readonly body: unknown;
  close(): void;
}

/** Opens GET /events; a 200 is read until its `ready` event, anything else is read whole. */
async function openStream(platform: Platform, token: string): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetch(`${platform.url}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  if (response.status !== 200) {
    const body: unknown = await response.json();
    return { status: response.status, body, close: () => undefined };
  }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  expect(first).toContain('event: ready');
  return {
    status: 200,
    body: undefined,
    close: () => {
      void reader.cancel().catch(() => undefined);
      controller.abort();
    },
  };
}

describe.each(testDatabaseKinds())('event stream caps on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  const open: Stream[] = [];
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, {
      limits: { eventStreams: { perToken: 3, perAccount: 5, perProcess: 7 } },
    });
    f = await createFixture(platform);
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await platform?.close();
    await db?.dispose();
  });

  const keep = async (token: string) => {
    const stream = await openStream(platform, token);
    if (stream.status === 200) open.push(stream);
    return stream;
  };

  it('item 12: one token cannot hold more than its share of event streams', async () => {
    const token = f.tokens.owner!;
    for (let i = 0; i < 3; i++) expect((await keep(token)).status).toBe(200);
    const refused = await keep(token);
    expect(refused).toMatchObject({ status: 429, body: { error: 'rateLimited' } });
    expect((refused.body as { message: string }).message).toContain('3 event streams');

    // A second sign-in of the same account has its own three, up to the account's five.
    const second = await mintAccessToken(platform, f.ids.owner);
    expect((await keep(second)).status).toBe(200);
    expect((await keep(second)).status).toBe(200);
    const account = await keep(second);
    expect(account).toMatchObject({ status: 429, body: { error: 'rateLimited' } });
    expect((account.body as { message: string }).message).toContain('this account');

    // Others are not affected, up to what the process holds (seven here).
    expect((await keep(f.tokens.reviewer!)).status).toBe(200);
    expect((await keep(f.tokens.admin!)).status).toBe(200);
    const full = await keep(f.tokens.requester!);
    expect(full).toMatchObject({ status: 503, body: { error: 'unavailable' } });
    // Ordinary requests still work.
    expect((await api(platform, 'GET', '/me', { token })).status).toBe(200);
  });

  it('item 12: a closed stream gives its place back', async () => {
    open.shift()!.close();
    let reopened: Stream | undefined;
    for (let i = 0; i < 100 && reopened?.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      reopened = await keep(f.tokens.owner!);
    }
    expect(reopened?.status).toBe(200);
  });
});
