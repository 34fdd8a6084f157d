import { sql, type Kysely } from 'kysely';
import { booksPerOrganisation } from './migration0002';
import type { LedgerDatabase, LedgerDialect } from './schema';
import { withWriteTransaction } from './writeTransaction';

/** Same shape as the server's migrations (`server/src/db/migrate.ts`), so they can be appended. */
export interface LedgerMigration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: LedgerDialect): Promise<void>;
}

const KINDS = "('accrual','bonus','adjustment','release','payout','payout-reversal')";

async function initial(db: Kysely<unknown>, dialect: LedgerDialect): Promise<void> {
  const amount = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('ledger_accounts')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_accounts_pk', ['code', 'currency'])
    .execute();
  await db.schema
    .createTable('ledger_transactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unique_key', 'text', (c) => c.notNull().unique())
    .addColumn('request_body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in ${KINDS}`)))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('assignment_id', 'text')
    .addColumn('review_id', 'text')
    .addColumn('source_transaction_id', 'text', (c) => c.references('ledger_transactions.id'))
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('memo', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ledger_entries')
    .addColumn('transaction_id', 'text', (c) => c.notNull().references('ledger_transactions.id'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('account_code', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text')
    .addColumn('amount_minor', sql.raw(amount), (c) => c.notNull().check(sql`amount_minor <> 0`))
    .addPrimaryKeyConstraint('ledger_entries_pk', ['transaction_id', 'line'])
    .addForeignKeyConstraint(
      'ledger_entries_account_fk',
      ['account_code', 'currency'],
      'ledger_accounts',
      ['code', 'currency'],
    )
    .execute();
  await db.schema
    .createTable('ledger_payout_requests')
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('accepted','rejected')`))
    .addColumn('transaction_id', 'text', (c) => c.unique().references('ledger_transactions.id'))
    .addColumn('amount_minor', sql.raw(amount), (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('available_minor', sql.raw(amount), (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_payout_requests_pk', ['expert_id', 'idempotency_key'])
    .execute();
  // The constraint that makes double credit for one assignment impossible, whatever the key says.
  await sql`create unique index ledger_one_accrual_per_assignment
    on ledger_transactions (project_id, assignment_id) where kind = 'accrual'`.execute(db);
  await sql`create unique index ledger_one_settlement_per_source
    on ledger_transactions (kind, source_transaction_id) where source_transaction_id is not null`.execute(
    db,
  );
  await sql`create index ledger_transactions_by_expert
    on ledger_transactions (expert_id, occurred_at)`.execute(db);
  await sql`create index ledger_entries_by_expert
    on ledger_entries (expert_id, currency, account_code)`.execute(db);
  await sql`create index ledger_entries_by_account
    on ledger_entries (account_code, currency)`.execute(db);
}

/** In order; never edit or reorder an applied migration, add a new one. */
export const LEDGER_MIGRATIONS: readonly LedgerMigration[] = [
  { name: 'ledger_0001_initial', up: initial },
  { name: 'ledger_0002_books_per_organisation', up: booksPerOrganisation },
];

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '42P07';
}

/**
 * Creates or updates the ledger's tables; safe to call from several processes at once. Each
 * migration runs in one write transaction that first claims its name in
 * `ledger_schema_migrations` (a concurrent starter waits on that row, then skips).
 * Returns the names it applied.
 */
export async function migrateLedger<DB>(
  database: Kysely<DB>,
  dialect: LedgerDialect,
  migrations: readonly LedgerMigration[] = LEDGER_MIGRATIONS,
): Promise<string[]> {
  const db = database as unknown as Kysely<LedgerDatabase>;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.schema
        .createTable('ledger_schema_migrations')
        .ifNotExists()
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      break;
    } catch (error) {
      // Two PostgreSQL starters can race on CREATE TABLE IF NOT EXISTS; the loser retries.
      if (attempt >= 5 || !isDuplicateObject(error)) throw error;
    }
  }
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await withWriteTransaction(db, dialect, async (trx) => {
      const claimed = await trx
        .insertInto('ledger_schema_migrations')
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning('name')
        .execute();
      if (claimed.length === 0) return false;
      await migration.up(trx as unknown as Kysely<unknown>, dialect);
      return true;
    });
    if (ran) applied.push(migration.name);
  }
  return applied;
}
