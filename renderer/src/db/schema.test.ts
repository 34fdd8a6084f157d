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

describe('database schema v1', () => {
  it('creates the documents, contents, annotations, outbox, syncState and settings stores', async () => {
    const database = freshDb();
    await database.open();
    // Later versions add stores (schema.work.test.ts); version 1's are all still here.
    expect(database.verno).toBeGreaterThanOrEqual(1);
    expect(database.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'annotations',
        'contents',
        'documents',
        'outbox',
        'settings',
        'syncState',
      ]),
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
