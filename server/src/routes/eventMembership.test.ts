/**
 * An open event stream follows its account's memberships at once: accepting a task's offer adds
 * the project to what the stream carries, leaving the project takes it away (a found bug: after
 * offers stopped making experts members, an accepted project stayed silent for a heartbeat).
 */
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { enrol, giveProfile } from '../testing/experts';
import { type Fixture } from '../testing/fixture';
import { api, mintAccessToken } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';

/** The `poke` events of a stream, as they arrive. */
async function pokes(platform: Platform, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${platform.url}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const heard: string[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  void (async () => {
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      for (const m of decoder.decode(value).matchAll(/event: poke\ndata: (\{[^\n]*\})/g))
        heard.push((JSON.parse(m[1]!) as { projectId: string }).projectId);
    }
  })();
  await expect.poll(() => reader).toBeDefined();
  return { heard, close: () => controller.abort() };
}

describe.each(testDatabaseKinds())('event streams follow memberships on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  const touchP = async () => {
    const now = new Date().toISOString();
    const pushed = await api(platform, 'POST', '/sync/push', {
      // The fixture's owner is an expert who accepted P's task: her push pokes P's listeners.
      token: f.tokens.owner,
      body: {
        clientId: uuidv7(),
        mutations: [
          {
            id: 1,
            kind: 'annotation.put',
            annotation: {
              id: uuidv7(),
              projectId: f.projectP,
              documentId: f.documentP,
              target: { kind: 'document' },
              body: { labels: [] },
              createdAt: now,
              updatedAt: now,
            },
          },
        ],
      },
    });
    expect(pushed.status).toBe(200);
    expect(pushed.body).toMatchObject({ outcomes: [{ status: 'applied' }] });
  };

  it('an expert who accepts an offer hears of the project at once, and not after leaving it', async () => {
    const expert = await platform.services.accounts.create({
      email: `joiner-${uuidv7().slice(-6)}@test.example`,
      displayName: 'Joiner',
      password: 'joiner-password',
      role: 'expert',
      organisationId: null,
    });
    await giveProfile(platform.services, expert.id);
    const stream = await pokes(platform, await mintAccessToken(platform, expert.id));
    try {
      const requester = toPrincipal((await platform.services.accounts.byId(f.ids.requester))!);
      await enrol(platform.services, requester, f.projectP, expert.id, f.documentP);
      await touchP();
      await expect.poll(() => stream.heard, { timeout: 3_000 }).toContain(f.projectP);

      await platform.services.projects.removeMember(requester, f.projectP, expert.id);
      const before = stream.heard.length;
      await touchP();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(stream.heard.length).toBe(before);
    } finally {
      stream.close();
    }
  });
});
