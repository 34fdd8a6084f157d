import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Where the SQLite file lives (`glossator.sqlite`) when no databaseUrl is given. */
  readonly dataDir: string;
  /** PostgreSQL connection string; absent = SQLite. */
  readonly databaseUrl?: string;
  /** PostgreSQL pool size. */
  readonly poolSize?: number;
}

export const SQLITE_FILE = 'glossator.sqlite';

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/** int8 comes back from pg as a string; every bigint we store (versions, ms) is < 2^53. */
function pgTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

const STATEMENT_CACHE_SIZE = 1_000;

/**
 * Kysely prepares every query afresh; preparing is a large part of a small query's cost. Prepared
 * statements are reusable (Kysely runs each to completion synchronously), so keep the recent ones.
 */
function withStatementCache(file: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = file.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
    close: () => file.close(),
  };
}

function openSqlite(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = new SqliteDatabase(join(dataDir, SQLITE_FILE));
  // WAL lets readers run beside the writer; FULL syncs the WAL on every commit so an
  // acknowledged push survives power loss, not just a process crash.
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(file) }),
  });
  return {
    kysely,
    dialect: 'sqlite',
    close: () => kysely.destroy(),
  };
}

function openPostgres(databaseUrl: string, poolSize: number): Db {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    types: { getTypeParser: pgTypeParser },
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    close: () => kysely.destroy(),
  };
}

export function openDatabase(options: DatabaseOptions): Db {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 16)
    : openSqlite(options.dataDir);
}
