import { describe, expect, it } from 'vitest';
import { informative, metric } from './results';
import { summarise } from './summary';

describe('bench summary', () => {
  const met = metric('first page', 'ms', 500, 550, '≤ 1.1× stock', true);
  const miss = metric('push p99', 'ms', 700, null, '≤ 50 ms', false);
  const figure = informative('heap', 'MB', 12, null);

  it('passes only when every benchmark exited 0 with every target met', () => {
    const { lines, ok } = summarise([{ name: 'pdf', exitCode: 0, metrics: [met, figure] }]);
    expect(ok).toBe(true);
    expect(lines[1]).toMatch(/^pdf\s+2\s+1\s+0 {2}✓$/);
  });

  it('fails on a missed target and names it', () => {
    const { lines, ok } = summarise([
      { name: 'pdf', exitCode: 0, metrics: [met] },
      { name: 'server', exitCode: 1, metrics: [met, miss] },
    ]);
    expect(ok).toBe(false);
    expect(lines[2]).toMatch(/^server\s+2\s+2\s+1 {2}✗ push p99$/);
  });

  it('fails on a benchmark that crashed or wrote no results', () => {
    expect(summarise([{ name: 'text', exitCode: 1 }])).toMatchObject({ ok: false });
    expect(summarise([{ name: 'text', exitCode: 0 }]).lines[1]).toContain('no results (exit 0)');
    expect(summarise([{ name: 'sync', exitCode: 2, metrics: [met] }]).lines[1]).toContain(
      '✗ exit 2',
    );
  });
});
