/**
 * What every benchmark prints and writes (docs/ARCHITECTURE.md, "Benchmarks"): a table of ours,
 * baseline and ratio, and bench/results/<name>.json; a missed target makes the run exit non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

export interface Metric {
  readonly metric: string;
  readonly unit: string;
  readonly ours: number;
  /** The peer or floor measured in the same run (null when there is none). */
  readonly baseline: number | null;
  readonly ratio: number | null;
  /** The target in words; null for an informative figure. */
  readonly target: string | null;
  /** A figure printed to read beside the others, with no target: it can neither pass nor miss. */
  readonly informative: boolean;
  /** Against the target; null exactly when the metric is informative. */
  readonly pass: boolean | null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function build(
  name: string,
  unit: string,
  ours: number,
  baseline: number | null,
  target: string | null,
  pass: boolean | null,
): Metric {
  return {
    metric: name,
    unit,
    ours: round2(ours),
    baseline: baseline === null ? null : round2(baseline),
    ratio: baseline ? round2(ours / baseline) : null,
    target,
    informative: target === null,
    pass,
  };
}

/** A metric with a target. A figure that is not a finite number misses it, whatever `pass` says. */
export function metric(
  name: string,
  unit: string,
  ours: number,
  baseline: number | null,
  target: string,
  pass: boolean,
): Metric {
  return build(name, unit, ours, baseline, target, pass && Number.isFinite(ours));
}

/** A figure with no target, printed for reading beside the others. */
export function informative(
  name: string,
  unit: string,
  ours: number,
  baseline: number | null,
): Metric {
  return build(name, unit, ours, baseline, null, null);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The metrics that have a target and missed it. */
export function missed(metrics: readonly Metric[]): Metric[] {
  return metrics.filter((m) => !m.informative && m.pass !== true);
}

/** The table as lines: metric, ours, baseline (named `baselineName`), ratio, target and pass. */
export function formatTable(metrics: readonly Metric[], baselineName: string): string[] {
  const width = Math.max(6, ...metrics.map((m) => m.metric.length));
  const cell = (n: number | null): string => (n === null ? '—' : String(n)).padStart(9);
  const lines = [
    `${'metric'.padEnd(width)}  ${'ours'.padStart(9)}  ${baselineName.padStart(9)}  ${'ratio'.padStart(6)}  target / pass`,
  ];
  for (const m of metrics) {
    const ratio = (m.ratio === null ? '—' : m.ratio.toFixed(2)).padStart(6);
    const verdict = m.informative ? 'informative' : `${m.target ?? ''}  ${m.pass ? '✓' : '✗'}`;
    lines.push(
      `${m.metric.padEnd(width)}  ${cell(m.ours)}  ${cell(m.baseline)}  ${ratio}  ${verdict}  (${m.unit})`,
    );
  }
  return lines;
}

/** The machine, as the results file records it (the load helps read figures on a shared host). */
export function machine(browser: string, loadAtStart = loadavg()[0] ?? 0): string {
  return `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, ${browser}, load ${loadAtStart.toFixed(1)} at start`;
}

export const RESULTS_DIR = resolve(__dirname, '../results');

/** Writes bench/results/<name>.json and returns its path relative to the checkout. */
export function writeResults(
  name: string,
  machineLine: string,
  metrics: readonly Metric[],
): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ name, date: new Date().toISOString(), machine: machineLine, metrics }, null, 2)}\n`,
  );
  return `bench/results/${name}.json`;
}

/**
 * Writes the results and says whether every target was met; a miss sets a non-zero exit code,
 * so `npm run bench:<name>` (and `npm run bench`) fail when a target is missed.
 */
export function finish(name: string, machineLine: string, metrics: readonly Metric[]): void {
  const file = writeResults(name, machineLine, metrics);
  const misses = missed(metrics);
  const targets = metrics.filter((m) => !m.informative).length;
  console.log(`\nwrote ${file}`);
  if (misses.length === 0) {
    console.log(`bench:${name}: all ${targets} targets met`);
    return;
  }
  console.log(`bench:${name}: ${misses.length} of ${targets} targets missed:`);
  for (const m of misses) console.log(`  ✗ ${m.metric}: ${m.ours} ${m.unit} (target ${m.target})`);
  process.exitCode = 1;
}
