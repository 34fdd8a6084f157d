/** Half-open interval [start, end) in milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export interface TaskInterval extends Interval {
  readonly taskId: string;
}

const DAY_MS = 86_400_000;

/** The part of `a` inside `limit`, or null if none. */
export function clip(a: Interval, limit: Interval): Interval | null {
  const start = Math.max(a.start, limit.start);
  const end = Math.min(a.end, limit.end);
  return end > start ? { start, end } : null;
}

/** The parts of `a` that none of `others` cover, in order. */
export function subtractAll(a: Interval, others: readonly Interval[]): Interval[] {
  const cuts = others
    .filter((o) => o.start < a.end && a.start < o.end)
    .sort((x, y) => x.start - y.start);
  const parts: Interval[] = [];
  let cursor = a.start;
  for (const cut of cuts) {
    if (cut.start > cursor) parts.push({ start: cursor, end: Math.min(cut.start, a.end) });
    cursor = Math.max(cursor, cut.end);
    if (cursor >= a.end) break;
  }
  if (cursor < a.end) parts.push({ start: cursor, end: a.end });
  return parts;
}

/** Joins consecutive pieces of the same task that touch or overlap; input sorted by start. */
export function mergeTouching(sorted: readonly TaskInterval[]): TaskInterval[] {
  const merged: TaskInterval[] = [];
  for (const piece of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.taskId === piece.taskId && piece.start <= last.end)
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, piece.end) };
    else merged.push(piece);
  }
  return merged;
}

export function total(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, i) => sum + (i.end - i.start), 0);
}

/** `YYYY-MM-DD` of an instant in a day shifted by `utcOffsetMs` from UTC. */
export function dayOf(instant: number, utcOffsetMs: number): string {
  return new Date(instant + utcOffsetMs).toISOString().slice(0, 10);
}

/** Cuts an interval where the expert's days change. */
export function splitAtDays(
  interval: Interval,
  utcOffsetMs: number,
): { day: string; start: number; end: number }[] {
  const parts: { day: string; start: number; end: number }[] = [];
  let start = interval.start;
  while (start < interval.end) {
    const local = start + utcOffsetMs;
    const nextDay = (Math.floor(local / DAY_MS) + 1) * DAY_MS - utcOffsetMs;
    const end = Math.min(interval.end, nextDay);
    parts.push({ day: dayOf(start, utcOffsetMs), start, end });
    start = end;
  }
  return parts;
}
