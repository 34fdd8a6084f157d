import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeIntervals,
  activeMs,
  checkpoint,
  NO_ACTIVITY,
  recordActivity,
  type ActivityEvent,
} from './activity';

const S = 1000;
const idle = { idleMs: 60 * S };
const input = (at: number, taskId = 'A'): ActivityEvent => ({ kind: 'input', at, taskId });
const focus = (at: number, taskId = 'A'): ActivityEvent => ({ kind: 'focus', at, taskId });
const blur = (at: number): ActivityEvent => ({ kind: 'blur', at });

describe('client activity model', () => {
  it('keeps the clock running between signals closer than the idle pause, stops it on blur', () => {
    expect(activeIntervals([focus(0), input(10 * S), input(50 * S), blur(70 * S)], idle)).toEqual([
      { taskId: 'A', start: 0, end: 70 * S },
    ]);
  });

  it('counts at most the idle pause after the last signal, then stops', () => {
    expect(activeIntervals([input(0), input(200 * S)], idle, 230 * S)).toEqual([
      { taskId: 'A', start: 0, end: 60 * S },
      { taskId: 'A', start: 200 * S, end: 230 * S },
    ]);
  });

  it('switches the clock to the task that gets a signal; time is never on two tasks', () => {
    expect(
      activeIntervals([input(0), input(10 * S, 'B'), input(20 * S, 'A')], idle, 25 * S),
    ).toEqual([
      { taskId: 'A', start: 0, end: 10 * S },
      { taskId: 'B', start: 10 * S, end: 20 * S },
      { taskId: 'A', start: 20 * S, end: 25 * S },
    ]);
  });

  it('closes the stretch at its last signal when the clock jumps backwards', () => {
    expect(activeIntervals([input(100 * S), input(110 * S), input(5 * S)], idle, 6 * S)).toEqual([
      { taskId: 'A', start: 100 * S, end: 110 * S },
      { taskId: 'A', start: 5 * S, end: 6 * S },
    ]);
  });

  it('shows live time per task and checkpoints the open stretch without losing or doubling it', () => {
    let state = recordActivity(NO_ACTIVITY, input(0), idle);
    state = recordActivity(state, input(30 * S), idle);
    expect(activeMs(state, 40 * S, idle)).toBe(40 * S);
    expect(activeMs(state, 40 * S, idle, 'B')).toBe(0);
    const first = checkpoint(state, 40 * S, idle);
    expect(first.intervals).toEqual([{ taskId: 'A', start: 0, end: 40 * S }]);
    state = recordActivity(first.state, input(50 * S), idle);
    const second = checkpoint(state, 55 * S, idle);
    expect(second.intervals).toEqual([{ taskId: 'A', start: 40 * S, end: 55 * S }]);
    // Long idle: the last checkpoint ends the stretch at lastSignal + idle and drops it.
    const third = checkpoint(second.state, 500 * S, idle);
    expect(third.intervals).toEqual([{ taskId: 'A', start: 55 * S, end: 110 * S }]);
    expect(third.state.open).toBeNull();
  });

  it('refuses a non-positive idle pause', () => {
    expect(() => recordActivity(NO_ACTIVITY, input(0), { idleMs: 0 })).toThrow(RangeError);
  });

  const events = fc
    .array(
      fc.record({
        gap: fc.nat(120 * S),
        kind: fc.constantFrom('input', 'input', 'focus', 'blur'),
        task: fc.constantFrom('A', 'B'),
      }),
      { maxLength: 40 },
    )
    .map((steps) => {
      let at = 0;
      return steps.map(({ gap, kind, task }): ActivityEvent => {
        at += gap;
        return kind === 'blur' ? blur(at) : { kind: kind, at, taskId: task };
      });
    });

  it('never overlaps, stays within the observed time, and checkpoints add up (property)', () => {
    fc.assert(
      fc.property(events, fc.array(fc.nat(1000), { maxLength: 5 }), (evs, cuts) => {
        const last = evs.reduce((m, e) => Math.max(m, e.at), 0);
        const all = activeIntervals(evs, idle, last);
        const sorted = [...all].sort((a, b) => a.start - b.start);
        sorted.forEach((iv, i) => {
          expect(iv.end).toBeGreaterThan(iv.start);
          expect(iv.end).toBeLessThanOrEqual(last);
          const next = sorted[i + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(iv.end);
        });
        const sum = all.reduce((s, i) => s + i.end - i.start, 0);
        // Checkpointing at arbitrary moments between events yields the same total.
        let state = NO_ACTIVITY;
        let synced = 0;
        const points = new Set(cuts.map((c) => Math.floor((c / 1000) * evs.length)));
        evs.forEach((e, i) => {
          state = recordActivity(state, e, idle);
          if (points.has(i)) {
            const cp = checkpoint(state, e.at, idle);
            state = cp.state;
            synced += cp.intervals.reduce((s, iv) => s + iv.end - iv.start, 0);
          }
        });
        synced += checkpoint(state, last, idle).intervals.reduce(
          (s, iv) => s + iv.end - iv.start,
          0,
        );
        expect(synced).toBe(sum);
      }),
    );
  });
});
