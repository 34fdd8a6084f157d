import type { Selectable } from 'kysely';
import { asCurrency, type Currency } from '../../../../shared/pay/money';
import {
  drawPayout,
  parseExpertAccount,
  payoutPostings,
  reversalPostings,
  type PayoutSource,
} from '../../../../shared/pay/postings';
import { canonicalJson } from './canonicalJson';
import { IdempotencyConflictError, LedgerNotFoundError, LedgerValidationError } from './errors';
import { findById, insertTransaction, post, type LedgerContext, type Posted } from './post';
import { toMinor, type LedgerPayoutRequestsTable } from './schema';
import { isUniqueViolation, withWriteTransaction, type LedgerTrx } from './writeTransaction';

export interface PayoutRequest {
  readonly expertId: string;
  /** The organisation asked to pay: a payout draws only on what that organisation owes. */
  readonly organisationId: string;
  /** Chosen by the client per intended payout; retries reuse it. */
  readonly idempotencyKey: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  /** Where the money goes (an id of a payout method the expert registered), if any. */
  readonly destination?: string;
}

/** The stored outcome of a payout request; a replay returns exactly this. */
export interface PayoutRecord {
  readonly expertId: string;
  /** null for a request decided before per-organisation books. */
  readonly organisationId: string | null;
  readonly idempotencyKey: string;
  readonly status: 'accepted' | 'rejected';
  /** The ledger transaction of an accepted payout. */
  readonly transactionId: string | null;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly reason: 'insufficient-funds' | null;
  /** What the organisation owed the expert, available, when the request was decided. */
  readonly availableMinor: number;
  readonly requestedAt: string;
}

export interface PayoutOutcome {
  readonly payout: PayoutRecord;
  readonly replayed: boolean;
}

function toRecord(row: Selectable<LedgerPayoutRequestsTable>): PayoutRecord {
  return {
    expertId: row.expert_id,
    organisationId: row.organisation_id,
    idempotencyKey: row.idempotency_key,
    status: row.status,
    transactionId: row.transaction_id,
    amountMinor: toMinor(row.amount_minor),
    currency: asCurrency(row.currency),
    reason: row.reason === 'insufficient-funds' ? 'insufficient-funds' : null,
    availableMinor: toMinor(row.available_minor),
    requestedAt: row.requested_at,
  };
}

