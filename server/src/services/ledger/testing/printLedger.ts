import type { Kysely } from 'kysely';
import { asCurrency, formatMinor } from '../../../../../shared/pay/money';
import { toMinor, type LedgerDatabase } from '../schema';

/** The whole ledger as a journal (debits left, credits right), for tests and notes. */
export async function printLedger(db: Kysely<LedgerDatabase>): Promise<string> {
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select([
      't.id',
      't.kind',
      't.occurred_at',
      't.task_id',
      't.assignment_id',
      't.review_id',
      't.reason',
      't.source_transaction_id',
      'e.line',
      'e.account_code',
      'e.currency',
      'e.amount_minor',
    ])
    .orderBy('t.occurred_at')
    .orderBy('t.id')
    .orderBy('e.line')
    .execute();
  const ids = new Map<string, number>();
  // Account codes name the expert and project: as wide as the widest one.
  const width = Math.max(34, ...rows.map((r) => r.account_code.length + 2));
  const lines: string[] = [];
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (s: string, n: number): string => s.padStart(n);
  lines.push(
    `${pad('tx', 4)}${pad('kind', 16)}${pad('account', width)}${num('debit', 10)}${num('credit', 10)}  ref`,
  );
  for (const r of rows) {
    if (!ids.has(r.id)) ids.set(r.id, ids.size + 1);
    const n = ids.get(r.id) ?? 0;
    const amount = toMinor(r.amount_minor);
    const money = formatMinor(Math.abs(amount), asCurrency(r.currency));
    const refs = [
      r.task_id && `task ${r.task_id}`,
      r.review_id && `review ${r.review_id}`,
      r.source_transaction_id && `settles #${ids.get(r.source_transaction_id) ?? '?'}`,
      r.reason && `“${r.reason}”`,
    ].filter(Boolean);
    lines.push(
      `${pad(r.line === 0 ? `#${n}` : '', 4)}${pad(r.line === 0 ? r.kind : '', 16)}${pad(r.account_code, width)}` +
        `${num(amount < 0 ? money : '', 10)}${num(amount > 0 ? money : '', 10)}  ${r.line === 0 ? refs.join(' · ') : ''}`.trimEnd(),
    );
  }
  return lines.join('\n');
}
