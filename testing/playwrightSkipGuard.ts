/** A Playwright reporter that fails the run on a skipped test not in testing/allowedSkips.ts. */
import { relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { skipReport, type Skipped } from './allowedSkips';

export default class SkipGuard implements Reporter {
  private readonly skipped: Skipped[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const note = test.annotations.find((a) => a.type === 'skip')?.description;
    this.skipped.push({
      file: relative(process.cwd(), test.location.file),
      // Without the project and file entries Playwright puts first.
      title: test.titlePath().slice(3).join(' > '),
      ...(note ? { note } : {}),
    });
  }

  onEnd(): Promise<{ status: FullResult['status'] } | undefined> {
    if (this.skipped.length === 0) return Promise.resolve(undefined);
    const { lines, ok } = skipReport(this.skipped);
    for (const line of lines) console.log(line);
    return Promise.resolve(ok ? undefined : { status: 'failed' });
  }

  printsToStdio(): boolean {
    return false;
  }
}
