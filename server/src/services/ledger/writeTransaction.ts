import { sql, type Kysely, type Transaction } from 'kysely';
import type { LedgerDatabase, LedgerDialect } from './schema';

export type LedgerTrx = Kysely<LedgerDatabase> | Transaction<LedgerDatabase>;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A UNIQUE or PRIMARY KEY violation on either engine: someone else wrote that key first. */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** Worth retrying the whole transaction: serialization failure, deadlock, busy SQLite file. */
function isTransient(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code === '40001' ||
    code === '40P01' ||
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_BUSY_SNAPSHOT'
  );
}

/**
 * Runs `work` in one write transaction. SQLite: BEGIN IMMEDIATE takes the write lock before the
 * first read, so check-then-insert cannot interleave with another process (a deferred BEGIN could
 * fail with SQLITE_BUSY_SNAPSHOT instead). PostgreSQL: READ COMMITTED plus explicit row locks
 * (SELECT … FOR UPDATE) where a balance is checked. Transient failures are retried a few times.
 */
export async function withWriteTransaction<T>(
  db: Kysely<LedgerDatabase>,
  dialect: LedgerDialect,
  work: (trx: LedgerTrx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (dialect === 'postgres') return await db.transaction().execute(work);
      return await db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await work(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      if (attempt >= 5 || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
    }
  }
}

/** An account as first written: its code and whose books it is in. */
export interface AccountRow {
  readonly code: string;
  readonly currency: string;
  readonly expertId: string | null;
  readonly organisationId: string | null;
  readonly projectId: string | null;
}

/**
 * Serialises debits of one account: on PostgreSQL a row lock on the account row (created first if
 * missing); on SQLite the transaction already holds the database's write lock.
 */
export async function lockAccount(
  trx: LedgerTrx,
  dialect: LedgerDialect,
  account: AccountRow,
  nowIso: string,
): Promise<void> {
  await ensureAccount(trx, account, nowIso);
  if (dialect === 'postgres')
    await trx
      .selectFrom('ledger_accounts')
      .select('code')
      .where('code', '=', account.code)
      .where('currency', '=', account.currency)
      .forUpdate()
      .execute();
}

export async function ensureAccount(
  trx: LedgerTrx,
  account: AccountRow,
  nowIso: string,
): Promise<void> {
  await trx
    .insertInto('ledger_accounts')
    .values({
      code: account.code,
      currency: account.currency,
      expert_id: account.expertId,
      organisation_id: account.organisationId,
      project_id: account.projectId,
      created_at: nowIso,
    })
    .onConflict((oc) => oc.columns(['code', 'currency']).doNothing())
    .execute();
}
