import type { Earning } from '../../../../shared/pay/earnings';
import { asCurrency, type Currency } from '../../../../shared/pay/money';
import { parseExpertAccount, type TransactionKind } from '../../../../shared/pay/postings';
import {
  buildStatement,
  describeEarning,
  type ExpertBalances,
  type Statement,
  type StatementEntry,
} from '../../../../shared/pay/statement';
import type { LedgerContext } from './post';
import { toMinor } from './schema';

/** What one organisation owes one expert in one currency. */
export interface OrganisationBalances extends ExpertBalances {
  readonly organisationId: string;
  readonly currency: Currency;
}

/**
 * The expert's balances per organisation and currency, summed from the entries (there is no stored
 * balance). The pre-organisation history is left out: its balances were carried over.
 */
export async function balancesOf(
  ctx: LedgerContext,
  expertId: string,
): Promise<OrganisationBalances[]> {
  const rows = await ctx.db
    .selectFrom('ledger_entries')
    .select(['organisation_id', 'account_code', 'currency'])
    .select((eb) => eb.fn.sum<number | string>('amount_minor').as('total'))
    .where('expert_id', '=', expertId)
    .where('organisation_id', 'is not', null)
    .groupBy(['organisation_id', 'account_code', 'currency'])
    .execute();
  const byBook = new Map<
    string,
    OrganisationBalances & { pendingMinor: number; availableMinor: number }
  >();
  for (const row of rows) {
    const organisationId = row.organisation_id ?? '';
    const key = `${organisationId} ${row.currency}`;
    const kind = parseExpertAccount(row.account_code)?.kind;
    const b = byBook.get(key) ?? {
      organisationId,
      currency: asCurrency(row.currency),
      pendingMinor: 0,
      availableMinor: 0,
    };
    if (kind === 'pending') b.pendingMinor += toMinor(row.total);
    if (kind === 'available') b.availableMinor += toMinor(row.total);
    byBook.set(key, b);
  }
  return [...byBook.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, b]) => b);
}

/** Every (organisation, currency) the expert has lines in; organisation null is the history. */
export async function booksOf(
  ctx: LedgerContext,
  expertId: string,
): Promise<{ organisationId: string | null; currency: Currency }[]> {
  const rows = await ctx.db
    .selectFrom('ledger_entries')
    .select(['organisation_id', 'currency'])
    .where('expert_id', '=', expertId)
    .groupBy(['organisation_id', 'currency'])
    .execute();
  return rows
    .map((r) => ({ organisationId: r.organisation_id, currency: asCurrency(r.currency) }))
    .sort(
      (a, b) =>
        // The history last; then by organisation and currency.
        Number(a.organisationId === null) - Number(b.organisationId === null) ||
        (a.organisationId ?? '').localeCompare(b.organisationId ?? '') ||
        a.currency.localeCompare(b.currency),
    );
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
    case 'carry-over':
      return 'balance carried over to per-organisation accounts';
  }
}

export interface StatementQuery {
  readonly expertId: string;
  /** The organisation whose debt the statement shows; null for the pre-organisation history. */
  readonly organisationId: string | null;
  readonly currency: Currency;
  readonly from: string;
  readonly to: string;
}

/**
 * The expert's statement with one organisation for [from, to): opening balances, every movement
 * with the project, task, assignment, review decision, reason or settled transaction behind it,
 * and closing balances — read in one transaction so the opening and the lines agree.
 */
export async function statementOf(ctx: LedgerContext, query: StatementQuery): Promise<Statement> {
  const book = query.organisationId;
  const run = ctx.db.transaction();
  const read = ctx.dialect === 'postgres' ? run.setIsolationLevel('repeatable read') : run;
  return read.execute(async (trx) => {
    const opening = await trx
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
      .select('e.account_code')
      .select((eb) => eb.fn.sum<number | string>('e.amount_minor').as('total'))
      .where('e.expert_id', '=', query.expertId)
      .where((eb) =>
        book === null ? eb('e.organisation_id', 'is', null) : eb('e.organisation_id', '=', book),
      )
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
      .where((eb) =>
        book === null ? eb('e.organisation_id', 'is', null) : eb('e.organisation_id', '=', book),
      )
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
      // The account's project: a payout's lines each name the project they drew on.
      projectId: parseExpertAccount(r.account_code)?.projectId ?? r.project_id,
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
