import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { total, type TaskInterval } from './intervals';
import {
  reconcileTime,
  type ClaimBatch,
  type ReconcileOptions,
  type TaskWindow,
} from './reconcile';

const MIN = 60_000;
const H = 60 * MIN;
const T0 = Date.UTC(2026, 2, 2, 8, 0); // Monday 08:00 UTC

const tasks: TaskWindow[] = [
  { taskId: 'A', notBefore: T0 },
  { taskId: 'B', notBefore: T0 },
  { taskId: 'C', notBefore: T0 + 30 * MIN, notAfter: T0 + 90 * MIN },
];
const opts: ReconcileOptions = { tasks, dayCapMs: 10 * H };

/** A batch sent by an honest client at `sentAt` with a clock `skew` ms ahead. */
function batch(
  sentAt: number,
  intervals: (TaskInterval & { id?: string })[],
  skew = 0,
  latency = 0,
): ClaimBatch {
  return {
    clientSentAt: sentAt + skew,
    receivedAt: sentAt + latency,
    intervals: intervals.map((i) => ({ ...i, start: i.start + skew, end: i.end + skew })),
  };
}
const iv = (taskId: string, fromMin: number, toMin: number): TaskInterval => ({
  taskId,
  start: T0 + fromMin * MIN,
  end: T0 + toMin * MIN,
});

