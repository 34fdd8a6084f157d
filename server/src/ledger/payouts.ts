import type { Selectable } from 'kysely';
import { asCurrency, type Currency } from '../../../shared/pay/money';
import { expertAccount } from '../../../shared/pay/postings';
import { canonicalJson } from './canonicalJson';
import { IdempotencyConflictError } from './errors';
import { accountBalance, insertTransaction, type LedgerContext } from './post';
import { toMinor, type LedgerPayoutRequestsTable } from './schema';
import {
  isUniqueViolation,
  lockAccount,
  withWriteTransaction,
  type LedgerTrx,
} from './writeTransaction';

export interface PayoutRequest {
  readonly expertId: string;
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
  readonly idempotencyKey: string;
  readonly status: 'accepted' | 'rejected';
  /** The ledger transaction of an accepted payout. */
  readonly transactionId: string | null;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly reason: 'insufficient-funds' | null;
  /** The available balance when the request was decided. */
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
 * A payout request, decided once per (expert, idempotency key): accepted (available → payouts) if
 * the available balance covers it, otherwise rejected with `insufficient-funds`. Either outcome is
 * stored with the request and returned again for the same key and body. Requests of one expert are
 * serialised on a lock of their available account, so concurrent requests can never overdraw it.
 */
export async function requestPayout(
  ctx: LedgerContext,
  request: PayoutRequest,
): Promise<PayoutOutcome> {
  const body = canonicalJson({
    expertId: request.expertId,
    amountMinor: request.amountMinor,
    currency: request.currency,
    destination: request.destination,
  });
  try {
    return await withWriteTransaction(ctx.db, ctx.dialect, async (trx) => {
      const nowIso = ctx.now().toISOString();
      const available = expertAccount(request.expertId, 'available');
      await lockAccount(
        trx,
        ctx.dialect,
        { code: available, currency: request.currency, expertId: request.expertId },
        nowIso,
      );
      const existing = await findRequest(trx, request.expertId, request.idempotencyKey);
      if (existing) return replay(existing, body);
      const balance = await accountBalance(trx, available, request.currency);
      const accepted = balance >= request.amountMinor;
      const transaction = accepted
        ? await insertTransaction(
            trx,
            ctx,
            {
              uniqueKey: `payout:${request.expertId}:${request.idempotencyKey}`,
              body: JSON.parse(body) as unknown,
              kind: 'payout',
              expertId: request.expertId,
              currency: request.currency,
              amountMinor: request.amountMinor,
              memo: request.destination ? { destination: request.destination } : {},
              occurredAt: nowIso,
            },
            body,
            nowIso,
          )
        : null;
      const row: Selectable<LedgerPayoutRequestsTable> = {
        expert_id: request.expertId,
        idempotency_key: request.idempotencyKey,
        request_body: body,
        status: accepted ? 'accepted' : 'rejected',
        transaction_id: transaction?.id ?? null,
        amount_minor: request.amountMinor,
        currency: request.currency,
        reason: accepted ? null : 'insufficient-funds',
        available_minor: balance,
        requested_at: nowIso,
      };
      await trx
        .insertInto('ledger_payout_requests')
        .values({ ...row, amount_minor: request.amountMinor, available_minor: balance })
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
