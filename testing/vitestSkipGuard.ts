/** A Vitest reporter that fails the run on a skipped test not in testing/allowedSkips.ts. */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { skipReport, type Skipped } from './allowedSkips';

export default class SkipGuard implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const skipped: Skipped[] = [];
    for (const module of modules)
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped') continue;
        skipped.push({
          file: relative(process.cwd(), module.moduleId),
          title: test.fullName,
          ...(result.note ? { note: result.note } : {}),
        });
      }
    if (skipped.length === 0) return;
    const { lines, ok } = skipReport(skipped);
    for (const line of lines) console.log(line);
    if (!ok) process.exitCode = 1;
  }
}
