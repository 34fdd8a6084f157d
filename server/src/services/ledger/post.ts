import type { Kysely, Selectable } from 'kysely';
import {
  assertBalanced,
  parseExpertAccount,
  projectOfAccount,
  type AccountCode,
  type Posting,
  type TransactionKind,
} from '../../../../shared/pay/postings';
import { asCurrency, type Currency } from '../../../../shared/pay/money';
import { canonicalJson } from './canonicalJson';
import { IdempotencyConflictError } from './errors';
import {
  toMinor,
  type LedgerDatabase,
  type LedgerDialect,
  type LedgerTransactionsTable,
} from './schema';
import {
  ensureAccount,
  isUniqueViolation,
  withWriteTransaction,
  type LedgerTrx,
} from './writeTransaction';

/** Test-only fault injection: lets the crash test kill a process inside an open transaction. */
export interface LedgerFaults {
  beforeCommit?(kind: TransactionKind): Promise<void>;
}

export interface LedgerContext {
  readonly db: Kysely<LedgerDatabase>;
  readonly dialect: LedgerDialect;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly faults?: LedgerFaults;
}

export interface LedgerTransaction {
  readonly id: string;
  readonly kind: TransactionKind;
  readonly currency: Currency;
  readonly expertId: string;
  /** Whose books it is in; null for pre-organisation history. */
  readonly organisationId: string | null;
  readonly projectId: string | null;
  readonly taskId: string | null;
  readonly assignmentId: string | null;
  readonly reviewId: string | null;
  readonly sourceTransactionId: string | null;
  readonly reason: string | null;
  readonly actorId: string | null;
  readonly memo: Readonly<Record<string, unknown>>;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly entries: readonly Posting[];
}

/** A write's result; `replayed` is true when an earlier identical request already did it. */
export interface Posted {
  readonly transaction: LedgerTransaction;
  readonly replayed: boolean;
}

export interface PostRequest {
  readonly uniqueKey: string;
  /** The caller's request as received: compared on replay. */
  readonly body: unknown;
  readonly kind: TransactionKind;
  readonly expertId: string;
  readonly currency: Currency;
  /** The organisation whose books the transaction is in; every line must be in them. */
  readonly organisationId: string;
  readonly lines: readonly Posting[];
  readonly projectId?: string | null;
  readonly taskId?: string | null;
  readonly assignmentId?: string | null;
  readonly reviewId?: string | null;
  readonly sourceTransactionId?: string | null;
  readonly reason?: string | null;
  readonly actorId?: string | null;
  readonly memo?: Readonly<Record<string, unknown>>;
  readonly occurredAt?: string;
  /** First, inside the write transaction: the project's books, and locks on accounts it debits. */
  readonly prepare?: (trx: LedgerTrx, nowIso: string) => Promise<void>;
  /** After the replay check, under those locks: the posting rules that may refuse a new request. */
  readonly check?: (trx: LedgerTrx) => Promise<void>;
}

/**
 * Posts one balanced transaction exactly once per unique key. A repeat with the same body returns
 * the stored transaction; with another body it is an IdempotencyConflictError. Two racing
 * requests are settled by the UNIQUE constraint: the loser reads the winner's row.
 *
 * With `within`, the work joins the caller's open transaction (so, e.g., an assignment's approval
 * and its credit commit together or not at all); a lost race then fails the caller's transaction,
 * whose retry finds the winner's row and replays.
 */
