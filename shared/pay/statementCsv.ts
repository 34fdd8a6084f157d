import { formatMinor } from './money';
import type { ExpertBalances, Statement } from './statement';

export const STATEMENT_CSV_COLUMNS = [
  'date',
  'transaction',
  'kind',
  'account',
  'amount',
  'currency',
  'pending_after',
  'available_after',
  'organisation',
  'project',
  'task',
  'assignment',
  'review',
  'settles',
  'reason',
  'detail',
] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe (OWASP CSV injection).
 */
export function csvText(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return csvRaw(safe);
}

function csvRaw(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The statement as CSV (UTF-8, CRLF line ends, one header row): an opening row, one row per
 * movement with the balances after it, and a closing row. Every row names the organisation that
 * owes the money (empty for the pre-organisation history). Amounts are plain decimals in the
 * statement currency, computed from integer minor units.
 */
export function statementToCsv(statement: Statement): string {
  const amount = (minor: number): string => formatMinor(minor, statement.currency);
  const balanceRow = (label: string, at: string, balances: ExpertBalances): string[] => [
    csvText(at),
    '',
    label,
    '',
    '',
    statement.currency,
    amount(balances.pendingMinor),
    amount(balances.availableMinor),
    csvText(statement.organisationId),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ];
  const rows: string[][] = [[...STATEMENT_CSV_COLUMNS]];
  rows.push(balanceRow('opening', statement.from, statement.opening));
  for (const line of statement.lines) {
    rows.push([
      csvText(line.occurredAt),
      csvText(line.transactionId),
      line.kind,
      line.account,
      amount(line.amountMinor),
      statement.currency,
      amount(line.after.pendingMinor),
      amount(line.after.availableMinor),
      csvText(statement.organisationId),
      csvText(line.projectId),
      csvText(line.taskId),
      csvText(line.assignmentId),
      csvText(line.reviewId),
      csvText(line.sourceTransactionId),
      csvText(line.reason),
      csvText(line.detail),
    ]);
  }
  rows.push(balanceRow('closing', statement.to, statement.closing));
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
