import { describe, expect, it } from 'vitest';
import { formatTable, median, metric } from './results';

describe('bench results', () => {
  it('takes the median of odd and even counts without changing the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('rounds figures and computes the ratio only against a baseline', () => {
    expect(metric('m', 'ms', 1234.5678, 1000, '≤ 1.5× floor', true)).toEqual({
      metric: 'm',
      unit: 'ms',
      ours: 1234.57,
      baseline: 1000,
      ratio: 1.23,
      target: '≤ 1.5× floor',
      pass: true,
    });
    expect(metric('m', 'ms', 10, null, null, null).ratio).toBeNull();
    expect(metric('m', 'ms', 10, 0, null, null).ratio).toBeNull();
  });

  it('prints one aligned row per metric with the baseline named', () => {
    const lines = formatTable(
      [
        metric('first sync', 'ms', 1500, 1000, '≤ 1.5× floor', true),
        metric('edits', 'ms', 90, null, null, null),
      ],
      'floor',
    );
    expect(lines[0]).toMatch(/^metric\s+ours\s+floor\s+ratio {2}target \/ pass$/);
    expect(lines[1]).toMatch(/^first sync\s+1500\s+1000\s+1\.50 {2}≤ 1\.5× floor {2}✓ {2}\(ms\)$/);
    expect(lines[2]).toMatch(/^edits\s+90\s+—\s+— {4}\(ms\)$/);
  });
});
