/**
 * `npm run bench:text`: the text pane on a generated 10 MB, 200,000-line document with 50,000
 * spans, against plain Monaco showing the same text, in one Chromium session. Prints ours, plain
 * and their ratio, and writes bench/results/text.json (docs/ARCHITECTURE.md, "Benchmarks").
 *
 * The harness page (bench/text/harness) is built here with Vite into out/bench-text and served on
 * 127.0.0.1 with the generated document; nothing of it enters the app's bundle.
 */
import type { Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_LAUNCH } from '../../e2e/chromium';
import {
  finish,
  formatTable,
  informative,
  machine,
  median,
  metric,
  type Metric,
} from '../shared/results';
import { serve } from '../shared/serve';
import { generateDocument } from './generate';
import { longestRendererTask } from './trace';

const root = resolve(__dirname, '../..');
const outDir = join(root, 'out/bench-text');
const RUNS = 5;
const LABELS = 50;
const WARM_UP = 3;

interface Harness {
  bench: {
    load(): Promise<{ textLength: number; spans: number }>;
    mount(): Promise<number>;
    applied(): Promise<{ ms: number; start: number; end: number }>;
    longestTask(from: number, to: number): number;
    selectWordOnLine(line: number): Promise<void>;
    armKey(): void;
    keyLatency(): Promise<number>;
  };
}

async function buildHarness(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(__dirname, 'harness'),
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      modulePreload: { polyfill: false },
      // BENCH_TEXT_READABLE=1 keeps names readable for a CPU profile of the harness.
      minify: process.env.BENCH_TEXT_READABLE !== '1',
    },
  });
}

/** The built harness and the generated document (written beside it), on loopback. */
async function serveHarness(text: string, spans: string): Promise<{ server: Server; url: string }> {
  const data = join(outDir, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'text.txt'), text);
  writeFileSync(join(data, 'spans.json'), spans);
  return serve({ '/': outDir });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

interface RunResult {
  firstPaintMs: number;
  applyMs?: number;
  longestTaskMs: number;
  /** CPU time of the longest task (traced runs only). */
  longestTaskCpuMs?: number;
  heapMb: number;
}

