/**
 * What every benchmark prints and writes (DESIGN.md, "Conventions other tools rely on"): a table
 * of ours, baseline and ratio, and bench/results/<name>.json.
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
  readonly target: string | null;
  /** Against the target (null for informative figures). */
  readonly pass: boolean | null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function metric(
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
    pass,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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
    const pass = m.pass === null ? '' : m.pass ? '  ✓' : '  ✗';
    lines.push(
      `${m.metric.padEnd(width)}  ${cell(m.ours)}  ${cell(m.baseline)}  ${ratio}  ${m.target ?? ''}${pass}  (${m.unit})`,
    );
  }
  return lines;
}

/** The machine, as the results file records it (the load helps read figures on a shared host). */
export function machine(browser: string, loadAtStart = loadavg()[0] ?? 0): string {
  return `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, ${browser}, load ${loadAtStart.toFixed(1)} at start`;
}

/** Writes bench/results/<name>.json and returns its path relative to the checkout. */
export function writeResults(
  name: string,
  machineLine: string,
  metrics: readonly Metric[],
): string {
  const dir = resolve(__dirname, '../results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ name, date: new Date().toISOString(), machine: machineLine, metrics }, null, 2)}\n`,
  );
  return `bench/results/${name}.json`;
}
