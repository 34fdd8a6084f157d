/**
 * Bodies that are well within the size limit but hostile in shape or encoding: every route gets a
 * clear 400 that names the problem, never a 500 and never silently altered text.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { Platform } from '../platform';
import { definition, type Fixture } from '../testing/fixture';
import { api } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';

/** Raw bytes on the wire (fetch would re-encode a string as valid UTF-8). */
async function send(
  platform: Platform,
  method: string,
  path: string,
  token: string | undefined,
  bytes: Uint8Array,
  contentType = 'application/json',
) {
  const response = await fetch(platform.url + path, {
    method,
    headers: {
      'content-type': contentType,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: bytes,
  });
  const text = await response.text();
  let body: { error?: string; message?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = {};
  }
  return { status: response.status, body, text };
}

/** The UTF-8 of `before`, then raw bytes, then the UTF-8 of `after`. */
function withBytes(before: string, raw: number[], after: string): Uint8Array {
  const head = new TextEncoder().encode(before);
  const tail = new TextEncoder().encode(after);
  const out = new Uint8Array(head.length + raw.length + tail.length);
  out.set(head);
  out.set(raw, head.length);
  out.set(tail, head.length + raw.length);
  return out;
}

describe.each(testDatabaseKinds())('hostile JSON bodies on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  const projectCount = async () =>
    ((await api(platform, 'GET', '/projects', { token: f.tokens.requester })).body as unknown[])
      .length;

  it('item 9: JSON nested 10,000 levels deep is a 400 that says so, not a 500', async () => {
    const before = await projectCount();
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const cases: [string, string, string][] = [
      // In a field the schema types as an object, in a field it does not, and as the whole body.
      ['POST', '/projects', JSON.stringify(definition('deep')).replace('"about deep"', deep)],
      [
        'POST',
        '/sync/push',
        JSON.stringify({
          clientId: uuidv7(),
          mutations: [{ id: 1, kind: 'annotation.put', annotation: { id: 'x' } }],
        }).replace('{"id":"x"}', deep),
      ],
      ['PUT', '/me/profile', deep],
      ['POST', '/projects', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000)],
    ];
    for (const [method, path, body] of cases) {
      const response = await send(
        platform,
        method,
        path,
        path === '/projects' ? f.tokens.requester : f.tokens.owner,
        new TextEncoder().encode(body),
      );
      expect(response.status, `${method} ${path}`).toBe(400);
      expect(response.body.error).toBe('badRequest');
      expect(response.body.message).toMatch(/nested/);
    }
    expect(await projectCount()).toBe(before);
    // Ordinary nesting still works.
    const ok = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: definition('shallow'),
    });
    expect(ok.status).toBe(201);
  });

  it('item 10: invalid UTF-8 inside a JSON body is a 400 that names the field', async () => {
    const before = await projectCount();
    const json = JSON.stringify(definition('NAME-HERE', { description: 'd' }));
    const [head, tail] = json.split('NAME-HERE') as [string, string];
    // A lone continuation byte, a truncated sequence, an overlong encoding, a UTF-16 surrogate
    // encoded in UTF-8 (CESU), and a code point above U+10FFFF.
    const bad = [[0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]];
    for (const raw of bad) {
      const response = await send(
        platform,
        'POST',
        '/projects',
        f.tokens.requester,
        withBytes(`${head}Contrat `, raw, ` B${tail}`),
      );
      expect(response.status, raw.join(',')).toBe(400);
      expect(response.body.error).toBe('badRequest');
      expect(response.body.message).toContain('UTF-8');
      expect(response.body.message).toContain('/name');
    }
    // Inside a nested field of a sync push: the path goes all the way down.
    const push = JSON.stringify({
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
            body: { labels: ['indemnity'], rationale: 'RATIONALE' },
            createdAt: '2025-01-01T00:00:00Z',
            updatedAt: '2025-01-01T00:00:00Z',
          },
        },
      ],
    });
    const [pushHead, pushTail] = push.split('RATIONALE') as [string, string];
    const pushed = await send(
      platform,
      'POST',
      '/sync/push',
      f.tokens.owner,
      withBytes(pushHead, [0xff], pushTail),
    );
    expect(pushed.status).toBe(400);
    expect(pushed.body.message).toContain('/mutations/0/annotation/body/rationale');
    // In a key.
    const key = await send(
      platform,
      'POST',
      '/projects',
      f.tokens.requester,
      withBytes('{"na', [0xfe], 'me":"x"}'),
    );
    expect(key.status).toBe(400);
    expect(key.body.message).toContain('UTF-8');
    expect(await projectCount()).toBe(before);
    // U+FFFD sent as itself is a character like any other.
    const replacement = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: definition('odd \ufffd name'),
    });
    expect(replacement.status).toBe(201);
  });

  it('item 10: a sign-in form with invalid UTF-8 or percent-encoding is refused, not altered', async () => {
    for (const body of [
      withBytes('email=a%40b.c&password=p', [0xff], 'w'),
      new TextEncoder().encode('email=a%40b.c&password=%ff%fe'),
      new TextEncoder().encode('email=a%40b.c&password=100%'),
    ]) {
      const response = await send(
        platform,
        'POST',
        '/oidc/interaction/abc/login',
        undefined,
        body,
        'application/x-www-form-urlencoded',
      );
      expect(response.status).toBe(400);
      expect(response.text).toContain('password');
    }
  });

  it('refuses bad percent-encoding in a query string or path with a 400', async () => {
    for (const path of [
      `/sync/pull?projectId=${f.projectP}&cursor=%ff`,
      `/sync/pull?projectId=${f.projectP}&cursor=%zz`,
      `/sync/pull?projectId=${f.projectP}&cursor=%`,
      `/projects/%ff`,
      `/projects/${f.projectP}/documents/%c3`,
    ]) {
      const response = await api(platform, 'GET', path, { token: f.tokens.owner });
      expect(response.status, path).toBe(400);
      expect((response.body as { error: string }).error, path).toBe('badRequest');
    }
  });
});
