import { describe, expect, it } from 'vitest';
import { lowerBound, sortInSlices } from './sorting';

describe('sortInSlices', () => {
  it('sorts like Array.prototype.sort, pausing between runs and merge levels', async () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647);
    const items = Array.from({ length: 20_000 }, () => random() % 5000);
    let pauses = 0;
    const sorted = await sortInSlices(
      [...items],
      (a, b) => a - b,
      () => {
        pauses++;
        return Promise.resolve();
      },
    );
    expect(sorted).toEqual([...items].sort((a, b) => a - b));
    // 5 runs of 4,096, three merge levels: the work was spread over several tasks.
    expect(pauses).toBeGreaterThanOrEqual(4);
  });

  it('keeps equal items in their original order and handles the empty list', async () => {
    const pairs = Array.from({ length: 10_000 }, (_, i) => ({ key: i % 3, i }));
    const sorted = await sortInSlices(
      pairs,
      (a, b) => a.key - b.key,
      () => Promise.resolve(),
    );
    for (let k = 1; k < sorted.length; k++)
      if (sorted[k]!.key === sorted[k - 1]!.key)
        expect(sorted[k]!.i).toBeGreaterThan(sorted[k - 1]!.i);
    expect(
      await sortInSlices(
        [],
        () => 0,
        () => Promise.resolve(),
      ),
    ).toEqual([]);
  });
});

describe('lowerBound', () => {
  it('finds the first place an item may go', () => {
    const sorted = [1, 3, 3, 5];
    expect([0, 1, 3, 4, 6].map((n) => lowerBound(sorted, (x) => x < n))).toEqual([0, 0, 1, 3, 4]);
    expect(lowerBound([], () => true)).toBe(0);
  });
});
