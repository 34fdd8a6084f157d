/**
 * Uploads over real loopback HTTP with a hand-driven client, so a test can hold a body half
 * sent: rights and slots are decided before the body is read, slots come back on every path,
 * and the temporary files are gone afterwards.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { createFixture, type Fixture } from '../testing/fixture';
import { mintAccessToken, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

const BOUNDARY = 'glossator-test-boundary';
const encoder = new TextEncoder();

/**
 * A multipart body around `content`: the part head (with the file name as raw bytes, as a
 * browser sends it), the content, the closing boundary.
 */
function multipart(content: Uint8Array, filename: string | Uint8Array = 'doc.txt', field = 'file') {
  const head = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="${field}"; filename="`),
    typeof filename === 'string' ? Buffer.from(filename) : filename,
    Buffer.from('"\r\ncontent-type: text/plain\r\n\r\n'),
  ]);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  return {
    head,
    content: Buffer.from(content),
    tail,
    length: head.length + content.length + tail.length,
  };
}

interface Answer {
  status: number;
  body: { error?: string; message?: string; name?: string };
  headers: Record<string, string | string[] | undefined>;
}

/**
 * An upload whose body is sent only as far as the test says: `head` and the first `sendFirst`
 * bytes of content at once, the rest on `finish()`, or never (`abort()`).
 */
function startUpload(
  platform: Platform,
  projectId: string,
  token: string | undefined,
  body: ReturnType<typeof multipart>,
  sendFirst = 64 * 1024,
) {
  const url = new URL(`${platform.url}/projects/${projectId}/documents`);
  let req!: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    req = httpRequest(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(body.length),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString() || '{}') as Answer['body'],
          headers: res.headers,
        }),
      );
    });
    req.on('error', reject);
  });
  req.write(body.head);
  req.write(body.content.subarray(0, sendFirst));
  return {
    answer,
    finish() {
      req.end(Buffer.concat([body.content.subarray(sendFirst), body.tail]));
      return answer;
    },
    abort() {
      answer.catch(() => undefined);
      req.destroy();
    },
  };
}

