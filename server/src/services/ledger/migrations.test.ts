import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_MIGRATIONS, migrateLedger } from './migrations';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';

const tx = {
  id: 't1',
  unique_key: 'k1',
  request_body: '{}',
  kind: 'accrual',
  currency: 'EUR',
  expert_id: 'e1',
  project_id: 'p1',
  task_id: null,
  assignment_id: 'a1',
  review_id: null,
  source_transaction_id: null,
  reason: null,
  actor_id: null,
  memo: '{}',
  occurred_at: '2026-03-01T00:00:00.000Z',
  recorded_at: '2026-03-01T00:00:00.000Z',
};

describe.each(ledgerTestDialects())('ledger migrations on %s', (dialect) => {
  let t: LedgerTestDb;
  beforeEach(async () => {
    t = await createLedgerTestDb(dialect);
  });
  afterEach(() => t.dispose());

  it('creates the tables once and records itself', async () => {
    expect(await migrateLedger(t.db, dialect)).toEqual(LEDGER_MIGRATIONS.map((m) => m.name));
    expect(await migrateLedger(t.db, dialect)).toEqual([]);
    const applied = await t.db.selectFrom('ledger_schema_migrations').select('name').execute();
    expect(applied.map((r) => r.name)).toEqual([
      'ledger_0001_initial',
      'ledger_0002_books_per_organisation',
    ]);
  });

  it('enforces the constraints the ledger relies on (0001’s, kept through 0002’s rebuild)', async () => {
    await migrateLedger(t.db, dialect);
    const db = t.db;
    await db
      .insertInto('ledger_accounts')
      .values({ code: 'x', currency: 'EUR', expert_id: null, created_at: tx.occurred_at })
      .execute();
    await expect(
      db
        .insertInto('ledger_transactions')
        .values({ ...tx, kind: 'gift' })
        .execute(),
    ).rejects.toThrow(/check/i);
    await db.insertInto('ledger_transactions').values(tx).execute();
    await db
      .insertInto('ledger_transactions')
      .values({ ...tx, id: 'c1', unique_key: 'c1', kind: 'carry-over', assignment_id: null })
      .execute();
    // One accrual per assignment, one settlement per source, unique keys.
    await expect(
      db
        .insertInto('ledger_transactions')
        .values({ ...tx, id: 't2', unique_key: 'k2' })
        .execute(),
    ).rejects.toThrow(/unique/i);
    await expect(
      db
        .insertInto('ledger_transactions')
        .values({ ...tx, id: 't3' })
        .execute(),
    ).rejects.toThrow(/unique/i);
    const release = { ...tx, kind: 'release', assignment_id: null, source_transaction_id: 't1' };
    await db
      .insertInto('ledger_transactions')
      .values({ ...release, id: 'r1', unique_key: 'r1' })
      .execute();
    await expect(
      db
        .insertInto('ledger_transactions')
        .values({ ...release, id: 'r2', unique_key: 'r2' })
        .execute(),
    ).rejects.toThrow(/unique/i);
    // Entries: never zero, only to known accounts, only for known transactions.
    const entry = {
      transaction_id: 't1',
      line: 0,
      account_code: 'x',
      currency: 'EUR',
      expert_id: null,
    };
    await expect(
      db
        .insertInto('ledger_entries')
        .values({ ...entry, amount_minor: 0 })
        .execute(),
    ).rejects.toThrow(/check/i);
    if (dialect === 'sqlite') await sql`pragma foreign_keys = on`.execute(db);
    await expect(
      db
        .insertInto('ledger_entries')
        .values({ ...entry, account_code: 'nope', amount_minor: 5 })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
    await expect(
      db
        .insertInto('ledger_entries')
        .values({ ...entry, transaction_id: 'nope', amount_minor: 5 })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
    // Amounts beyond 32 bits fit.
    await db
      .insertInto('ledger_entries')
      .values({ ...entry, amount_minor: 2 ** 52 })
      .execute();
  });
});
