import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import {
  applyChanges,
  localView,
  settlePush,
  type ServerCopy,
} from '../../../shared/sync/reconcile';
import type { Platform } from '../platform';
import { type Fixture } from '../testing/fixture';
import { api } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';

/** A mutation before the client numbers it. */
type Unnumbered = Mutation extends infer M ? (M extends unknown ? Omit<M, 'id'> : never) : never;

describe.each(testDatabaseKinds())('sync on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  const annotation = (over: Partial<AnnotationWire> = {}): AnnotationWire => ({
    id: uuidv7(),
    projectId: f.projectP,
    documentId: f.documentP,
    target: {
      kind: 'span',
      position: { start: 4, end: 12 },
      quote: { exact: 'Licensee', prefix: 'The ', suffix: ' shall' },
    },
    body: { labels: ['indemnity'] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  });
  const push = (token: string | undefined, clientId: string, mutations: Mutation[]) =>
    api(platform, 'POST', '/sync/push', { token, body: { clientId, mutations } });
  const pull = (token: string | undefined, cursor = '', limit = 500) =>
    api(
      platform,
      'GET',
      `/sync/pull?projectId=${f.projectP}&cursor=${encodeURIComponent(cursor)}&limit=${limit}`,
      { token },
    );

  it('applies a push once; a replay reports the same outcomes and changes nothing', async () => {
    const clientId = uuidv7();
    const a = annotation();
    const mutations: Mutation[] = [
      { id: 1, kind: 'annotation.put', annotation: a },
      { id: 2, kind: 'annotation.put', annotation: { ...a, body: { labels: ['cap'] } } },
      {
        id: 3,
        kind: 'annotation.put',
        annotation: annotation({ body: { labels: ['no-such-label'] } }),
      },
    ];
    const first = await push(f.tokens.owner, clientId, mutations);
    expect(first).toMatchObject({
      status: 200,
      body: {
        lastMutationId: 3,
        outcomes: [
          { id: 1, status: 'applied' },
          { id: 2, status: 'applied' },
          { id: 3, status: 'rejected', reason: 'invalid' },
        ],
      },
    });
    const before = (await pull(f.tokens.owner)).body as PullResponse;
    const replay = await push(f.tokens.owner, clientId, mutations);
    expect(replay.body).toEqual(first.body);
    const after = (await pull(f.tokens.owner)).body as PullResponse;
    expect(after).toEqual(before);
    const change = after.changes.find((c) => c.annotationId === a.id)!;
    expect(change.annotation?.body.labels).toEqual(['cap']);
    // The server names the creator; the client's claim is never trusted.
    expect(change.annotation?.creatorId).toBe(f.ids.owner);
  });

  it('refuses a gap and applies nothing of that push', async () => {
    const clientId = uuidv7();
    expect(
      (
        await push(f.tokens.owner, clientId, [
          { id: 1, kind: 'annotation.put', annotation: annotation() },
        ])
      ).status,
    ).toBe(200);
    const b = annotation();
    const gap = await push(f.tokens.owner, clientId, [
      { id: 2, kind: 'annotation.put', annotation: b },
      { id: 4, kind: 'annotation.put', annotation: annotation() },
    ]);
    expect(gap).toMatchObject({
      status: 409,
      body: { error: 'mutationGap', expectedMutationId: 2 },
    });
    const state = (await pull(f.tokens.owner)).body as PullResponse;
    expect(state.changes.some((c) => c.annotationId === b.id)).toBe(false);
    const outOfOrder = await push(f.tokens.owner, clientId, [
      { id: 3, kind: 'annotation.put', annotation: annotation() },
      { id: 2, kind: 'annotation.put', annotation: annotation() },
    ]);
    expect(outOfOrder.status).toBe(400);
  });

  it('concurrent pushes (one transaction on SQLite) settle independently', async () => {
    const clients = Array.from({ length: 12 }, () => uuidv7());
    const annotations = clients.map(() => annotation());
    const results = await Promise.all(
      clients.map((clientId, i) =>
        push(f.tokens.owner, clientId, [
          // Every third push starts with a gap and must be refused alone.
          { id: i % 3 === 0 ? 2 : 1, kind: 'annotation.put', annotation: annotations[i]! },
        ]),
      ),
    );
    results.forEach((r, i) => expect(r.status, `push ${i}`).toBe(i % 3 === 0 ? 409 : 200));
    const state = (await pull(f.tokens.owner)).body as PullResponse;
    const present = new Set(state.changes.map((c) => c.annotationId));
    annotations.forEach((a, i) => expect(present.has(a.id), `annotation ${i}`).toBe(i % 3 !== 0));
  });

  it('keeps a client id to the account that first used it', async () => {
    const clientId = uuidv7();
    expect(
      (
        await push(f.tokens.owner, clientId, [
          { id: 1, kind: 'annotation.put', annotation: annotation() },
        ])
      ).status,
    ).toBe(200);
    const hijack = await push(f.tokens.reviewer, clientId, [
      { id: 2, kind: 'annotation.put', annotation: annotation() },
    ]);
    expect(hijack.status).toBe(403);
  });

  it('rejects (and reports) mutations into projects the caller may not write, still advancing', async () => {
    const clientId = uuidv7();
    const result = await push(f.tokens.owner, clientId, [
      {
        id: 1,
        kind: 'annotation.put',
        annotation: annotation({ projectId: f.projectQ, documentId: f.documentQ }),
      },
      { id: 2, kind: 'annotation.put', annotation: annotation() },
    ]);
    expect(result.body).toEqual({
      lastMutationId: 2,
      outcomes: [
        { id: 1, status: 'rejected', reason: 'forbidden' },
        { id: 2, status: 'applied' },
      ],
    });
  });

  it('pages pulls by a server cursor and refuses cursors it did not issue', async () => {
    const clientId = uuidv7();
    const mutations: Mutation[] = Array.from({ length: 25 }, (_, i) => ({
      id: i + 1,
      kind: 'annotation.put' as const,
      annotation: annotation(),
    }));
    await push(f.tokens.reviewer, clientId, mutations);
    let cursor = '';
    const seen: number[] = [];
    for (;;) {
      const page = (await pull(f.tokens.reviewer, cursor, 7)).body as PullResponse;
      seen.push(...page.changes.map((c) => c.version));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(25);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
    const empty = (await pull(f.tokens.reviewer, cursor)).body as PullResponse;
    expect(empty).toMatchObject({ changes: [], cursor, hasMore: false });
    expect((await pull(f.tokens.reviewer, 'v1.!!')).status).toBe(400);
    expect((await pull(f.tokens.reviewer, '', 5000)).status).toBe(400);
  });

  it('experts pull their own annotations; reviewers pull everyone’s', async () => {
    const reviewerAll = ((await pull(f.tokens.reviewer)).body as PullResponse).changes;
    const ownerOnly = ((await pull(f.tokens.owner)).body as PullResponse).changes;
    expect(ownerOnly.every((c) => c.deleted || c.annotation?.creatorId === f.ids.owner)).toBe(true);
    expect(reviewerAll.length).toBeGreaterThan(ownerOnly.length);
  });

  it('three clients converge, deletions included', async () => {
    type Client = {
      id: string;
      token: string;
      next: number;
      outbox: Mutation[];
      base: Map<string, ServerCopy>;
      cursor: string;
    };
    const clients: Client[] = [f.tokens.owner!, f.tokens.owner!, f.tokens.reviewer!].map(
      (token) => ({
        id: uuidv7(),
        token,
        next: 1,
        outbox: [],
        base: new Map(),
        cursor: '',
      }),
    );
    const shared = annotation();
    const enqueue = (c: Client, m: Unnumbered) => c.outbox.push({ ...m, id: c.next++ });
    enqueue(clients[0]!, { kind: 'annotation.put', annotation: shared });
    enqueue(clients[1]!, { kind: 'annotation.put', annotation: annotation() });
    enqueue(clients[2]!, { kind: 'annotation.put', annotation: annotation() });
    const sync = async (c: Client) => {
      if (c.outbox.length) {
        const r = (await push(c.token, c.id, c.outbox)).body as PushResponse;
        c.outbox = settlePush(c.outbox, r).outbox;
      }
      for (;;) {
        const page = (await pull(c.token, c.cursor)).body as PullResponse;
        c.base = applyChanges(c.base, page.changes);
        c.cursor = page.cursor;
        if (!page.hasMore) break;
      }
    };
    await Promise.all(clients.map(sync));
    enqueue(clients[1]!, {
      kind: 'annotation.put',
      annotation: { ...shared, body: { labels: ['cap'] } },
    });
    enqueue(clients[2]!, {
      kind: 'annotation.delete',
      projectId: f.projectP,
      annotationId: shared.id,
    });
    await Promise.all(clients.map(sync));
    await Promise.all(clients.map(sync));
    const [one, two] = clients.map((c) => localView(c.base, c.outbox));
    expect(one).toEqual(two);
    expect(one!.has(shared.id)).toBe(false);
    const reviewerView = localView(clients[2]!.base, []);
    for (const [id, value] of one!) expect(reviewerView.get(id)).toEqual(value);
  });

  it('pokes SSE listeners after a push commits (first event flushed at once)', async () => {
    const controller = new AbortController();
    const response = await fetch(`${platform.url}/events`, {
      headers: { authorization: `Bearer ${f.tokens.reviewer}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = '';
    const until = async (needle: string) => {
      while (!received.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        received += decoder.decode(value, { stream: true });
      }
    };
    await until('event: ready');
    await push(f.tokens.owner, uuidv7(), [
      { id: 1, kind: 'annotation.put', annotation: annotation() },
    ]);
    await until(`"projectId":"${f.projectP}"`);
    controller.abort();
    const anonymous = await fetch(`${platform.url}/events`);
    expect(anonymous.status).toBe(401);
  });
});
