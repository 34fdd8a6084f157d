import { sql } from 'kysely';
import type { Earning } from '../../../shared/pay/earnings';
import { asCurrency, type Currency } from '../../../shared/pay/money';
import { parseExpertAccount, type TransactionKind } from '../../../shared/pay/postings';
import {
  buildStatement,
  describeEarning,
  type ExpertBalances,
  type Statement,
  type StatementEntry,
} from '../../../shared/pay/statement';
import type { LedgerContext } from './post';
import { toMinor } from './schema';

export interface CurrencyBalances extends ExpertBalances {
  readonly currency: Currency;
}

/** The expert's balances per currency, summed from the entries (there is no stored balance). */
export async function balancesOf(
  ctx: LedgerContext,
  expertId: string,
): Promise<CurrencyBalances[]> {
  const rows = await ctx.db
    .selectFrom('ledger_entries')
    .select(['account_code', 'currency'])
    .select((eb) => eb.fn.sum<number | string>('amount_minor').as('total'))
    .where('expert_id', '=', expertId)
    .groupBy(['account_code', 'currency'])
    .execute();
  const byCurrency = new Map<string, { pendingMinor: number; availableMinor: number }>();
  for (const row of rows) {
    const kind = parseExpertAccount(row.account_code)?.kind;
    const b = byCurrency.get(row.currency) ?? { pendingMinor: 0, availableMinor: 0 };
    if (kind === 'pending') b.pendingMinor += toMinor(row.total);
    if (kind === 'available') b.availableMinor += toMinor(row.total);
    byCurrency.set(row.currency, b);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, b]) => ({ currency: asCurrency(currency), ...b }));
}

function detailOf(kind: TransactionKind, memo: Record<string, unknown>): string {
  switch (kind) {
    case 'accrual':
      return memo.earning ? describeEarning(memo.earning as Earning) : 'approved work';
    case 'bonus':
      return 'bonus';
    case 'adjustment':
      return 'adjustment';
    case 'release':
      return 'hold period over: now available';
    case 'payout':
      return typeof memo.destination === 'string' ? `payout to ${memo.destination}` : 'payout';
    case 'payout-reversal':
      return 'payout returned';
  }
}

/**
 * The expert's statement for [from, to): opening balances, every movement with the task,
 * assignment, review decision or settled transaction behind it, and closing balances — read in one
 * transaction so the opening and the lines agree.
 */
export async function statementOf(
  ctx: LedgerContext,
  query: { expertId: string; currency: Currency; from: string; to: string },
): Promise<Statement> {
  const run = ctx.db.transaction();
  const read = ctx.dialect === 'postgres' ? run.setIsolationLevel('repeatable read') : run;
  return read.execute(async (trx) => {
    const opening = await trx
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
      .select('e.account_code')
      .select((eb) => eb.fn.sum<number | string>('e.amount_minor').as('total'))
      .where('e.expert_id', '=', query.expertId)
      .where('e.currency', '=', query.currency)
      .where('t.occurred_at', '<', query.from)
      .groupBy('e.account_code')
      .execute();
    const rows = await trx
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
      .select([
        'e.account_code',
        'e.amount_minor',
        't.id',
        't.kind',
        't.occurred_at',
        't.project_id',
        't.task_id',
        't.assignment_id',
        't.review_id',
        't.source_transaction_id',
        't.reason',
        't.memo',
      ])
      .where('e.expert_id', '=', query.expertId)
      .where('e.currency', '=', query.currency)
      .where('t.occurred_at', '>=', query.from)
      .where('t.occurred_at', '<', query.to)
      .execute();
    const sumOf = (kind: 'pending' | 'available'): number =>
      opening
        .filter((r) => parseExpertAccount(r.account_code)?.kind === kind)
        .reduce((s, r) => s + toMinor(r.total), 0);
    const entries = rows.map((r): StatementEntry => ({
      transactionId: r.id,
      occurredAt: r.occurred_at,
      kind: r.kind as TransactionKind,
      account: parseExpertAccount(r.account_code)?.kind ?? 'available',
      amountMinor: toMinor(r.amount_minor),
      projectId: r.project_id,
      taskId: r.task_id,
      assignmentId: r.assignment_id,
      reviewId: r.review_id,
      sourceTransactionId: r.source_transaction_id,
      reason: r.reason,
      detail: detailOf(r.kind as TransactionKind, JSON.parse(r.memo) as Record<string, unknown>),
    }));
    return buildStatement({
      ...query,
      opening: { pendingMinor: sumOf('pending'), availableMinor: sumOf('available') },
      entries,
    });
  });
}

