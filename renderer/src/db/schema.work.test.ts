import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossatorDb } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const V1 = {
  documents: 'id, projectId, createdAt, sha256',
  contents: 'documentId',
  annotations: 'id, documentId, projectId',
  outbox: 'mutationId, projectId',
  syncState: 'key',
  settings: 'key',
};

/** A database as version 1 of the app left it. */
async function writtenByV1(): Promise<string> {
  const name = `schema-work-${names.length}-${Date.now()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(V1);
  await old.open();
  await old.table('settings').put({ key: 'lastView', value: 'queue' });
  await old.table('outbox').put({ mutationId: 1, projectId: 'p' });
  old.close();
  return name;
}

describe('database schema v2 (declared identical to v1 until the sync engine lands)', () => {
  it('opens a v1 database without changing its stores', async () => {
    const name = await writtenByV1();
    const v2 = new Dexie(name);
    v2.version(1).stores(V1);
    v2.version(2).stores({});
    await v2.open();
    expect(v2.tables.map((t) => t.name).sort()).toEqual(Object.keys(V1).sort());
    expect(await v2.table('outbox').count()).toBe(1);
    v2.close();
  });
});

describe('database schema v3 (work: time intervals and the cached queue)', () => {
  it('adds the work stores to a v1 database and keeps its data', async () => {
    const name = await writtenByV1();
    const database = new GlossatorDb(name);
    await database.open();
    expect(database.verno).toBe(3);
    expect(await database.settings.get('lastView')).toEqual({ key: 'lastView', value: 'queue' });
    expect(await database.outbox.count()).toBe(1);
    expect(database.timeIntervals.schema.primKey.name).toBe('id');
    expect(database.timeIntervals.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['assignmentId', 'synced']),
    );
    await database.timeIntervals.put({ id: 'i1', assignmentId: 'a1', start: 0, end: 5, synced: 0 });
    await database.workCache.put({ key: 'queue', value: { items: [] }, savedAt: 'now' });
    expect(await database.timeIntervals.where('synced').equals(0).count()).toBe(1);
    database.close();
  });
});
