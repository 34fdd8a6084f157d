import { describe, expect, it } from 'vitest';
import { judgeSkips, skipReport } from './allowedSkips';

describe('allowed skips', () => {
  it('allows only the listed tests, with their reason', () => {
    const { allowed, refused } = judgeSkips([
      { file: 'e2e/electron.spec.ts', title: 'real Electron > starts and signs in' },
      { file: 'server/src/routes/badInput.test.ts', title: 'bad input > refuses PDFs' },
    ]);
    expect(allowed.map((a) => a.skip.file)).toEqual(['e2e/electron.spec.ts']);
    expect(allowed[0]!.why).toMatch(/Electron binary/);
    expect(refused.map((s) => s.file)).toEqual(['server/src/routes/badInput.test.ts']);
  });

  it('fails the report on a skip without leave and prints every reason', () => {
    const { lines, ok } = skipReport([
      { file: 'e2e/electron.spec.ts', title: 'real Electron > smoke' },
      { file: 'a.test.ts', title: 'x', note: 'no corpus' },
    ]);
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(
      /^skipped \(allowed\): e2e\/electron\.spec\.ts › real Electron > smoke — /,
    );
    expect(lines[1]).toBe(
      'skipped, NOT on the allow-list (testing/allowedSkips.ts): a.test.ts › x — no corpus',
    );
    expect(lines.at(-1)).toMatch(/1 test\(s\) skipped without leave/);
  });

  it('does not let a listed title cover another file', () => {
    expect(
      judgeSkips([{ file: 'e2e/other.spec.ts', title: 'real Electron' }]).refused,
    ).toHaveLength(1);
  });
});
