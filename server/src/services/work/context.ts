import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DialectName } from '../../db/database';
import type { AssignmentsTable, Database } from '../../db/schema';
import type { Ledger } from '../ledger';
import type { EventHub } from '../core/events';
import { notFound } from '../core/errors';

export interface WorkOptions {
  /** How long approved earnings stay pending before they can be paid out (default 7 days). */
  readonly holdMs?: number;
  /** Server clock (tests pin it). */
  readonly now?: () => Date;
  /** Crash tests: kill the process inside a payout's transaction, or after it commits. */
  readonly faults?: {
    readonly beforePayoutCommit?: () => Promise<void>;
    readonly afterPayoutCommit?: () => void;
  };
}

export interface WorkContext {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly ledger: Ledger;
  readonly events: EventHub;
  readonly holdMs: number;
  readonly now: () => Date;
  readonly faults?: WorkOptions['faults'];
}

export const DEFAULT_HOLD_MS = 7 * 86_400_000;

export type AssignmentRow = Selectable<AssignmentsTable>;
export type Db = Kysely<Database> | Transaction<Database>;

/** JSON text from our own columns (written by us, so trusted to parse). */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/**
 * One assignment of a project, locked for the rest of the transaction on PostgreSQL (SQLite
 * transactions already hold the write lock once they write), so two reviewers or two submits
 * cannot both act on the same state.
 */
export async function lockAssignment(
  trx: Transaction<Database>,
  dialect: DialectName,
  projectId: string,
  assignmentId: string,
): Promise<AssignmentRow> {
  if (dialect === 'sqlite')
    // Take SQLite's write lock before reading (a deferred transaction would read a snapshot).
    await sql`update assignments set id = id where project_id = ${projectId} and id = ${assignmentId}`.execute(
      trx,
    );
  let query = trx
    .selectFrom('assignments')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', assignmentId);
  if (dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('assignment');
  return row;
}

/** Display names of accounts, for queues and statements (ids the caller may already see). */
export async function namesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'display_name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
