import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
} from '../../../shared/model/ids';
import { deleteAnnotations, putAnnotations } from '../db/annotations';
import { GlossatorDb } from '../db/schema';
import { createFakePlatform, DOCUMENT, PROJECT, USER } from '../test/fakePlatform';
import { createSyncEngine, type SyncEngine, type SyncStatus } from './engine';

let database: GlossatorDb;
let platform: ReturnType<typeof createFakePlatform>;
let engine: SyncEngine;
let statuses: SyncStatus[];

function makeEngine(db = database, fake = platform): SyncEngine {
  return createSyncEngine({
    db,
    call: fake.call,
    onStatus: (s) => statuses.push(s),
    projects: () => Promise.resolve([PROJECT]),
    pushBatch: 7,
    pullLimit: 5,
    retryBaseMs: 1,
    retryCapMs: 5,
    random: () => 0,
  });
}

beforeEach(() => {
  database = new GlossatorDb(`engine-${Date.now()}-${Math.random()}`);
  platform = createFakePlatform();
  statuses = [];
  engine = makeEngine();
});
afterEach(async () => {
  engine.stop();
  await engine.idle();
  database.close();
  await Dexie.delete(database.name);
});

function annotation(label: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id: newId<AnnotationId>(),
    projectId: PROJECT as ProjectId,
    documentId: DOCUMENT as DocumentId,
    target: { kind: 'document' },
    body: { labels: [label] },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

async function syncOnce(e = engine): Promise<void> {
  e.retryNow();
  await e.idle();
}

async function localIds(db = database): Promise<string[]> {
  return (await db.annotations.toArray()).map((a) => a.id).sort();
}

describe('sync engine', () => {
  it('pushes the outbox in batches, empties it only as the server confirms, then pulls back', async () => {
    const made = Array.from({ length: 30 }, (_, i) => annotation(`l${i}`));
    await putAnnotations(database, made);
    await syncOnce();
    expect(await database.outbox.count()).toBe(0);
    expect(platform.log.filter((l) => l.op === 'sync.push').map((l) => l.size)).toEqual([
      7, 7, 7, 7, 2,
    ]);
    expect([...platform.server.snapshot(PROJECT).keys()].sort()).toEqual(
      made.map((a) => a.id).sort(),
    );
    // The pull brought the server's copies back (with the creator the server set).
    const local = await database.annotations.toArray();
    expect(local.every((a) => a.creatorId === USER)).toBe(true);
    expect(await database.baseCopies.count()).toBe(0);
    expect(statuses.at(-1)).toMatchObject({ phase: 'idle', pushed: 30, pulled: 30 });
  });

  it('keeps everything when the platform is unreachable and sends it once it is back', async () => {
    platform.faults.offline = true;
    await putAnnotations(database, [annotation('a'), annotation('b')]);
    engine.start();
    await engine.idle();
    expect(engine.status().phase).toBe('offline');
    expect(await database.outbox.count()).toBe(2);
    platform.faults.offline = false;
    engine.retryNow();
    await engine.idle();
    expect(await database.outbox.count()).toBe(0);
    expect(platform.server.snapshot(PROJECT).size).toBe(2);
  });

  it('does not apply a change twice when the answer to a push is lost, and does not pull meanwhile', async () => {
    await putAnnotations(database, [annotation('a')]);
    platform.faults.loseAcks = 1;
    engine.start();
    await engine.idle();
    expect(engine.status().phase).toBe('offline');
    expect(platform.log.map((l) => l.op)).toEqual(['sync.push']);
    expect(await database.outbox.count()).toBe(1);
    engine.retryNow();
    await engine.idle();
    expect(await database.outbox.count()).toBe(0);
    expect(
      platform.server.lastSettled((await database.syncState.get('clientId'))!.value as string),
    ).toBe(1);
    expect(platform.server.snapshot(PROJECT).size).toBe(1);
  });

  it('orders a concurrent edit from another device by the server, not by clocks', async () => {
    const a = annotation('mine');
    await putAnnotations(database, [a]);
    await syncOnce();
    // Another device changes it first (its clock says a year later)…
    platform.server.push({
      clientId: newId<AnnotationId>(),
      mutations: [
        {
          id: 1,
          kind: 'annotation.put',
          annotation: {
            ...(a as unknown as AnnotationWire),
            body: { labels: ['theirs'] },
            updatedAt: '2027-01-01T00:00:00.000Z',
          },
        },
      ],
    });
    // …then this one edits it offline: the later commit wins, whatever the timestamps say.
    await putAnnotations(database, [{ ...a, body: { labels: ['local'] } }]);
    await syncOnce();
    expect((await database.annotations.get(a.id))?.body.labels).toEqual(['local']);
    expect(platform.server.snapshot(PROJECT).get(a.id)?.body.labels).toEqual(['local']);
  });

  it('lists rejected mutations and restores what the server holds', async () => {
    const kept = annotation('kept');
    await putAnnotations(database, [kept]);
    await syncOnce();
    // A put for a document the platform does not have is rejected (notFound)…
    const stray = annotation('stray', { documentId: newId<DocumentId>() });
    await putAnnotations(database, [stray, { ...kept, body: { labels: ['edited'] } }]);
    // …and an edit of something deleted on the server is rejected (deleted).
    platform.server.push({
      clientId: newId<AnnotationId>(),
      mutations: [{ id: 1, kind: 'annotation.delete', projectId: PROJECT, annotationId: kept.id }],
    });
    await syncOnce();
    const rejected = await database.rejected.toArray();
    expect(rejected.map((r) => [r.annotationId, r.reason]).sort()).toEqual(
      [
        [stray.id, 'notFound'],
        [kept.id, 'deleted'],
      ].sort(),
    );
    expect(await localIds()).toEqual([]);
    expect(await database.outbox.count()).toBe(0);
    expect(await database.baseCopies.count()).toBe(0);
  });

  it('sends a stand-in for a mutation that breaks the wire schema, and lists it as invalid', async () => {
    const bad = annotation('x'.repeat(500));
    const good = annotation('fine');
    await putAnnotations(database, [bad, good]);
    const strict = platform.call;
    const checked: typeof strict = (op, params, body) => {
      const mutations = (body as { mutations?: { kind: string; annotation?: Annotation }[] })
        ?.mutations;
      if (mutations?.some((m) => m.annotation?.body.labels.some((l) => l.length > 200)))
        return Promise.resolve({ ok: false, failure: 'rejected', code: 'badRequest' });
      return strict(op, params, body);
    };
    const e = createSyncEngine({
      db: database,
      call: checked,
      onStatus: () => undefined,
      projects: () => Promise.resolve([PROJECT]),
    });
    await syncOnce(e);
    expect(await database.outbox.count()).toBe(0);
    expect((await database.rejected.toArray()).map((r) => [r.annotationId, r.reason])).toEqual([
      [bad.id, 'invalid'],
    ]);
    expect([...platform.server.snapshot(PROJECT).keys()]).toEqual([good.id]);
    expect(await localIds()).toEqual([good.id]);
  });

  it('stops and says so when the session expires or the app is too old', async () => {
    await putAnnotations(database, [annotation('a')]);
    platform.faults.failure = { ok: false, failure: 'sessionExpired' };
    engine.start();
    await engine.idle();
    expect(engine.status().phase).toBe('expired');
    platform.faults.failure = { ok: false, failure: 'upgradeRequired' };
    engine.retryNow();
    await engine.idle();
    expect(engine.status().phase).toBe('upgrade');
    expect(await database.outbox.count()).toBe(1);
  });

  it('two installations converge, deletions included', async () => {
    const second = new GlossatorDb(`engine-b-${Date.now()}`);
    const other = makeEngine(second);
    try {
      const a = annotation('a');
      const b = annotation('b');
      await putAnnotations(database, [a, b]);
      await syncOnce();
      await syncOnce(other);
      expect(await localIds(second)).toEqual([a.id, b.id].sort());
      await deleteAnnotations(second, [a.id]);
      await putAnnotations(second, [{ ...b, body: { labels: ['b2'] } }]);
      await syncOnce(other);
      await syncOnce();
      expect(await localIds()).toEqual([b.id]);
      expect((await database.annotations.get(b.id))?.body.labels).toEqual(['b2']);
    } finally {
      other.stop();
      await other.idle();
      second.close();
      await Dexie.delete(second.name);
    }
  });
});