export interface LedgerCheck {
  readonly ok: boolean;
  readonly transactions: number;
  readonly entries: number;
  /** Per currency; debits equal credits in a sound ledger. */
  readonly totals: readonly { currency: string; debitsMinor: number; creditsMinor: number }[];
  readonly problems: readonly string[];
}

/** Audits the whole ledger's invariants (for tests, admin health checks and after restores). */
export async function verifyLedger(ctx: LedgerContext): Promise<LedgerCheck> {
  const db = ctx.db;
  const problems: string[] = [];
  const unbalanced = await db
    .selectFrom('ledger_entries')
    .select('transaction_id')
    .groupBy('transaction_id')
    .having((eb) => eb.or([eb(eb.fn.sum('amount_minor'), '<>', 0), eb(eb.fn.countAll(), '<', 2)]))
    .execute();
  for (const r of unbalanced) problems.push(`transaction ${r.transaction_id} does not balance`);
  const empty = await db
    .selectFrom('ledger_transactions as t')
    .select('t.id')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('ledger_entries as e')
            .select('e.line')
            .whereRef('e.transaction_id', '=', 't.id'),
        ),
      ),
    )
    .execute();
  for (const r of empty) problems.push(`transaction ${r.id} has no entries`);
  const negative = await db
    .selectFrom('ledger_entries')
    .select(['account_code', 'currency'])
    .where('account_code', 'like', 'expert:%')
    .groupBy(['account_code', 'currency'])
    .having((eb) => eb(eb.fn.sum('amount_minor'), '<', 0))
    .execute();
  for (const r of negative) problems.push(`${r.account_code} ${r.currency} is below zero`);
  const orphanPayouts = await db
    .selectFrom('ledger_payout_requests')
    .select(['expert_id', 'idempotency_key'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'accepted'), eb('transaction_id', 'is', null)]),
        eb.and([eb('status', '=', 'rejected'), eb('transaction_id', 'is not', null)]),
      ]),
    )
    .execute();
  for (const r of orphanPayouts)
    problems.push(`payout request ${r.expert_id}/${r.idempotency_key} is inconsistent`);
  const totals = await db
    .selectFrom('ledger_entries')
    .select('currency')
    .select(
      sql<number | string>`sum(case when amount_minor < 0 then -amount_minor else 0 end)`.as(
        'debits',
      ),
    )
    .select(
      sql<number | string>`sum(case when amount_minor > 0 then amount_minor else 0 end)`.as(
        'credits',
      ),
    )
    .groupBy('currency')
    .orderBy('currency')
    .execute();
  const totalsOut = totals.map((t) => ({
    currency: t.currency,
    debitsMinor: toMinor(t.debits),
    creditsMinor: toMinor(t.credits),
  }));
  for (const t of totalsOut)
    if (t.debitsMinor !== t.creditsMinor) problems.push(`${t.currency}: debits ≠ credits`);
  const count = async (table: 'ledger_transactions' | 'ledger_entries'): Promise<number> =>
    toMinor(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirst()
      )?.n,
    );
  return {
    ok: problems.length === 0,
    transactions: await count('ledger_transactions'),
    entries: await count('ledger_entries'),
    totals: totalsOut,
    problems,
  };
}
