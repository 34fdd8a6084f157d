/**
 * Kysely table types of the pay ledger. Append-only: rows are inserted, never updated or deleted,
 * and no table holds a balance — every balance is a SUM over `ledger_entries`. Money is owed by an
 * organisation: every account, transaction and entry is in one organisation's books
 * (`organisation_id`); null marks the pre-organisation history (rows written before migration 0002).
 * Ids are UUIDv7 text, times ISO-8601 UTC text (lexical order = time order), JSON is text,
 * money is integer minor units (`bigint`), currency an ISO 4217 code.
 */
import type { ColumnType } from 'kysely';

/** bigint: pg returns a string unless a type parser maps it; SQLite a number. Read with toMinor. */
export type MinorColumn = ColumnType<number | string, number, never>;

/** Added by migration 0002: null on older rows, so optional when inserting. */
export type BookColumn = ColumnType<string | null, string | null | undefined, never>;

export type LedgerDialect = 'sqlite' | 'postgres';

export interface LedgerAccountsTable {
  /** `project:<P>:funding`, `org:<O>:payouts`, `expert:<E>:project:<P>:pending|available`. */
  code: string;
  currency: string;
  expert_id: string | null;
  created_at: string;
  /** Whose books the account is in. */
  organisation_id: BookColumn;
  /** The project a funding or expert account is kept for. */
  project_id: BookColumn;
}

/** Which organisation funds each project: written at its first posting, checked at every one. */
export interface LedgerProjectsTable {
  project_id: string;
  organisation_id: string;
  created_at: string;
}

export interface LedgerTransactionsTable {
  id: string;
  /**
   * What makes a repeat the same request, UNIQUE: `accrual:<project>:<assignment>`,
   * `bonus:<project>:<expert>:<key>`, `adjustment:<project>:<expert>:<key>`, `release:<source tx>`,
   * `payout:<expert>:<key>`, `payout-reversal:<payout tx>`, `carry-over:<expert>:<project>:<currency>`
   * (before migration 0002 bonus and adjustment keys named no project).
   */
  unique_key: string;
  /** Canonical JSON of the request; a repeat with the same key and another body is a conflict. */
  request_body: string;
  kind: string;
  currency: string;
  expert_id: string;
  /** The organisation whose books the transaction is in (a carry-over also closes history lines). */
  organisation_id: BookColumn;
  project_id: string | null;
  task_id: string | null;
  assignment_id: string | null;
  /** The review decision that approved the work (accruals). */
  review_id: string | null;
  /** The transaction a release or payout reversal settles. */
  source_transaction_id: string | null;
  /** Why: required for bonuses, adjustments and reversals. */
  reason: string | null;
  actor_id: string | null;
  /** JSON text: how the amount was computed (e.g. the Earning of an accrual). */
  memo: string;
  /** Server time of the business event (approval, request). */
  occurred_at: string;
  /** Server time the row was written. */
  recorded_at: string;
}

export interface LedgerEntriesTable {
  transaction_id: string;
  line: number;
  account_code: string;
  currency: string;
  /** Set on expert accounts' entries, for per-expert balance queries. */
  expert_id: string | null;
  /** The account's organisation: debits = credits within each organisation's books. */
  organisation_id: BookColumn;
  /** Positive credits the account, negative debits it; each transaction's lines sum to zero. */
  amount_minor: MinorColumn;
}

export interface LedgerPayoutRequestsTable {
  expert_id: string;
  /** The organisation the payout was asked of (each organisation pays what it owes). */
  organisation_id: BookColumn;
  idempotency_key: string;
  request_body: string;
  status: 'accepted' | 'rejected';
  transaction_id: string | null;
  amount_minor: MinorColumn;
  currency: string;
  /** Why a request was rejected (`insufficient-funds`). */
  reason: string | null;
  /** The organisation's available balance for the expert when the request was decided. */
  available_minor: MinorColumn;
  requested_at: string;
}

export interface LedgerSchemaMigrationsTable {
  name: string;
  applied_at: string;
}

export interface LedgerDatabase {
  ledger_accounts: LedgerAccountsTable;
  ledger_projects: LedgerProjectsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
  ledger_payout_requests: LedgerPayoutRequestsTable;
  ledger_schema_migrations: LedgerSchemaMigrationsTable;
}

/** A bigint read from either engine, checked to be a safe integer. */
export function toMinor(value: number | string | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`ledger amount out of range: ${String(value)}`);
  return n;
}
