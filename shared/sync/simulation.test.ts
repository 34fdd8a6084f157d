/**
 * Randomised schedules: several clients edit offline and sync through a faulty network (lost
 * requests, lost responses, duplicated and reordered deliveries, client crashes). Afterwards the
 * network heals and everyone syncs; every client must see exactly the server's state, and every
 * mutation must be either applied once or in its client's rejected list.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationWire } from '../model/annotationSchema';
import { FakeServer } from './fakeServer';
import type { Mutation, PullResponse, PushRequest, PushResponse } from './protocol';
import { INITIAL_CURSOR } from './cursor';
import {
  applyChanges,
  localView,
  nextBatch,
  settlePush,
  type RejectedMutation,
  type ServerCopy,
} from './reconcile';

const P = '00000000-0000-7000-8000-000000000001';
const D = '00000000-0000-7000-8000-000000000002';
const EXPERT = '00000000-0000-7000-8000-0000000000e1';
const REVIEWER = '00000000-0000-7000-8000-0000000000f1';

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
  readonly userId: string;
  nextId: number;
  // Persisted (survives a crash):
  outbox: Mutation[];
  rejected: RejectedMutation[];
  base: Map<string, ServerCopy>;
  cursor: string;
  // In memory only:
  pushInFlight: boolean;
  pullInFlight: boolean;
}

type Message =
  | { to: 'server'; client: Client; kind: 'push'; request: PushRequest }
  | { to: 'server'; client: Client; kind: 'pull'; cursor: string }
  | { to: 'client'; client: Client; kind: 'push'; response: PushResponse | { error: string } }
  | { to: 'client'; client: Client; kind: 'pull'; cursor: string; response: PullResponse };

const annotationIds = Array.from(
  { length: 12 },
  (_, i) => `00000000-0000-7000-8000-${(0xa00 + i).toString(16).padStart(12, '0')}`,
);

function runSchedule(seed: number, steps: number) {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const clients: Client[] = [
    ...['c1', 'c2', 'c3'].map((c) => ({ c, userId: EXPERT })),
    { c: 'c4', userId: REVIEWER },
  ].map(({ c, userId }) => ({
    clientId: `00000000-0000-7000-8000-0000000000${c.slice(1).padStart(2, '0')}`,
    userId,
    nextId: 1,
    outbox: [],
    rejected: [],
    base: new Map(),
    cursor: INITIAL_CURSOR,
    pushInFlight: false,
    pullInFlight: false,
  }));
  const owner = new Map(clients.map((c) => [c.clientId, c.userId]));
  const server = new FakeServer({
    accountOf: (clientId) => owner.get(clientId)!,
    canWrite: () => true,
    canEditOthers: (userId) => userId === REVIEWER,
    document: (projectId, documentId) =>
      projectId === P && documentId === D ? { text: 'x'.repeat(100) } : undefined,
  });
  let network: Message[] = [];
  let faulty = true;

  const edit = (client: Client) => {
    const annotationId = pick(annotationIds);
    const mutation: Mutation =
      random() < 0.25
        ? { id: client.nextId, kind: 'annotation.delete', projectId: P, annotationId }
        : {
            id: client.nextId,
            kind: 'annotation.put',
            annotation: {
              id: annotationId,
              projectId: P,
              documentId: random() < 0.05 ? P : D, // now and then a document that does not exist
              target: { kind: 'document' },
              body: { labels: [`${client.clientId.slice(-2)}-${client.nextId}`] },
              createdAt: '2025-01-01T00:00:00Z',
              updatedAt: '2025-01-01T00:00:00Z',
            } satisfies AnnotationWire,
          };
    client.nextId += 1;
    client.outbox.push(mutation);
  };

  const send = (message: Message) => {
    if (faulty && random() < 0.15) return; // lost
    network.push(message);
    if (faulty && random() < 0.1) network.push(message); // duplicated
  };

  const deliver = (message: Message) => {
    const { client } = message;
    if (message.to === 'server') {
      if (message.kind === 'push') {
        send({ to: 'client', client, kind: 'push', response: server.push(message.request) });
      } else {
        send({
          to: 'client',
          client,
          kind: 'pull',
          cursor: message.cursor,
          response: server.pull(P, message.cursor, 3),
        });
      }
      return;
    }
    if (message.kind === 'push') {
      client.pushInFlight = false;
      if ('error' in message.response) return; // a stale push raced a newer one; retry later
      const settled = settlePush(client.outbox, message.response);
      client.outbox = settled.outbox;
      client.rejected.push(...settled.rejected);
    } else {
      client.pullInFlight = false;
      // Only the answer to the cursor we hold moves us on; a late or duplicated page is dropped.
      if (message.cursor !== client.cursor) return;
      client.base = applyChanges(client.base, message.response.changes);
      client.cursor = message.response.cursor;
    }
  };

  const act = (client: Client) => {
    const r = random();
    if (r < 0.4) edit(client);
    else if (r < 0.6) {
      if (client.outbox.length > 0 && (!client.pushInFlight || random() < 0.1)) {
        client.pushInFlight = true; // (or a timeout: resend while one may still be out there)
        send({
          to: 'server',
          client,
          kind: 'push',
          request: { clientId: client.clientId, mutations: nextBatch(client.outbox, 4) },
        });
      }
    } else if (r < 0.8) {
      if (!client.pullInFlight || random() < 0.1) {
        client.pullInFlight = true;
        send({ to: 'server', client, kind: 'pull', cursor: client.cursor });
      }
    } else if (r < 0.83) {
      client.pushInFlight = false; // crash: in-memory state gone, Dexie state kept
      client.pullInFlight = false;
    }
  };

  for (let step = 0; step < steps; step++) {
    if (network.length > 0 && random() < 0.5) {
      const index = Math.floor(random() * network.length); // any order
      const [message] = network.splice(index, 1);
      deliver(message!);
    } else {
      act(pick(clients));
    }
  }

  // Heal the network: drain what is in flight, then sync every client until quiet.
  faulty = false;
  for (const message of network) deliver(message);
  network = [];
  for (let round = 0; round < 1000; round++) {
    let busy = false;
    for (const client of clients) {
      if (client.outbox.length > 0) {
        busy = true;
        deliver({
          to: 'server',
          client,
          kind: 'push',
          request: { clientId: client.clientId, mutations: nextBatch(client.outbox, 4) },
        });
      }
    }
    for (const message of network.splice(0)) deliver(message);
    if (!busy) break;
  }
  for (const client of clients) {
    for (;;) {
      deliver({ to: 'server', client, kind: 'pull', cursor: client.cursor });
      const [answer] = network.splice(0);
      const more = answer?.kind === 'pull' && answer.to === 'client' && answer.response.hasMore;
      deliver(answer!);
      if (!more) break;
    }
  }
  return { clients, server };
}

describe('sync under faults (seeded schedules)', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`seed ${seed}: clients converge, nothing lost or applied twice`, () => {
      const { clients, server } = runSchedule(seed, 400);
      const truth = server.snapshot(P);
      for (const client of clients) {
        expect(client.outbox).toEqual([]);
        expect(localView(client.base, client.outbox)).toEqual(truth);
        // Every mutation the client made is settled: applied or visibly rejected, once.
        expect(server.lastSettled(client.clientId)).toBe(client.nextId - 1);
        const rejectedIds = client.rejected.map((r) => r.mutation.id);
        expect(new Set(rejectedIds).size).toBe(rejectedIds.length);
      }
      // The live annotations carry the label of the last applied put, so were applied in order.
      for (const annotation of truth.values()) {
        expect(annotation.body.labels).toHaveLength(1);
      }
    });
  }

  it('schedules really exercise rejections, deletions and many mutations', () => {
    let mutations = 0;
    let rejected = 0;
    const reasons = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const { clients } = runSchedule(seed, 400);
      for (const c of clients) {
        mutations += c.nextId - 1;
        rejected += c.rejected.length;
        for (const r of c.rejected) reasons.add(r.reason);
      }
    }
    expect(mutations).toBeGreaterThan(3000);
    expect(rejected).toBeGreaterThan(50);
    expect([...reasons].sort()).toEqual(['deleted', 'forbidden', 'notFound']);
  });
});