async function findRequest(
  trx: LedgerTrx,
  expertId: string,
  key: string,
): Promise<Selectable<LedgerPayoutRequestsTable> | undefined> {
  return trx
    .selectFrom('ledger_payout_requests')
    .selectAll()
    .where('expert_id', '=', expertId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

function replay(row: Selectable<LedgerPayoutRequestsTable>, body: string): PayoutOutcome {
  if (row.request_body !== body) throw new IdempotencyConflictError(row.idempotency_key);
  return { payout: toRecord(row), replayed: true };
}

/**
 * The expert's available accounts in the organisation's books, locked (PostgreSQL: row locks in
 * code order, so two payouts, or a payout and a take-back, never deadlock; SQLite: the write
 * transaction already holds the database), with their balances, oldest account first — the order
 * a payout draws in. Only these locked accounts are drawn on.
 */
async function lockedSources(
  ctx: LedgerContext,
  trx: LedgerTrx,
  request: PayoutRequest,
): Promise<PayoutSource[]> {
  let accounts = trx
    .selectFrom('ledger_accounts')
    .select(['code', 'project_id', 'created_at'])
    .where('expert_id', '=', request.expertId)
    .where('organisation_id', '=', request.organisationId)
    .where('currency', '=', request.currency)
    .where('project_id', 'is not', null)
    // Only the accounts a payout debits (the expert's pending accounts stay unlocked).
    .where('code', 'like', 'expert:%:available')
    .orderBy('code');
  if (ctx.dialect === 'postgres') accounts = accounts.forUpdate();
  const rows = (await accounts.execute()).filter(
    (r) => parseExpertAccount(r.code)?.kind === 'available',
  );
  if (rows.length === 0) return [];
  const sums = await trx
    .selectFrom('ledger_entries')
    .select('account_code')
    .select((eb) => eb.fn.sum<number | string>('amount_minor').as('total'))
    .where(
      'account_code',
      'in',
      rows.map((r) => r.code),
    )
    .where('currency', '=', request.currency)
    .groupBy('account_code')
    .execute();
  const balance = new Map(sums.map((s) => [s.account_code, toMinor(s.total)]));
  return rows
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
    .map((r) => ({ projectId: r.project_id ?? '', availableMinor: balance.get(r.code) ?? 0 }));
}

/**
 * A payout request, decided once per (expert, idempotency key): accepted if what the organisation
 * owes the expert (available) covers it — drawn on its project accounts oldest first, one line per
 * project, into the organisation's payouts account — otherwise rejected with `insufficient-funds`.
 * Either outcome is stored with the request and returned again for the same key and body.
 * Requests on one organisation's debt are serialised on locks of the accounts they draw on, so
 * concurrent requests can never overdraw them.
 */
export async function requestPayout(
  ctx: LedgerContext,
  request: PayoutRequest,
): Promise<PayoutOutcome> {
  const body = canonicalJson({
    expertId: request.expertId,
    organisationId: request.organisationId,
    amountMinor: request.amountMinor,
    currency: request.currency,
    destination: request.destination,
  });
  try {
    return await withWriteTransaction(ctx.db, ctx.dialect, async (trx) => {
      const nowIso = ctx.now().toISOString();
      const sources = await lockedSources(ctx, trx, request);
      const existing = await findRequest(trx, request.expertId, request.idempotencyKey);
      if (existing) return replay(existing, body);
      const drawn = drawPayout(sources, request.amountMinor);
      const owed = sources.reduce((sum, s) => sum + s.availableMinor, 0);
      const transaction = drawn.ok
        ? await insertTransaction(
            trx,
            ctx,
            {
              uniqueKey: `payout:${request.expertId}:${request.idempotencyKey}`,
              body: JSON.parse(body) as unknown,
              kind: 'payout',
              expertId: request.expertId,
              currency: request.currency,
              organisationId: request.organisationId,
              lines: payoutPostings(request.expertId, request.organisationId, drawn.draws),
              memo: request.destination ? { destination: request.destination } : {},
              occurredAt: nowIso,
            },
            body,
            nowIso,
          )
        : null;
      const row: Selectable<LedgerPayoutRequestsTable> = {
        expert_id: request.expertId,
        organisation_id: request.organisationId,
        idempotency_key: request.idempotencyKey,
        request_body: body,
        status: drawn.ok ? 'accepted' : 'rejected',
        transaction_id: transaction?.id ?? null,
        amount_minor: request.amountMinor,
        currency: request.currency,
        reason: drawn.ok ? null : 'insufficient-funds',
        available_minor: owed,
        requested_at: nowIso,
      };
      await trx
        .insertInto('ledger_payout_requests')
        .values({ ...row, amount_minor: request.amountMinor, available_minor: owed })
        .execute();
      await ctx.faults?.beforeCommit?.('payout');
      return { payout: toRecord(row), replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await findRequest(ctx.db, request.expertId, request.idempotencyKey);
    if (!existing) throw error;
    return replay(existing, body);
  }
}

/**
 * Returns a payout that failed to arrive: every line back to the account it came from, once. A
 * payout made before per-organisation books drew on no organisation's accounts, so it cannot be
 * put back in one; the project that owes it credits it with an adjustment instead.
 */
export async function reversePayout(
  ctx: LedgerContext,
  input: { payoutTransactionId: string; reason: string; actorId: string },
): Promise<Posted> {
  const payout = await findById(ctx.db, input.payoutTransactionId);
  if (!payout) throw new LedgerNotFoundError(`no transaction ${input.payoutTransactionId}`);
  if (payout.kind !== 'payout') throw new LedgerValidationError('only a payout can be reversed');
  if (payout.organisationId === null)
    throw new LedgerValidationError(
      'a payout from before per-organisation books cannot be reversed; credit it with an adjustment',
    );
  return post(ctx, {
    uniqueKey: `payout-reversal:${payout.id}`,
    body: input,
    kind: 'payout-reversal',
    expertId: payout.expertId,
    currency: payout.currency,
    organisationId: payout.organisationId,
    lines: reversalPostings(payout.entries),
    sourceTransactionId: payout.id,
    reason: input.reason,
    actorId: input.actorId,
  });
}
