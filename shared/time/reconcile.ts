import type { ActiveInterval } from './activity';
import {
  clip,
  mergeTouching,
  splitAtDays,
  subtractAll,
  total,
  type Interval,
  type TaskInterval,
} from './intervals';

/** A claimed interval; `id` is the sync record's id, so a re-sent copy is recognised exactly. */
export interface ClaimedInterval extends ActiveInterval {
  readonly id?: string;
}

/** Intervals as one sync batch carried them, with the two clocks that bound them. */
export interface ClaimBatch {
  /** Client clock when the batch was sent. */
  readonly clientSentAt: number;
  /** Server clock when it arrived: nothing in the batch can have happened later. */
  readonly receivedAt: number;
  readonly intervals: readonly ClaimedInterval[];
}

/** What the server knows about each task of the expert (server clock). */
export interface TaskWindow {
  readonly taskId: string;
  /** When the expert accepted (or started) the assignment; earlier time is not work on it. */
  readonly notBefore: number;
  /** When the submission arrived; later time is not work on it (submitted work is locked). */
  readonly notAfter?: number;
  /** Most active time payable for this task, if the project caps it. */
  readonly capMs?: number;
}

export interface ReconcileOptions {
  readonly tasks: readonly TaskWindow[];
  /** Most active time payable per day across all tasks. */
  readonly dayCapMs: number;
  /** Offset of the expert's day from UTC (e.g. +2 h = 7_200_000), so caps follow their days. */
  readonly utcOffsetMs?: number;
  /** Clock differences beyond this are reported (default 5 min; the correction applies either way). */
  readonly skewToleranceMs?: number;
  /** Intervals already reconciled and paid: they keep their time and count toward the caps. */
  readonly fixed?: readonly TaskInterval[];
}

export type TrimReason =
  | 'invalid'
  | 'unknown-task'
  | 'before-task-start'
  | 'after-receipt'
  | 'after-submission'
  | 'duplicate'
  | 'overlap'
  | 'task-cap'
  | 'day-cap';

export interface Trim extends TaskInterval {
  readonly ms: number;
  readonly reason: TrimReason;
  /** Human-readable explanation shown to the expert. */
  readonly detail: string;
}

export interface Reconciliation {
  /** Payable intervals (server clock), sorted, same-task touching pieces merged, none overlapping. */
  readonly intervals: readonly TaskInterval[];
  readonly trims: readonly Trim[];
  readonly perTaskMs: Readonly<Record<string, number>>;
  /** Payable ms per expert day (`YYYY-MM-DD` in the expert's offset), new intervals only. */
  readonly perDayMs: Readonly<Record<string, number>>;
  /** Batches whose clock was off by more than the tolerance. */
  readonly skewedBatches: readonly { readonly batch: number; readonly offsetMs: number }[];
}

const byStart = (a: TaskInterval, b: TaskInterval): number =>
  a.start - b.start || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0);

/**
 * Server-side reconciliation of the active time an expert's clients claimed. Client times are
 * mapped to server time with each batch's offset (receivedAt − clientSentAt), then bounded by the
 * receipt time and the task's window, de-duplicated, freed of overlaps between tasks (time goes to
 * the interval that started first, so no minute is paid twice) and capped per task and per day,
 * earliest time first. Every removed millisecond is reported with its reason.
 */
