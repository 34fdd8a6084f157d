import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docClass, span } from '../agreement/testAnnotations';
import { goldCountFor, mixGold } from './mix';
import { scoreExpertsOnGold, scoreGoldAnswer, type GoldKey } from './score';

const tasks = Array.from({ length: 18 }, (_, i) => `t${i}`);
const gold = Array.from({ length: 5 }, (_, i) => ({ id: `g${i}` }));

describe('mixing gold into a queue', () => {
  it('mixes at the configured rate, keeps task order, and is the same for the same seed', () => {
    const queue = mixGold(tasks, gold, { rate: 0.1, seed: 'p1:alice:1' });
    expect(queue).toHaveLength(20); // 18 tasks + round(18 · 0.1 / 0.9) = 2 gold
    expect(queue.filter((q) => q.kind === 'gold')).toHaveLength(2);
    expect(queue.flatMap((q) => (q.kind === 'task' ? [q.item] : []))).toEqual(tasks);
    expect(mixGold(tasks, gold, { rate: 0.1, seed: 'p1:alice:1' })).toEqual(queue);
    // Each half of the queue holds one gold item.
    expect(queue.slice(0, 10).filter((q) => q.kind === 'gold')).toHaveLength(1);
  });

  it('places gold differently for another seed', () => {
    const positions = (seed: string) =>
      mixGold(tasks, gold, { rate: 0.25, seed }).flatMap((q, i) => (q.kind === 'gold' ? [i] : []));
    const seen = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => positions(s).join(',')));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('never repeats gold an expert has answered, and gives an empty queue no gold', () => {
    const queue = mixGold(tasks, gold, {
      rate: 0.5,
      seed: 's',
      exclude: new Set(['g0', 'g1', 'g2']),
    });
    expect(queue.flatMap((q) => (q.kind === 'gold' ? [q.item.id] : [])).sort()).toEqual([
      'g3',
      'g4',
    ]);
    expect(mixGold([], gold, { rate: 0.5, seed: 's' })).toEqual([]);
    expect(() => goldCountFor(3, 1)).toThrow(RangeError);
  });

  it('keeps the gold share within one item of the rate and never repeats a gold item (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.string(),
        (n, rate, seed) => {
          const pool = Array.from({ length: 100 }, (_, i) => ({ id: `g${i}` }));
          const queue = mixGold(
            Array.from({ length: n }, (_, i) => i),
            pool,
            { rate, seed },
          );
          const goldCount = queue.filter((q) => q.kind === 'gold').length;
          expect(Math.abs(goldCount - rate * queue.length)).toBeLessThanOrEqual(1);
          expect(new Set(queue.flatMap((q) => (q.kind === 'gold' ? [q.item.id] : []))).size).toBe(
            goldCount,
          );
        },
      ),
    );
  });
});

describe('scoring experts against gold', () => {
  const CLASSES = ['relevant', 'not-relevant'];
  const keys: GoldKey[] = [
    {
      goldTaskId: 'g1',
      annotations: [
        span('key', 'd1', 0, 10, 'party'),
        span('key', 'd1', 20, 30, 'date'),
        docClass('key', 'd1', 'relevant'),
      ],
    },
    { goldTaskId: 'g2', annotations: [docClass('key', 'd2', 'not-relevant')] },
  ];

  it('scores span F1 and class per answer', () => {
    expect(
      scoreGoldAnswer(
        keys[0]!,
        {
          expertId: 'alice',
          goldTaskId: 'g1',
          annotations: [span('a', 'd1', 1, 10, 'party'), docClass('a', 'd1', 'relevant')],
        },
        { documentClasses: CLASSES },
      ),
    ).toEqual({ goldTaskId: 'g1', spanF1: 2 / 3, classMatch: true, passed: false });
  });

  it('summarises per expert, latest answer per gold task, ignoring unknown gold', () => {
    const summary = scoreExpertsOnGold(
      keys,
      [
        { expertId: 'bob', goldTaskId: 'g1', annotations: [] },
        {
          expertId: 'bob',
          goldTaskId: 'g1',
          annotations: [
            span('b', 'd1', 0, 10, 'party'),
            span('b', 'd1', 22, 30, 'date'),
            docClass('b', 'd1', 'relevant'),
          ],
        },
        { expertId: 'bob', goldTaskId: 'g2', annotations: [docClass('b', 'd2', 'relevant')] },
        { expertId: 'alice', goldTaskId: 'g2', annotations: [docClass('a', 'd2', 'not-relevant')] },
        { expertId: 'alice', goldTaskId: 'nope', annotations: [] },
      ],
      { documentClasses: CLASSES, spanMode: 'exact' },
    );
    expect(summary.map(({ scores: _s, ...rest }) => rest)).toEqual([
      { expertId: 'alice', answered: 1, passed: 1, meanSpanF1: null, classAccuracy: 1 },
      // bob: g1 exact F1 = 2·1/(2·1 + 1 + 1) = 0.5 → fails; g2 wrong class → fails.
      { expertId: 'bob', answered: 2, passed: 0, meanSpanF1: 0.5, classAccuracy: 0.5 },
    ]);
  });
});
