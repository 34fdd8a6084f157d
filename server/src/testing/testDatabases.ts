import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A database for one test file: SQLite in a temporary folder, or a fresh PostgreSQL schema. */
export interface TestDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  readonly dataDir: string;
  readonly databaseUrl?: string;
  dispose(): Promise<void>;
}

export interface TestDatabaseKind {
  readonly dialect: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'glossator-test-'));
}

const sqlite: TestDatabaseKind = {
  dialect: 'sqlite',
  create() {
    const dataDir = tempDir();
    return Promise.resolve({
      dialect: 'sqlite',
      dataDir,
      dispose: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  },
};

function postgres(baseUrl: string): TestDatabaseKind {
  return {
    dialect: 'postgres',
    async create() {
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const dataDir = tempDir();
      return {
        dialect: 'postgres',
        dataDir,
        databaseUrl: url.toString(),
        async dispose() {
          const cleanup = new pg.Client({ connectionString: baseUrl });
          await cleanup.connect();
          await cleanup.query(`drop schema ${schema} cascade`);
          await cleanup.end();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(env: NodeJS.ProcessEnv = process.env): TestDatabaseKind[] {
  const kinds = [sqlite];
  if (env.TEST_DATABASE_URL) kinds.push(postgres(env.TEST_DATABASE_URL));
  return kinds;
}
