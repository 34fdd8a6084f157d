/**
 * Property test of the client rules (pending.ts) against the server rules (fakeServer.ts) over a
 * seeded faulty network: lost, duplicated and reordered messages, lost answers, client crashes,
 * and client clocks up to 400 days off. fast-check draws 1,000 schedules per run (override with
 * SYNC_SIM_RUNS; replay a failure with SYNC_SIM_SEED and SYNC_SIM_PATH, which it prints).
 *
 * After the network heals and every client syncs: outboxes and bases are empty, every client sees
 * exactly the server's state, every mutation was applied once or is in its client's rejected list
 * (never both, never twice), and the server holds, for each annotation, the last write it applied.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationWire } from '../model/annotationSchema';
import { mutationAnnotationId } from './apply';
import { INITIAL_CURSOR } from './cursor';
import { FakeServer } from './fakeServer';
import { mayPull, routePull, settleBatch, type BaseCopy } from './pending';
import type { Mutation, PullResponse, PushResponse } from './protocol';
import type { RejectedMutation } from './reconcile';
import { baseBeforeEdit } from './pending';

const P = '00000000-0000-7000-8000-000000000001';
const D = '00000000-0000-7000-8000-000000000002';
const USERS = ['00000000-0000-7000-8000-0000000000e1', '00000000-0000-7000-8000-0000000000e2'];
const IDS = Array.from(
  { length: 8 },
  (_, i) => `00000000-0000-7000-8000-${(0xa00 + i).toString(16).padStart(12, '0')}`,
);
const DAY = 86_400_000;
const EPOCH = Date.parse('2026-01-01T00:00:00Z');

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Client {
  readonly clientId: string;
  readonly skewMs: number;
  nextId: number;
  // Kept in the local database (survives a crash):
  view: Map<string, AnnotationWire>;
  base: Map<string, BaseCopy>;
  outbox: Mutation[];
  rejected: RejectedMutation[];
  cursor: string;
  // In memory only:
  sentUpTo: number;
  pulling: boolean;
}

type Message =
  | { kind: 'push'; client: Client; batch: Mutation[] }
  | { kind: 'pull'; client: Client; cursor: string }
  | { kind: 'pushed'; client: Client; batch: Mutation[]; response: PushResponse | undefined }
  | { kind: 'pulled'; client: Client; cursor: string; page: PullResponse };

function simulate(seed: number, steps: number, skewDays: readonly number[]) {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const owner = new Map<string, string>();
  const clients: Client[] = skewDays.map((days, i) => {
    const clientId = `00000000-0000-7000-8000-0000000000c${i}`;
    owner.set(clientId, USERS[i % 2]!);
    return {
      clientId,
      skewMs: days * DAY,
      nextId: 1,
      view: new Map(),
      base: new Map(),
      outbox: [],
      rejected: [],
      cursor: INITIAL_CURSOR,
      sentUpTo: 0,
      pulling: false,
    };
  });
  const server = new FakeServer({
    accountOf: (c) => owner.get(c)!,
    canWrite: () => true,
    canEditOthers: () => false,
    document: (p, d) => (p === P && d === D ? { text: 'x'.repeat(100) } : undefined),
  });
  const applied = new Set<string>();
  const lastWrite = new Map<string, AnnotationWire | null>();
  let clock = EPOCH;
  const network: Message[] = [];
  let faulty = true;
  const stats = { routedToBase: 0, restored: 0, droppedInDoubt: 0 };

  const send = (m: Message) => {
    if (faulty && random() < 0.15) return;
    network.push(m);
    if (faulty && random() < 0.1) network.push(m);
  };

  const edit = (c: Client) => {
    const id = pick(IDS);
    const hasPending = c.outbox.some((m) => mutationAnnotationId(m) === id);
    if (random() < 0.25) {
      if (!c.view.has(id)) return; // the repository ignores deletions of what it does not have
      const b = baseBeforeEdit(c.base.get(id), hasPending, c.view.get(id));
      if (b) c.base.set(id, b);
      c.view.delete(id);
      c.outbox.push({ id: c.nextId++, kind: 'annotation.delete', projectId: P, annotationId: id });
      return;
    }
    const b = baseBeforeEdit(c.base.get(id), hasPending, c.view.get(id));
    if (b) c.base.set(id, b);
    const at = new Date(clock + c.skewMs).toISOString(); // display only: a skewed client clock
    const annotation: AnnotationWire = {
      id,
      projectId: P,
      documentId: random() < 0.05 ? P : D,
      target: { kind: 'document' },
      body: { labels: [`${c.clientId.slice(-2)}-${c.nextId}`] },
      createdAt: c.view.get(id)?.createdAt ?? at,
      updatedAt: at,
    };
    c.view.set(id, annotation);
    c.outbox.push({ id: c.nextId++, kind: 'annotation.put', annotation });
  };

  const serverPush = (c: Client, batch: Mutation[]): PushResponse | undefined => {
    const response = server.push({ clientId: c.clientId, mutations: batch });
    if ('error' in response) return undefined;
    for (const o of response.outcomes) {
      const key = `${c.clientId}:${o.id}`;
      const m = batch.find((x) => x.id === o.id)!;
      if (o.status !== 'applied' || applied.has(key)) continue;
      applied.add(key);
      const id = mutationAnnotationId(m);
      if (m.kind === 'annotation.put') lastWrite.set(id, server.snapshot(P).get(id) ?? null);
      else lastWrite.set(id, null);
    }
    return response;
  };

  const onPushed = (c: Client, batch: Mutation[], response: PushResponse | undefined) => {
    if (!response) return; // a gap (a stale push): stays in doubt until a later push settles it
    const present = batch.filter((m) => c.outbox.some((o) => o.id === m.id));
    const ids = new Set(present.map(mutationAnnotationId));
    const result = settleBatch({
      batch: present,
      response,
      base: new Map([...c.base].filter(([id]) => ids.has(id))),
      outboxRows: c.outbox
        .filter((m) => ids.has(mutationAnnotationId(m)))
        .map((m) => [m.id, mutationAnnotationId(m)] as const),
    });
    const done = new Set(result.settled);
    c.outbox = c.outbox.filter((m) => !done.has(m.id));
    c.rejected.push(...result.rejected);
    for (const [id, copy] of result.base) c.base.set(id, copy);
    for (const id of result.drained) c.base.delete(id);
    stats.restored += result.restore.size;
    for (const [id, state] of result.restore) {
      if (state) c.view.set(id, state);
      else c.view.delete(id);
    }
  };

  const onPulled = (c: Client, cursor: string, page: PullResponse) => {
    c.pulling = false;
    if (cursor !== c.cursor) return;
    if (!mayPull(c.outbox[0]?.id, c.sentUpTo)) {
      stats.droppedInDoubt++;
      return;
    }
    const pending = new Set(c.outbox.map(mutationAnnotationId));
    const routed = routePull(page.changes, pending, c.base);
    stats.routedToBase += routed.base.size;
    for (const id of routed.deletes) c.view.delete(id);
    for (const [id, a] of routed.puts) c.view.set(id, a);
    for (const [id, copy] of routed.base) c.base.set(id, copy);
    c.cursor = page.cursor;
  };

  const deliver = (m: Message) => {
    if (m.kind === 'push') send({ ...m, kind: 'pushed', response: serverPush(m.client, m.batch) });
    else if (m.kind === 'pull') send({ ...m, kind: 'pulled', page: server.pull(P, m.cursor, 3) });
    else if (m.kind === 'pushed') onPushed(m.client, m.batch, m.response);
    else onPulled(m.client, m.cursor, m.page);
  };

  const push = (c: Client) => {
    const batch = c.outbox.slice(0, 4);
    if (batch.length === 0) return;
    c.sentUpTo = Math.max(c.sentUpTo, batch.at(-1)!.id);
    send({ kind: 'push', client: c, batch });
  };
  const pull = (c: Client) => {
    if ((c.pulling && random() > 0.1) || !mayPull(c.outbox[0]?.id, c.sentUpTo)) return;
    c.pulling = true;
    send({ kind: 'pull', client: c, cursor: c.cursor });
  };

  for (let step = 0; step < steps; step++) {
    clock += 1000;
    if (network.length > 0 && random() < 0.5) {
      deliver(network.splice(Math.floor(random() * network.length), 1)[0]!);
      continue;
    }
    const c = pick(clients);
    const r = random();
    if (r < 0.4) edit(c);
    else if (r < 0.6) push(c);
    else if (r < 0.8) pull(c);
    else if (r < 0.84) {
      // Crash: memory is lost; any row left in the outbox may have been sent.
      c.pulling = false;
      c.sentUpTo = c.outbox.at(-1)?.id ?? 0;
    }
  }

  // Heal: deliver what is in flight, then each client pushes until empty and pulls until done.
  faulty = false;
  while (network.length > 0) deliver(network.shift()!);
  for (let round = 0; round < 3; round++) {
    for (const c of clients) {
      for (let i = 0; c.outbox.length > 0 && i < 1000; i++) {
        push(c);
        while (network.length > 0) deliver(network.shift()!);
      }
    }
    for (const c of clients) {
      for (let i = 0; i < 1000; i++) {
        c.pulling = false;
        pull(c);
        const before = c.cursor;
        while (network.length > 0) deliver(network.shift()!);
        if (c.cursor === before) break;
      }
    }
  }
  return { clients, server, applied, lastWrite, stats };
}

const RUNS = Number(process.env.SYNC_SIM_RUNS ?? 1000);
const SEED = process.env.SYNC_SIM_SEED ? Number(process.env.SYNC_SIM_SEED) : undefined;

describe('client sync rules under faults (fast-check)', () => {
  it(`converge with nothing lost or doubled over ${RUNS} schedules`, () => {
    const skew = fc.integer({ min: -400, max: 400 });
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 20, max: 300 }),
        fc.array(skew, { minLength: 2, maxLength: 4 }),
        (seed, steps, skewDays) => {
          const { clients, server, applied, lastWrite } = simulate(seed, steps, skewDays);
          const truth = server.snapshot(P);
          for (const c of clients) {
            expect(c.outbox).toEqual([]);
            expect(c.base.size).toBe(0);
            expect(c.view).toEqual(truth);
            expect(server.lastSettled(c.clientId)).toBe(c.nextId - 1);
            const rejected = c.rejected.map((r) => r.mutation.id);
            expect(new Set(rejected).size).toBe(rejected.length);
            for (const id of rejected) expect(applied.has(`${c.clientId}:${id}`)).toBe(false);
            for (let id = 1; id < c.nextId; id++)
              expect(applied.has(`${c.clientId}:${id}`) || rejected.includes(id)).toBe(true);
          }
          for (const [id, last] of lastWrite) expect(truth.get(id) ?? null).toEqual(last);
        },
      ),
      {
        numRuns: RUNS,
        ...(SEED === undefined ? {} : { seed: SEED }),
        ...(process.env.SYNC_SIM_PATH ? { path: process.env.SYNC_SIM_PATH } : {}),
      },
    );
  });

  it('schedules really exercise rejections, pulls into bases, restores and in-doubt pulls', () => {
    const totals = { rejected: 0, routedToBase: 0, restored: 0, droppedInDoubt: 0 };
    for (let seed = 1; seed <= 100; seed++) {
      const { clients, stats } = simulate(seed, 300, [400, -400, 0]);
      totals.rejected += clients.reduce((n, c) => n + c.rejected.length, 0);
      totals.routedToBase += stats.routedToBase;
      totals.restored += stats.restored;
      totals.droppedInDoubt += stats.droppedInDoubt;
    }
    expect(totals.rejected).toBeGreaterThan(1000);
    expect(totals.routedToBase).toBeGreaterThan(100);
    expect(totals.restored).toBeGreaterThan(500);
    expect(totals.droppedInDoubt).toBeGreaterThan(50);
  });
});
