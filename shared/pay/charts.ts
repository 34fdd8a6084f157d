import type { Statement, StatementLine } from './statement';

/** What a line adds to the expert's earnings: credits for work, bonuses and adjustments. */
function earned(line: StatementLine): number {
  if (line.kind === 'accrual' || line.kind === 'bonus')
    return line.account === 'pending' ? line.amountMinor : 0;
  if (line.kind === 'adjustment') return line.amountMinor;
  return 0;
}

/** ISO 8601 week of a UTC instant, e.g. `2026-W05` (weeks start on Monday; week 1 has Jan 4th). */
export function isoWeek(instant: string): string {
  const date = new Date(instant);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface EarnedBucket {
  readonly key: string;
  readonly earnedMinor: number;
}

function bucket(
  lines: readonly StatementLine[],
  keyOf: (l: StatementLine) => string | null,
): EarnedBucket[] {
  const sums = new Map<string, number>();
  for (const line of lines) {
    const amount = earned(line);
    const key = keyOf(line);
    if (amount === 0 || key === null) continue;
    sums.set(key, (sums.get(key) ?? 0) + amount);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, earnedMinor]) => ({ key, earnedMinor }));
}

/** Earned per project (work, bonuses and adjustments; payouts are not earnings). */
export function earnedByProject(statement: Statement): EarnedBucket[] {
  return bucket(statement.lines, (l) => l.projectId ?? 'none');
}

/** Earned per ISO week of the business event (approval, grant), in week order. */
export function earnedByWeek(statement: Statement): EarnedBucket[] {
  return bucket(statement.lines, (l) => isoWeek(l.occurredAt));
}
