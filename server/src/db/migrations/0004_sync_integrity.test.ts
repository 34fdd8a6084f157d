import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { migrate, MIGRATIONS } from '../migrate';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';

describe.each(testDatabaseKinds())('migration 0004_sync_integrity on $dialect', (kind) => {
  const made: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of made) await t.dispose();
  });

  it('adds nullable page boxes to documents and deleted_by to annotations, keeping the rows there', async () => {
    const t = await kind.create();
    made.push(t);
    const db = openDatabase(t);
    try {
      const before = MIGRATIONS.filter((m) => m.name !== '0004_sync_integrity');
      expect(await migrate(db, before)).not.toContain('0004_sync_integrity');
      const old = db.kysely as unknown as Kysely<{
        annotations: {
          project_id: string;
          id: string;
          document_id: string;
          creator_id: string;
          data: string;
          deleted: number;
          version: number;
          updated_at: string;
        };
      }>;
      const row = {
        project_id: 'p',
        document_id: 'd',
        creator_id: 'u',
        data: '{}',
        deleted: 1,
        version: 1,
        updated_at: '2025-01-01T00:00:00.000Z',
      };
      await old
        .insertInto('annotations')
        .values({ ...row, id: 'old' })
        .execute();
      expect(await migrate(db)).toEqual(['0004_sync_integrity']);
      await db.kysely
        .insertInto('annotations')
        .values({ ...row, id: 'new', version: 2, deleted_by: 'u' })
        .execute();
      const rows = await db.kysely
        .selectFrom('annotations')
        .select(['id', 'deleted_by'])
        .orderBy('id')
        .execute();
      // A deletion from before keeps no author: it stays final (nobody's restore undoes it).
      expect(rows).toEqual([
        { id: 'new', deleted_by: 'u' },
        { id: 'old', deleted_by: null },
      ]);
      const documents = await db.kysely
        .selectFrom('documents')
        .select(['id', 'page_boxes'])
        .execute();
      expect(documents).toEqual([]);
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