/** Resolves `promise`, or says it did not settle within `ms` (the body is never finished). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'no answer'> {
  return Promise.race([
    promise,
    new Promise<'no answer'>((r) => setTimeout(() => r('no answer'), ms)),
  ]);
}

/** The answer to an upload whose body was only begun; the client then gives up sending it. */
async function answerThenHangUp(upload: ReturnType<typeof startUpload>) {
  const answer = await within(upload.answer, 10_000);
  upload.abort();
  return answer;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

describe.each(testDatabaseKinds())('uploads on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  let spareToken: string;
  // A second platform whose upload limit is small, for the size cases.
  let limitedDb: TestDatabase;
  let limited: Platform;
  let g: Fixture;
  const tempFiles = (of: TestDatabase = db) => readdirSync(join(of.dataDir, 'uploads'));
  beforeAll(async () => {
    limitedDb = await kind.create();
    limited = await startTestPlatform(limitedDb, { limits: { maxUploadBytes: 100_000 } });
    g = await createFixture(limited);
    db = await kind.create();
    platform = await startTestPlatform(db, {
      limits: { uploads: { perAccount: 2, perProcess: 3, processingBytes: 8 * 1024 * 1024 } },
    });
    f = await createFixture(platform);
    const requester = toPrincipal((await platform.services.accounts.byId(f.ids.requester))!);
    const spare = await platform.services.accounts.create({
      email: 'spare-requester@test.example',
      displayName: 'spare',
      password: 'spare-password',
      role: 'requester',
      organisationId: requester.organisationId,
    });
    spareToken = await mintAccessToken(platform, spare.id);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
    await limited?.close();
    await limitedDb?.dispose();
  });

  it("item 3: an expert member's 64 MiB upload is refused before its body is read", async () => {
    const body = multipart(new Uint8Array(64 * 1024 * 1024));
    for (const [token, status] of [
      [f.tokens.owner, 403], // a member who may read but not upload
      [f.tokens.otherExpert, 404], // not a member: the project does not exist for them
      [undefined, 401],
    ] as const) {
      // Only the first 64 KiB are sent: an answer means the body was not waited for.
      const answer = await answerThenHangUp(startUpload(platform, f.projectP, token, body));
      expect(answer === 'no answer' ? answer : answer.status).toBe(status);
    }
    expect(tempFiles()).toEqual([]);
  });

  it('item 3: a declared body over the limit is refused before it is read', async () => {
    const body = multipart(new Uint8Array(4 * 1024 * 1024));
    const answer = await answerThenHangUp(
      startUpload(limited, g.projectP, g.tokens.requester, body),
    );
    expect(answer === 'no answer' ? answer : answer.status).toBe(413);
  });

  it('item 3: uploads in progress are capped per account (429) and per process (503)', async () => {
    const content = encoder.encode('held upload text. '.repeat(20_000));
    const held = [
      startUpload(platform, f.projectP, f.tokens.requester, multipart(content, 'h1.txt')),
      startUpload(platform, f.projectP, f.tokens.requester, multipart(content, 'h2.txt')),
    ];
    await until(() => tempFiles().length === 2, 'two uploads to start');
    const third = await answerThenHangUp(
      startUpload(platform, f.projectP, f.tokens.requester, multipart(content)),
    );
    expect(third).toMatchObject({ status: 429, body: { error: 'rateLimited' } });
    expect((third as Answer).body.message).toContain('2 uploads in progress');
    held.push(startUpload(platform, f.projectP, f.tokens.admin, multipart(content, 'h3.txt')));
    await until(() => tempFiles().length === 3, 'a third upload to start');
    const full = await answerThenHangUp(
      startUpload(platform, f.projectP, spareToken, multipart(content)),
    );
    expect(full).toMatchObject({ status: 503, body: { error: 'unavailable' } });
    expect(Number((full as Answer).headers['retry-after'])).toBeGreaterThan(0);

    // A client that goes away gives its slot back (and its temporary file is removed).
    held.shift()!.abort();
    await until(() => tempFiles().length === 2, 'the abandoned upload to be cleaned up');
    const after = await startUpload(
      platform,
      f.projectP,
      spareToken,
      multipart(content, 's.txt'),
    ).finish();
    expect(after.status).toBe(201);
    // The ones held open all along finish normally.
    expect((await Promise.all(held.map((h) => h.finish()))).map((a) => a.status)).toEqual([
      201, 201,
    ]);
    expect(tempFiles()).toEqual([]);
  });

  it('item 3: temporary files are removed on every path, and a file name must be UTF-8', async () => {
    const send = (content: Uint8Array, name: string | Uint8Array = 'x.txt', field = 'file') =>
      startUpload(
        platform,
        f.projectP,
        f.tokens.requester,
        multipart(content, name, field),
      ).finish();
    const named = await send(encoder.encode('fine text'), 'Règlement 😀.txt');
    expect(named).toMatchObject({ status: 201, body: { name: 'Règlement 😀.txt' } });
    expect((await send(new Uint8Array([0xc3, 0x28, 0x41]))).status).toBe(422); // not UTF-8
    expect((await send(new Uint8Array())).status).toBe(422); // empty
    expect((await send(encoder.encode('x'), 'x.txt', 'other')).status).toBe(400);
    const badName = await send(
      encoder.encode('text'),
      new Uint8Array([0x52, 0xe8, 0x67, 0x2e, 0x74]),
    );
    expect(badName).toMatchObject({
      status: 400,
      body: { message: 'the file name is not valid UTF-8' },
    });
    expect(tempFiles()).toEqual([]);

    // Near the limit is fine; over it without declaring a length (a stream) is cut off while
    // read, and nothing is left behind.
    const near = startUpload(
      limited,
      g.projectP,
      g.tokens.requester,
      multipart(new Uint8Array(90_000).fill(0x61), 'near.txt'),
      0,
    );
    expect((await near.finish()).status).toBe(201);
    const over = multipart(new Uint8Array(200_000).fill(0x61));
    const chunked = await fetch(`${limited.url}/projects/${g.projectP}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${g.tokens.requester}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      body: new Blob([over.head, over.content, over.tail]).stream(),
      duplex: 'half',
    });
    expect(chunked.status).toBe(413);
    expect(tempFiles(limitedDb)).toEqual([]);
  });

  it('item 3: temporary files a crashed process left behind are removed at start', async () => {
    const fresh = await kind.create();
    mkdirSync(join(fresh.dataDir, 'uploads'));
    writeFileSync(join(fresh.dataDir, 'uploads', 'left-behind.part'), 'half an upload');
    const restarted = await startTestPlatform(fresh);
    try {
      expect(tempFiles(fresh)).toEqual([]);
    } finally {
      await restarted.close();
      await fresh.dispose();
    }
  });
});