export function reconcileTime(
  batches: readonly ClaimBatch[],
  options: ReconcileOptions,
): Reconciliation {
  const trims: Trim[] = [];
  const trim = (piece: TaskInterval, reason: TrimReason, detail: string): void => {
    if (piece.end > piece.start)
      trims.push({ ...piece, ms: piece.end - piece.start, reason, detail });
  };
  const windows = new Map(options.tasks.map((t) => [t.taskId, t]));
  const skewedBatches: { batch: number; offsetMs: number }[] = [];

  // 1. Map to server time and bound each claim. A copy of an id already seen (a retried push) is a
  //    duplicate as a whole: the first-received copy counts, whatever latency the retry had.
  const bounded: TaskInterval[] = [];
  const ids = new Set<string>();
  const inArrival = batches
    .map((batch, index) => ({ batch, index }))
    .sort((x, y) => x.batch.receivedAt - y.batch.receivedAt || x.index - y.index);
  inArrival.forEach(({ batch, index }) => {
    const offset = batch.receivedAt - batch.clientSentAt;
    if (Math.abs(offset) > (options.skewToleranceMs ?? 5 * 60_000))
      skewedBatches.push({ batch: index, offsetMs: offset });
    for (const claim of batch.intervals) {
      const raw = { taskId: claim.taskId, start: claim.start + offset, end: claim.end + offset };
      if (!Number.isFinite(raw.start) || !Number.isFinite(raw.end) || raw.end <= raw.start) {
        trims.push({ ...raw, ms: 0, reason: 'invalid', detail: 'empty or malformed interval' });
        continue;
      }
      if (claim.id !== undefined) {
        if (ids.has(claim.id)) {
          trim(raw, 'duplicate', 'the same interval was sent again');
          continue;
        }
        ids.add(claim.id);
      }
      const window = windows.get(claim.taskId);
      if (!window) {
        trim(raw, 'unknown-task', 'not a task assigned to this expert');
        continue;
      }
      const limits: [Interval, TrimReason, string][] = [
        [
          { start: window.notBefore, end: Infinity },
          'before-task-start',
          'before the task was accepted',
        ],
        [
          { start: -Infinity, end: batch.receivedAt },
          'after-receipt',
          'later than the server received it',
        ],
        [
          { start: -Infinity, end: window.notAfter ?? Infinity },
          'after-submission',
          'after the work was submitted',
        ],
      ];
      let piece: Interval | null = raw;
      for (const [limit, reason, detail] of limits) {
        if (!piece) break;
        const kept = clip(piece, limit);
        for (const lost of subtractAll(piece, kept ? [kept] : []))
          trim({ taskId: claim.taskId, ...lost }, reason, detail);
        piece = kept;
      }
      if (piece) bounded.push({ taskId: claim.taskId, ...piece });
    }
  });

  // 2. One task counted once: re-sent and repeated claims collapse.
  const unique: TaskInterval[] = [];
  const seen = new Map<string, Interval[]>();
  for (const claim of [...bounded].sort(byStart)) {
    const earlier = seen.get(claim.taskId) ?? [];
    const fresh = subtractAll(claim, earlier);
    for (const lost of subtractAll(claim, fresh))
      trim({ taskId: claim.taskId, ...lost }, 'duplicate', 'claimed more than once');
    for (const part of fresh) unique.push({ taskId: claim.taskId, ...part });
    seen.set(claim.taskId, [...earlier, ...fresh]);
  }

  // 3. No minute paid twice: paid time first, then the earliest-starting claim keeps it.
  const taken: TaskInterval[] = [...(options.fixed ?? [])].sort(byStart);
  const exclusive: TaskInterval[] = [];
  for (const claim of unique.sort(byStart)) {
    const fresh = subtractAll(claim, taken);
    for (const lost of subtractAll(claim, fresh)) {
      const other = taken.find((t) => t.start < lost.end && lost.start < t.end);
      trim(
        { taskId: claim.taskId, ...lost },
        'overlap',
        `same time already counted for task ${other?.taskId ?? '?'}`,
      );
    }
    for (const part of fresh) {
      const piece = { taskId: claim.taskId, ...part };
      exclusive.push(piece);
      taken.push(piece);
    }
  }

  // 4. Caps, earliest time first; paid time counts toward them but is never cut.
  const taskUsed = new Map<string, number>();
  const dayUsed = new Map<string, number>();
  const offset = options.utcOffsetMs ?? 0;
  for (const paid of options.fixed ?? []) {
    taskUsed.set(paid.taskId, (taskUsed.get(paid.taskId) ?? 0) + (paid.end - paid.start));
    for (const day of splitAtDays(paid, offset))
      dayUsed.set(day.day, (dayUsed.get(day.day) ?? 0) + (day.end - day.start));
  }
  const kept: TaskInterval[] = [];
  const perDayMs: Record<string, number> = {};
  for (const claim of exclusive.sort(byStart)) {
    for (const day of splitAtDays(claim, offset)) {
      const cap = windows.get(claim.taskId)?.capMs ?? Infinity;
      const usedTask = taskUsed.get(claim.taskId) ?? 0;
      const usedDay = dayUsed.get(day.day) ?? 0;
      const room = Math.max(0, Math.min(cap - usedTask, options.dayCapMs - usedDay));
      const end = Math.min(day.end, day.start + room);
      if (end < day.end) {
        const byTask = cap - usedTask <= options.dayCapMs - usedDay;
        trim(
          { taskId: claim.taskId, start: end, end: day.end },
          byTask ? 'task-cap' : 'day-cap',
          byTask
            ? `task cap of ${cap / 60_000} min reached`
            : `daily cap of ${options.dayCapMs / 60_000} min reached on ${day.day}`,
        );
      }
      if (end > day.start) {
        kept.push({ taskId: claim.taskId, start: day.start, end });
        taskUsed.set(claim.taskId, usedTask + (end - day.start));
        dayUsed.set(day.day, usedDay + (end - day.start));
        perDayMs[day.day] = (perDayMs[day.day] ?? 0) + (end - day.start);
      }
    }
  }

  const intervals = mergeTouching(kept.sort(byStart));
  const perTaskMs: Record<string, number> = {};
  for (const i of intervals) perTaskMs[i.taskId] = (perTaskMs[i.taskId] ?? 0) + total([i]);
  return { intervals, trims: trims.sort(byStart), perTaskMs, perDayMs, skewedBatches };
}