/** One fresh page: load, mount, wait for every decoration, measure the longest task and the heap. */
async function runOnce(
  browser: Browser,
  url: string,
  mode: 'ours' | 'plain' | 'plain+data',
  traced: boolean,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${mode}] page error: ${error.message}`));
  await page.goto(
    mode === 'plain+data'
      ? `${url}/index.html?mode=plain&data=1`
      : `${url}/index.html?mode=${mode}`,
  );
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate(() => (window as unknown as Harness).bench.load());
  if (traced)
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
    });
  const firstPaintMs = await page.evaluate(() => (window as unknown as Harness).bench.mount());
  let applyMs: number | undefined;
  let window_ = { from: 0, to: Number.MAX_SAFE_INTEGER };
  if (mode === 'ours') {
    const applied = await page.evaluate(() => (window as unknown as Harness).bench.applied());
    applyMs = applied.ms;
    window_ = { from: applied.start, to: applied.end };
  } else {
    await page.waitForTimeout(1500);
  }
  let longestTaskMs = await page.evaluate(
    ({ from, to }) => (window as unknown as Harness).bench.longestTask(from, to),
    window_,
  );
  let longestTaskCpuMs: number | undefined;
  if (traced) {
    const trace = await browser.stopTracing();
    const events = JSON.parse(trace.toString('utf8')) as Parameters<typeof longestRendererTask>[0];
    const longest = longestRendererTask(events, mode === 'ours');
    longestTaskMs = longest.wallMs;
    longestTaskCpuMs = longest.cpuMs;
  }
  const heap = await heapMb(page);
  return {
    page,
    context,
    result: { firstPaintMs, applyMs, longestTaskMs, longestTaskCpuMs, heapMb: heap },
  };
}

/** Key press → painted effect, over LABELS presses: a label key (ours) or a cursor move (plain). */
async function keyLatencies(page: Page, mode: 'ours' | 'plain'): Promise<number[]> {
  const latencies: number[] = [];
  // The first WARM_UP presses (not counted) let the JIT compile the paths a press takes.
  for (let i = -WARM_UP; i < LABELS; i++) {
    const line = 2000 + (i + WARM_UP) * 3_700;
    await page.evaluate((l) => (window as unknown as Harness).bench.selectWordOnLine(l), line);
    await page.evaluate(() => (window as unknown as Harness).bench.armKey());
    await page.keyboard.press(mode === 'ours' ? String((((i % 9) + 9) % 9) + 1) : 'ArrowRight');
    const latency = await page.evaluate(() => (window as unknown as Harness).bench.keyLatency());
    if (i >= 0) latencies.push(latency);
  }
  return latencies;
}

const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
};
const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  console.log('building the harness…');
  await buildHarness();
  if (process.env.BENCH_TEXT_BUILD_ONLY === '1') return;
  const { text, spans } = generateDocument();
  const textMb = Buffer.byteLength(text, 'utf8') / 1024 / 1024;
  console.log(
    `document: ${round(textMb, 2)} MB, ${text.split('\n').length.toLocaleString('en')} lines, ${spans.length.toLocaleString('en')} spans`,
  );
  const { server, url } = await serveHarness(
    text,
    JSON.stringify(spans.map((s) => [s.start, s.end, s.label])),
  );
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, '--enable-precise-memory-info'],
  });
  try {
    const ours: RunResult[] = [];
    const plain: RunResult[] = [];
    const plainWithData: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['plain', 'ours', 'plain+data'] as const) {
        const { context, result } = await runOnce(browser, url, mode, false);
        (mode === 'ours' ? ours : mode === 'plain' ? plain : plainWithData).push(result);
        console.log(`run ${run + 1} ${mode}: ${JSON.stringify(result)}`);
        await context.close();
      }
    }
    // One traced run each for the longest main-thread task, then the key latencies.
    const tracedPlain = await runOnce(browser, url, 'plain', true);
    const plainKeys = await keyLatencies(tracedPlain.page, 'plain');
    await tracedPlain.context.close();
    const tracedOurs = await runOnce(browser, url, 'ours', true);
    const ourKeys = await keyLatencies(tracedOurs.page, 'ours');
    await tracedOurs.context.close();

    const heapOurs = median(ours.map((r) => r.heapMb));
    const heapPlain = median(plain.map((r) => r.heapMb));
    const heapPlainWithData = median(plainWithData.map((r) => r.heapMb));
    const firstPaint = median(ours.map((r) => r.firstPaintMs));
    const firstPaintPlain = median(plain.map((r) => r.firstPaintMs));
    const applyMs = median(ours.map((r) => r.applyMs ?? NaN));
    const longest = tracedOurs.result.longestTaskMs;
    const labelP95 = p95(ourKeys);
    const heapOwn = heapOurs - (heapPlainWithData - heapPlain);
    const metrics: Metric[] = [
      metric(
        'time to first paint',
        'ms',
        firstPaint,
        firstPaintPlain,
        '≤ 1.3 × plain',
        firstPaint <= 1.3 * firstPaintPlain,
      ),
      metric('apply 50,000 span decorations', 'ms', applyMs, null, '≤ 500 ms', applyMs <= 500),
      metric(
        'longest main-thread task while applying',
        'ms',
        longest,
        tracedPlain.result.longestTaskMs,
        '≤ 50 ms',
        longest <= 50,
      ),
      informative(
        'longest main-thread task while applying, CPU time',
        'ms',
        tracedOurs.result.longestTaskCpuMs ?? NaN,
        tracedPlain.result.longestTaskCpuMs ?? null,
      ),
      metric(
        'select → label latency p95 (50 labels)',
        'ms',
        labelP95,
        p95(plainKeys),
        '≤ 50 ms',
        labelP95 <= 50,
      ),
      // The baseline holds the same 50,000 annotation objects: they are the host's data.
      informative(
        'JS heap, whole page (plain: with the same annotation objects)',
        'MB',
        heapOurs,
        heapPlainWithData,
      ),
      metric(
        "JS heap without the host's annotation objects",
        'MB',
        heapOwn,
        heapPlain,
        `≤ 3 × text size (${round(3 * textMb)} MB)`,
        heapOwn <= 3 * textMb,
      ),
    ];

    console.log(
      `\ntext pane vs plain Monaco (medians of ${RUNS} runs; latency p95 over ${LABELS} keys)`,
    );
    console.log(formatTable(metrics, 'plain').join('\n'));
    console.log(`latency per label (ms): ${ourKeys.map((k) => Math.round(k)).join(' ')}`);
    finish('text', machine(`Chromium ${browser.version()}`, loadAtStart), metrics);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
