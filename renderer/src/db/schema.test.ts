import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossatorDb } from './schema';

const names: string[] = [];
function freshDb(): GlossatorDb {
  const name = `schema-test-${names.length}-${Date.now()}`;
  names.push(name);
  return new GlossatorDb(name);
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database schema', () => {
  it('creates the documents, contents, annotations, outbox, syncState and settings stores', async () => {
    const database = freshDb();
    await database.open();
    // v2 added sync's stores, v3 work's (schema.work.test.ts); v1's are all still here.
    expect(database.verno).toBe(3);
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      [
        'annotations',
        'baseCopies',
        'contents',
        'documents',
        'outbox',
        'projects',
        'rejected',
        'settings',
        'syncState',
        'tasks',
        'timeIntervals',
        'workCache',
      ].sort(),
    );
    expect(database.outbox.schema.primKey.name).toBe('mutationId');
    expect(database.documents.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['projectId', 'createdAt', 'sha256']),
    );
    expect(database.annotations.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['documentId', 'projectId']),
    );
    database.close();
  });

  it('keeps data when the app reopens the database', async () => {
    const database = freshDb();
    await database.settings.put({ key: 'lastView', value: 'documents' });
    database.close();
    const reopened = new GlossatorDb(database.name);
    expect(await reopened.settings.get('lastView')).toEqual({
      key: 'lastView',
      value: 'documents',
    });
    reopened.close();
  });
});

describe('database schema v2 (sync) and v3 (work)', () => {
  it('upgrades a v1 database to the latest version and keeps its data', async () => {
    const name = `schema-v1-${Date.now()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({
      documents: 'id, projectId, createdAt, sha256',
      contents: 'documentId',
      annotations: 'id, documentId, projectId',
      outbox: 'mutationId, projectId',
      syncState: 'key',
      settings: 'key',
    });
    await v1.table('settings').put({ key: 'lastView', value: 'documents' });
    await v1.table('annotations').put({ id: 'a1', documentId: 'd1', projectId: 'p1' });
    await v1.table('outbox').put({ mutationId: 1, projectId: 'p1', entityId: 'a1', op: 'put' });
    v1.close();

    const upgraded = new GlossatorDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.settings.get('lastView')).toMatchObject({ value: 'documents' });
    expect(await upgraded.annotations.get('a1' as never)).toMatchObject({ documentId: 'd1' });
    expect(await upgraded.outbox.where('entityId').equals('a1').count()).toBe(1);
    for (const table of [
      'baseCopies',
      'rejected',
      'projects',
      'tasks',
      'timeIntervals',
      'workCache',
    ])
      expect(await upgraded.table(table).count()).toBe(0);
    expect(upgraded.tasks.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['projectId', 'documentId']),
    );
    upgraded.close();
  });
});
