import { afterEach, describe, expect, it, vi } from 'vitest';
import { finish, formatTable, informative, median, metric, missed } from './results';

vi.mock('node:fs', () => ({ mkdirSync: vi.fn(), writeFileSync: vi.fn() }));

describe('bench results', () => {
  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

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
      informative: false,
      pass: true,
    });
    expect(informative('m', 'ms', 10, null).ratio).toBeNull();
    expect(informative('m', 'ms', 10, 0).ratio).toBeNull();
  });

  it('marks informative figures as such: they neither pass nor miss', () => {
    const figure = informative('heap', 'MB', 12, 10);
    expect(figure).toMatchObject({ informative: true, pass: null, target: null });
    expect(missed([figure])).toEqual([]);
  });

  it('counts a figure that is not a number as a miss, whatever the check said', () => {
    expect(metric('apply', 'ms', NaN, null, '≤ 500 ms', true).pass).toBe(false);
  });

  it('prints one aligned row per metric with the baseline named', () => {
    const lines = formatTable(
      [
        metric('first sync', 'ms', 1500, 1000, '≤ 1.5× floor', true),
        metric('push', 'ms', 4000, null, '≤ 3000 ms', false),
        informative('edits', 'ms', 90, null),
      ],
      'floor',
    );
    expect(lines[0]).toMatch(/^metric\s+ours\s+floor\s+ratio {2}target \/ pass$/);
    expect(lines[1]).toMatch(/^first sync\s+1500\s+1000\s+1\.50 {2}≤ 1\.5× floor {2}✓ {2}\(ms\)$/);
    expect(lines[2]).toMatch(/^push\s+4000\s+—\s+— {2}≤ 3000 ms {2}✗ {2}\(ms\)$/);
    expect(lines[3]).toMatch(/^edits\s+90\s+—\s+— {2}informative {2}\(ms\)$/);
  });

  it('finishes with a non-zero exit code when a target is missed, and zero when all are met', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    finish('demo', 'machine', [
      metric('a', 'ms', 1, null, '≤ 2 ms', true),
      informative('b', 'ms', 9, null),
    ]);
    expect(process.exitCode).toBeUndefined();
    finish('demo', 'machine', [metric('a', 'ms', 3, null, '≤ 2 ms', false)]);
    expect(process.exitCode).toBe(1);
  });
});
