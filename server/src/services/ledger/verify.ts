import { sql } from 'kysely';
import type { LedgerContext } from './post';
import { toMinor } from './schema';

export interface LedgerCheck {
  readonly ok: boolean;
  readonly transactions: number;
  readonly entries: number;
  /**
   * Per organisation's books and currency (organisation null: the pre-organisation history);
   * debits equal credits in each in a sound ledger.
   */
  readonly totals: readonly {
    organisationId: string | null;
    currency: string;
    debitsMinor: number;
    creditsMinor: number;
  }[];
  readonly problems: readonly string[];
}

/**
 * Audits the whole ledger's invariants (for tests, admin health checks and after restores): every
 * transaction balances within each organisation's books, every line is in its account's books,
 * every project's money is in its funding organisation's books, no expert account is below zero,
 * and payout requests agree with their transactions.
 */
export async function verifyLedger(ctx: LedgerContext): Promise<LedgerCheck> {
  const db = ctx.db;
  const problems: string[] = [];
  const unbalanced = await db
    .selectFrom('ledger_entries')
    .select(['transaction_id', 'organisation_id'])
    .groupBy(['transaction_id', 'organisation_id'])
    .having((eb) => eb.or([eb(eb.fn.sum('amount_minor'), '<>', 0), eb(eb.fn.countAll(), '<', 2)]))
    .execute();
  for (const r of unbalanced)
    problems.push(
      `transaction ${r.transaction_id} does not balance in ${r.organisation_id ?? 'pre-organisation'} books`,
    );
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
  // A line in other books than its account's is one organisation moving another's money.
  const misbooked = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', (join) =>
      join.onRef('a.code', '=', 'e.account_code').onRef('a.currency', '=', 'e.currency'),
    )
    .select(['e.transaction_id', 'e.account_code'])
    .where(sql<boolean>`coalesce(e.organisation_id, '') <> coalesce(a.organisation_id, '')`)
    .execute();
  for (const r of misbooked)
    problems.push(`transaction ${r.transaction_id} posts to ${r.account_code} in other books`);
  const crossing = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select(['t.id', 'e.organisation_id'])
    .where('e.organisation_id', 'is not', null)
    .where(sql<boolean>`e.organisation_id <> coalesce(t.organisation_id, '')`)
    .execute();
  for (const r of crossing)
    problems.push(`transaction ${r.id} posts in the books of ${r.organisation_id ?? ''} too`);
  const foreignProject = await db
    .selectFrom('ledger_accounts as a')
    .leftJoin('ledger_projects as p', 'p.project_id', 'a.project_id')
    .select(['a.code', 'a.organisation_id'])
    .where('a.project_id', 'is not', null)
    .where(sql<boolean>`coalesce(p.organisation_id, '') <> coalesce(a.organisation_id, '')`)
    .execute();
  for (const r of foreignProject)
    problems.push(`${r.code} is in ${r.organisation_id ?? 'no'} books, not its project's`);
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
    .select(['organisation_id', 'currency'])
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
    .groupBy(['organisation_id', 'currency'])
    .execute();
  const totalsOut = totals
    .map((t) => ({
      organisationId: t.organisation_id,
      currency: t.currency,
      debitsMinor: toMinor(t.debits),
      creditsMinor: toMinor(t.credits),
    }))
    // The history first, then by organisation and currency (the same on both engines).
    .sort(
      (a, b) =>
        Number(a.organisationId !== null) - Number(b.organisationId !== null) ||
        (a.organisationId ?? '').localeCompare(b.organisationId ?? '') ||
        a.currency.localeCompare(b.currency),
    );
  for (const t of totalsOut)
    if (t.debitsMinor !== t.creditsMinor)
      problems.push(`${t.organisationId ?? 'pre-organisation'} ${t.currency}: debits ≠ credits`);
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
