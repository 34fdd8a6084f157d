import { sql, type Kysely } from 'kysely';
import type { Db, DialectName } from './database';
import * as initial from './migrations/0001_initial';
import * as vetting from './migrations/0002_vetting';
import * as work from './migrations/0002_work';
import * as taskPayload from './migrations/0003_task_payload';
import * as pdfWarningPages from './migrations/0004_pdf_warning_pages';
import * as syncIntegrity from './migrations/0004_sync_integrity';
import { LEDGER_MIGRATIONS } from '../services/ledger/migrations';

export interface Migration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** In order; never edit or reorder an applied migration, add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001_initial', up: initial.up },
  { name: '0002_vetting', up: vetting.up },
  { name: '0002_work', up: work.up },
  ...LEDGER_MIGRATIONS,
  { name: '0003_task_payload', up: taskPayload.up },
  { name: '0004_pdf_warning_pages', up: pdfWarningPages.up },
  { name: '0004_sync_integrity', up: syncIntegrity.up },
];

type Bookkeeping = Kysely<{
  schema_migrations: { name: string; applied_at: string };
  schema_lock: { id: string };
}>;

async function createBookkeeping(db: Bookkeeping): Promise<void> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('schema_lock')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .execute();
  await db
    .insertInto('schema_lock')
    .values({ id: 'migrations' })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // unique_violation (pg_type row), duplicate_table, duplicate_object ("type … already exists")
  return code === '23505' || code === '42P07' || code === '42710';
}

/**
 * Applies pending migrations in one transaction. Concurrent starters serialize on a row lock of
 * `schema_lock` (not an advisory lock, which distributed PostgreSQL-compatible databases lack).
 */
export async function migrate(
  database: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const db = database.kysely as unknown as Bookkeeping;
  // Two PostgreSQL starters can race on CREATE TABLE IF NOT EXISTS (it is not atomic there);
  // the loser sees a duplicate and tries again, finding the tables made.
  for (let attempt = 1; ; attempt++) {
    try {
      await createBookkeeping(db);
      break;
    } catch (error) {
      if (attempt >= 5 || !isDuplicateObject(error)) throw error;
    }
  }

  return db.transaction().execute(async (trx) => {
    if (database.dialect === 'postgres') {
      await sql`select id from schema_lock where id = 'migrations' for update`.execute(trx);
    } else {
      // Take SQLite's write lock before reading what has been applied.
      await trx.updateTable('schema_lock').set({ id: 'migrations' }).execute();
    }
    const applied = new Set(
      (await trx.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
    );
    const ran: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await migration.up(trx as unknown as Kysely<unknown>, database.dialect);
      await trx
        .insertInto('schema_migrations')
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      ran.push(migration.name);
    }
    return ran;
  });
}
