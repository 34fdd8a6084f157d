import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { migrate } from './migrate';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

describe.each(testDatabaseKinds())('migrations on $dialect', (kind) => {
  const made: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of made) await t.dispose();
  });

  it('apply once, are idempotent, and survive concurrent starters', async () => {
    const t = await kind.create();
    made.push(t);
    const a = openDatabase(t);
    const b = openDatabase(t);
    try {
      // Two PostgreSQL starters really race; two SQLite handles in one thread would only block
      // each other's event loop, so they run one after the other (one process owns the file).
      const [first, second] =
        kind.dialect === 'postgres'
          ? await Promise.all([migrate(a), migrate(b)])
          : [await migrate(a), await migrate(b)];
      expect([...first, ...second]).toEqual(['0001_initial', '0002_work', 'ledger_0001_initial']);
      expect(await migrate(a)).toEqual([]);
      const tables = ['accounts', 'projects', 'annotations', 'oidc_payloads'] as const;
      for (const table of tables) {
        await expect(a.kysely.selectFrom(table).selectAll().execute()).resolves.toEqual([]);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('round-trips bigints as numbers, text with every plane, and bytes', async () => {
    const t = await kind.create();
    made.push(t);
    const db = openDatabase(t);
    try {
      await migrate(db);
      const version = 1_730_000_000_000_123;
      await db.kysely
        .insertInto('sync_clients')
        .values({ id: 'c', account_id: 'a', last_mutation_id: version, updated_at: 'now' })
        .execute();
      const row = await db.kysely.selectFrom('sync_clients').selectAll().executeTakeFirstOrThrow();
      expect(row.last_mutation_id).toBe(version);
      await db.kysely
        .insertInto('document_files')
        .values({ project_id: 'p', document_id: 'd', bytes: new Uint8Array([0, 1, 255]) })
        .execute();
      const file = await db.kysely
        .selectFrom('document_files')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect([...file.bytes]).toEqual([0, 1, 255]);
    } finally {
      await db.close();
    }
  });
});
