/**
 * `npm run bench`: every `bench:<name>` script of package.json, one after another (they would
 * disturb each other's figures side by side), then one summary table. Exits non-zero when any
 * benchmark missed a target or failed. `npm run bench -- pdf text` runs only those.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RESULTS_DIR, type Metric } from './shared/results';
import { summarise, type BenchOutcome } from './shared/summary';

const root = resolve(__dirname, '..');
const scripts = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;
const all = Object.keys(scripts)
  .filter((s) => s.startsWith('bench:'))
  .map((s) => s.slice('bench:'.length));
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`no benchmark ${unknown.join(', ')}; there are: ${all.join(', ')}`);
  process.exit(2);
}

const outcomes: BenchOutcome[] = [];
for (const name of asked.length > 0 ? asked : all) {
  const file = join(RESULTS_DIR, `${name}.json`);
  rmSync(file, { force: true }); // an old file must not stand in for a run that wrote none
  console.log(`\n=== bench:${name} ===`);
  const run = spawnSync('npm', ['run', '--silent', `bench:${name}`], {
    cwd: root,
    stdio: 'inherit',
  });
  const metrics = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { metrics: Metric[] }).metrics
    : undefined;
  outcomes.push({ name, exitCode: run.status ?? 1, ...(metrics ? { metrics } : {}) });
}

const { lines, ok } = summarise(outcomes);
console.log(`\n${lines.join('\n')}`);
console.log(ok ? '\nevery target met' : '\nsome targets missed or benchmarks failed');
process.exitCode = ok ? 0 : 1;
