/** One table over every benchmark's results file, for `npm run bench`. */
import { missed, type Metric } from './results';

export interface BenchOutcome {
  readonly name: string;
  /** The benchmark process's exit code (non-zero: a target missed or the run failed). */
  readonly exitCode: number;
  /** Its results file, when it wrote one in this run. */
  readonly metrics?: readonly Metric[];
}

export function summarise(outcomes: readonly BenchOutcome[]): { lines: string[]; ok: boolean } {
  const lines = ['bench    metrics  targets  missed  verdict'];
  let ok = true;
  for (const o of outcomes) {
    const metrics = o.metrics ?? [];
    const targets = metrics.filter((m) => !m.informative).length;
    const misses = missed(metrics);
    const failed = o.exitCode !== 0 || !o.metrics || misses.length > 0;
    if (failed) ok = false;
    const verdict = !o.metrics
      ? `no results (exit ${o.exitCode})`
      : misses.length > 0
        ? `✗ ${misses.map((m) => m.metric).join('; ')}`
        : o.exitCode !== 0
          ? `✗ exit ${o.exitCode}`
          : '✓';
    lines.push(
      `${o.name.padEnd(8)} ${String(metrics.length).padStart(7)}  ${String(targets).padStart(7)}  ${String(misses.length).padStart(6)}  ${verdict}`,
    );
  }
  return { lines, ok };
}