describe('server time reconciliation', () => {
  it('corrects a skewed client clock by the batch offset and reports large skew', () => {
    const skewed = batch(T0 + 2 * H, [iv('A', 0, 60)], 3 * H, 200);
    const result = reconcileTime([skewed], opts);
    // The client's clock ran 3 h ahead; mapped back, the hour lands where it happened (+ latency).
    expect(result.intervals).toEqual([{ taskId: 'A', start: T0 + 200, end: T0 + 60 * MIN + 200 }]);
    expect(result.skewedBatches).toEqual([{ batch: 0, offsetMs: -3 * H + 200 }]);
    expect(result.trims).toEqual([]);
  });

  it('never counts time after the server received the batch, before acceptance or after submission', () => {
    const result = reconcileTime(
      [
        batch(T0 + 60 * MIN, [iv('A', 50, 70), iv('C', 20, 50)], 0, 0),
        batch(T0 + 3 * H, [iv('C', 80, 100)], 0, 0),
      ],
      opts,
    );
    expect(result.perTaskMs).toEqual({ A: 10 * MIN, C: 30 * MIN });
    expect(result.trims.map((t) => [t.taskId, t.reason, t.ms / MIN])).toEqual([
      ['C', 'before-task-start', 10],
      ['A', 'after-receipt', 10],
      ['C', 'after-submission', 10],
    ]);
  });

  it('counts a re-sent batch once, even when the retry arrived with a different latency', () => {
    const first = batch(T0 + 2 * H, [{ ...iv('A', 0, 30), id: 'i1' }], 0, 100);
    const retry = batch(T0 + 2 * H + 5000, [{ ...iv('A', 0, 30), id: 'i1' }], 0, 4000);
    const result = reconcileTime([retry, first], opts);
    expect(result.intervals).toEqual([{ taskId: 'A', start: T0 + 100, end: T0 + 30 * MIN + 100 }]);
    expect(result.trims).toMatchObject([{ reason: 'duplicate', ms: 30 * MIN }]);
    // Without ids, identical copies still collapse (same task, same time).
    const plain = batch(T0 + 2 * H, [iv('A', 0, 30)]);
    expect(reconcileTime([plain, plain], opts).perTaskMs).toEqual({ A: 30 * MIN });
  });

  it('removes overlaps between tasks: the earlier-started task keeps the minute', () => {
    const result = reconcileTime([batch(T0 + 2 * H, [iv('B', 10, 40), iv('A', 0, 30)])], opts);
    expect(result.intervals).toEqual([iv('A', 0, 30), iv('B', 30, 40)]);
    expect(result.trims).toMatchObject([
      {
        taskId: 'B',
        reason: 'overlap',
        ms: 20 * MIN,
        detail: 'same time already counted for task A',
      },
    ]);
  });

  it('keeps already-paid time and lets it win overlaps and count toward caps', () => {
    const result = reconcileTime([batch(T0 + 3 * H, [iv('B', 0, 120)])], {
      ...opts,
      tasks: tasks.map((t) => (t.taskId === 'B' ? { ...t, capMs: 90 * MIN } : t)),
      fixed: [iv('A', 0, 60)],
    });
    expect(result.intervals).toEqual([iv('B', 60, 120)]);
    expect(result.trims.map((t) => t.reason)).toEqual(['overlap']);
    const capped = reconcileTime([batch(T0 + 3 * H, [iv('B', 60, 180)])], {
      ...opts,
      tasks: tasks.map((t) => (t.taskId === 'B' ? { ...t, capMs: 90 * MIN } : t)),
      fixed: [iv('B', 0, 30)],
    });
    expect(capped.perTaskMs).toEqual({ B: 60 * MIN });
    expect(capped.trims).toMatchObject([{ reason: 'task-cap', ms: 60 * MIN }]);
  });

  it('caps each expert day, with days in the expert’s own offset', () => {
    // 20:00–04:00 UTC; at UTC+2 the day changes at 22:00 UTC.
    const night = { taskId: 'A', start: T0 + 12 * H, end: T0 + 20 * H };
    const result = reconcileTime([batch(T0 + 21 * H, [night])], {
      ...opts,
      dayCapMs: 90 * MIN,
      utcOffsetMs: 2 * H,
    });
    expect(result.perDayMs).toEqual({ '2026-03-02': 90 * MIN, '2026-03-03': 90 * MIN });
    expect(result.trims.map((t) => [t.reason, t.ms / MIN])).toEqual([
      ['day-cap', 30],
      ['day-cap', 270],
    ]);
  });

  it('reports malformed and unknown-task claims', () => {
    const result = reconcileTime([batch(T0 + H, [iv('A', 10, 10), iv('Z', 0, 5)])], opts);
    expect(result.intervals).toEqual([]);
    expect(result.trims.map((t) => t.reason).sort()).toEqual(['invalid', 'unknown-task']);
  });

  const claims = fc.array(
    fc.record({
      sentMin: fc.integer({ min: 0, max: 48 * 60 }),
      skew: fc.integer({ min: -6 * H, max: 6 * H }),
      intervals: fc.array(
        fc
          .record({
            task: fc.constantFrom('A', 'B', 'C', 'Z'),
            from: fc.integer({ min: -60, max: 48 * 60 }),
            len: fc.integer({ min: 1, max: 300 }),
          })
          .map(({ task, from, len }) => iv(task, from, from + len)),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 6 },
  );

  it('never pays a minute twice, respects caps, and accounts for every claimed ms (property)', () => {
    const capped = {
      ...opts,
      dayCapMs: 4 * H,
      tasks: tasks.map((t) => ({ ...t, capMs: 5 * H })),
      fixed: [iv('B', 100, 130)],
    };
    fc.assert(
      fc.property(claims, (spec) => {
        const batches = spec.map((c) => batch(T0 + c.sentMin * MIN, c.intervals, c.skew));
        const result = reconcileTime(batches, capped);
        const all = [...result.intervals, ...capped.fixed].sort((a, b) => a.start - b.start);
        all.forEach((a, i) => {
          const next = all[i + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(a.end);
        });
        for (const ms of Object.values(result.perDayMs)) expect(ms).toBeLessThanOrEqual(4 * H);
        for (const [task, ms] of Object.entries(result.perTaskMs))
          expect(ms + (task === 'B' ? 30 * MIN : 0)).toBeLessThanOrEqual(5 * H);
        // Conservation: what was claimed (on the server clock) is either kept or trimmed.
        const claimed = batches.reduce(
          (s, b) => s + b.intervals.reduce((t, i) => t + Math.max(0, i.end - i.start), 0),
          0,
        );
        expect(total(result.intervals) + result.trims.reduce((s, t) => s + t.ms, 0)).toBe(claimed);
        // Re-sending and re-ordering batches changes nothing that is paid.
        const again = reconcileTime([...batches, ...batches].reverse(), capped);
        expect(again.intervals).toEqual(result.intervals);
      }),
    );
  });
});