export async function post(
  ctx: LedgerContext,
  request: PostRequest,
  within?: LedgerTrx,
): Promise<Posted> {
  const body = canonicalJson(request.body);
  if (within) return postIn(within, ctx, request, body);
  try {
    return await withWriteTransaction(ctx.db, ctx.dialect, (trx) =>
      postIn(trx, ctx, request, body),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await findByKey(ctx.db, request.uniqueKey);
    if (!existing) throw error;
    return replay(existing, body, request.uniqueKey);
  }
}

async function postIn(
  trx: LedgerTrx,
  ctx: LedgerContext,
  request: PostRequest,
  body: string,
): Promise<Posted> {
  const nowIso = ctx.now().toISOString();
  await request.prepare?.(trx, nowIso);
  const existing = await findByKey(trx, request.uniqueKey);
  if (existing) return replay(existing, body, request.uniqueKey);
  await request.check?.(trx);
  const transaction = await insertTransaction(trx, ctx, request, body, nowIso);
  await ctx.faults?.beforeCommit?.(request.kind);
  return { transaction, replayed: false };
}

function replay(existing: LedgerTransaction & { body: string }, body: string, key: string): Posted {
  if (existing.body !== body) throw new IdempotencyConflictError(key);
  const { body: _body, ...transaction } = existing;
  return { transaction, replayed: true };
}

/** Inserts the transaction row and its balanced entries inside the caller's transaction. */
export async function insertTransaction(
  trx: LedgerTrx,
  ctx: LedgerContext,
  request: PostRequest,
  body: string,
  nowIso: string,
): Promise<LedgerTransaction> {
  const postings = request.lines;
  assertBalanced(postings, request.currency);
  if (postings.some((p) => p.organisationId !== request.organisationId))
    throw new Error(`a ${request.kind} posts outside the books of ${request.organisationId}`);
  const row: Selectable<LedgerTransactionsTable> = {
    id: ctx.newId(),
    unique_key: request.uniqueKey,
    request_body: body,
    kind: request.kind,
    currency: request.currency,
    expert_id: request.expertId,
    organisation_id: request.organisationId,
    project_id: request.projectId ?? null,
    task_id: request.taskId ?? null,
    assignment_id: request.assignmentId ?? null,
    review_id: request.reviewId ?? null,
    source_transaction_id: request.sourceTransactionId ?? null,
    reason: request.reason ?? null,
    actor_id: request.actorId ?? null,
    memo: canonicalJson(request.memo ?? {}),
    occurred_at: request.occurredAt ?? nowIso,
    recorded_at: nowIso,
  };
  await trx.insertInto('ledger_transactions').values(row).execute();
  await insertEntries(trx, row.id, request.currency, postings, nowIso);
  return { ...toTransaction(row), entries: postings };
}

/** The lines of a transaction, each account opened in the line's books on first use. */
export async function insertEntries(
  trx: LedgerTrx,
  transactionId: string,
  currency: string,
  postings: readonly Posting[],
  nowIso: string,
): Promise<void> {
  for (const posting of postings)
    await ensureAccount(
      trx,
      {
        code: posting.account,
        currency,
        expertId: parseExpertAccount(posting.account)?.expertId ?? null,
        organisationId: posting.organisationId,
        projectId: projectOfAccount(posting.account),
      },
      nowIso,
    );
  await trx
    .insertInto('ledger_entries')
    .values(
      postings.map((posting, line) => ({
        transaction_id: transactionId,
        line,
        account_code: posting.account,
        currency,
        expert_id: parseExpertAccount(posting.account)?.expertId ?? null,
        organisation_id: posting.organisationId,
        amount_minor: posting.amountMinor,
      })),
    )
    .execute();
}

export async function accountBalance(
  trx: LedgerTrx,
  account: string,
  currency: string,
): Promise<number> {
  const row = await trx
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.sum<number | string | null>('amount_minor').as('total'))
    .where('account_code', '=', account)
    .where('currency', '=', currency)
    .executeTakeFirst();
  return toMinor(row?.total);
}

function toTransaction(
  row: Selectable<LedgerTransactionsTable>,
): Omit<LedgerTransaction, 'entries'> {
  return {
    id: row.id,
    kind: row.kind as TransactionKind,
    currency: asCurrency(row.currency),
    expertId: row.expert_id,
    organisationId: row.organisation_id,
    projectId: row.project_id,
    taskId: row.task_id,
    assignmentId: row.assignment_id,
    reviewId: row.review_id,
    sourceTransactionId: row.source_transaction_id,
    reason: row.reason,
    actorId: row.actor_id,
    memo: JSON.parse(row.memo) as Record<string, unknown>,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
  };
}

async function withEntries(
  trx: LedgerTrx,
  row: Selectable<LedgerTransactionsTable>,
): Promise<LedgerTransaction & { body: string }> {
  const entries = await trx
    .selectFrom('ledger_entries')
    .select(['account_code', 'amount_minor', 'organisation_id'])
    .where('transaction_id', '=', row.id)
    .orderBy('line')
    .execute();
  return {
    ...toTransaction(row),
    entries: entries.map((e): Posting => ({
      account: e.account_code as AccountCode,
      amountMinor: toMinor(e.amount_minor),
      organisationId: e.organisation_id,
    })),
    body: row.request_body,
  };
}

export async function findByKey(
  trx: LedgerTrx,
  uniqueKey: string,
): Promise<(LedgerTransaction & { body: string }) | undefined> {
  const row = await trx
    .selectFrom('ledger_transactions')
    .selectAll()
    .where('unique_key', '=', uniqueKey)
    .executeTakeFirst();
  return row ? withEntries(trx, row) : undefined;
}

export async function findById(trx: LedgerTrx, id: string): Promise<LedgerTransaction | undefined> {
  const row = await trx
    .selectFrom('ledger_transactions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { body: _body, ...transaction } = await withEntries(trx, row);
  return transaction;
}
