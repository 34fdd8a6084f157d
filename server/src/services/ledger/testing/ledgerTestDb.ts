import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { LedgerDatabase, LedgerDialect } from '../schema';

/** Where a test database lives; a child process can open the same one from this. */
export interface LedgerTestTarget {
  readonly dialect: LedgerDialect;
  /** SQLite file path, or PostgreSQL URL with the test schema on its search_path. */
  readonly location: string;
}

export interface LedgerTestDb extends LedgerTestTarget {
  readonly db: Kysely<LedgerDatabase>;
  dispose(): Promise<void>;
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function ledgerTestDialects(env: NodeJS.ProcessEnv = process.env): LedgerDialect[] {
  return env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Opens a target the way the server does: SQLite WAL + synchronous=FULL, or a pg pool. */
export function openLedgerDb(target: LedgerTestTarget, poolSize = 20): Kysely<LedgerDatabase> {
  if (target.dialect === 'sqlite') {
    const file = new SqliteDatabase(target.location);
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = FULL');
    file.pragma('foreign_keys = ON');
    file.pragma('busy_timeout = 10000');
    return new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: file }) });
  }
  const pool = new pg.Pool({ connectionString: target.location, max: poolSize });
  return new Kysely<LedgerDatabase>({ dialect: new PostgresDialect({ pool }) });
}

/** A fresh database for one test: a temporary SQLite file or a new PostgreSQL schema. */
export async function createLedgerTestDb(dialect: LedgerDialect): Promise<LedgerTestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-ledger-'));
    const target = { dialect, location: join(dir, 'ledger.sqlite') } as const;
    const db = openLedgerDb(target);
    return {
      ...target,
      db,
      async dispose() {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `ledger_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const target = { dialect, location: url.toString() } as const;
  const db = openLedgerDb(target);
  return {
    ...target,
    db,
    async dispose() {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
