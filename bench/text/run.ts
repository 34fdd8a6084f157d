/**
 * `npm run bench:text`: the text pane on a generated 10 MB, 200,000-line document with 50,000
 * spans, against plain Monaco showing the same text, in one Chromium session. Prints ours, plain
 * and their ratio, and writes bench/results/text.json (DESIGN.md, "Conventions other tools rely on").
 *
 * The harness page (bench/text/harness) is built here with Vite into out/bench-text and served on
 * 127.0.0.1 with the generated document; nothing of it enters the app's bundle.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_LAUNCH } from '../../e2e/chromium';
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

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.tsv': 'text/plain',
};

function serve(text: string, spans: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/data/text.txt' || path === '/data/spans.json') {
      response.end(path === '/data/text.txt' ? text : spans);
      return;
    }
    const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(outDir)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolveServe) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveServe({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
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
  await page.goto(mode === 'plain+data' ? `${url}/?mode=plain&data=1` : `${url}/?mode=${mode}`);
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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
};
const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

async function main(): Promise<void> {
  console.log('building the harness…');
  await buildHarness();
  if (process.env.BENCH_TEXT_BUILD_ONLY === '1') return;
  const { text, spans } = generateDocument();
  const textMb = Buffer.byteLength(text, 'utf8') / 1024 / 1024;
  console.log(
    `document: ${round(textMb, 2)} MB, ${text.split('\n').length.toLocaleString('en')} lines, ${spans.length.toLocaleString('en')} spans`,
  );
  const { server, url } = await serve(
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

    const metrics = [
      {
        metric: 'time to first paint',
        unit: 'ms',
        ours: round(median(ours.map((r) => r.firstPaintMs))),
        baseline: round(median(plain.map((r) => r.firstPaintMs))),
        target: '≤ 1.3 × plain',
        check: (o: number, b: number) => o <= 1.3 * b,
      },
      {
        metric: 'apply 50,000 span decorations',
        unit: 'ms',
        ours: round(median(ours.map((r) => r.applyMs ?? 0))),
        baseline: null,
        target: '≤ 500 ms',
        check: (o: number) => o <= 500,
      },
      {
        metric: 'longest main-thread task while applying',
        unit: 'ms',
        ours: round(tracedOurs.result.longestTaskMs),
        baseline: round(tracedPlain.result.longestTaskMs),
        target: '≤ 50 ms',
        check: (o: number) => o <= 50,
      },
      {
        metric: 'longest main-thread task while applying, CPU time',
        unit: 'ms',
        ours: round(tracedOurs.result.longestTaskCpuMs ?? 0),
        baseline: round(tracedPlain.result.longestTaskCpuMs ?? 0),
        target: 'informative',
        check: () => true,
      },
      {
        metric: 'select → label latency p95 (50 labels)',
        unit: 'ms',
        ours: round(p95(ourKeys)),
        baseline: round(p95(plainKeys)),
        target: '≤ 50 ms',
        check: (o: number) => o <= 50,
      },
      {
        // The baseline holds the same 50,000 annotation objects: they are the host's data.
        metric: 'JS heap, whole page (plain: with the same annotation objects)',
        unit: 'MB',
        ours: round(median(ours.map((r) => r.heapMb))),
        baseline: round(median(plainWithData.map((r) => r.heapMb))),
        target: 'informative',
        check: () => true,
      },
      {
        metric: "JS heap without the host's annotation objects",
        unit: 'MB',
        ours: round(
          median(ours.map((r) => r.heapMb)) -
            (median(plainWithData.map((r) => r.heapMb)) - median(plain.map((r) => r.heapMb))),
        ),
        baseline: round(median(plain.map((r) => r.heapMb))),
        target: `≤ 3 × text size (${round(3 * textMb)} MB)`,
        check: (o: number) => o <= 3 * textMb,
      },
    ].map(({ check, ...m }) => ({
      ...m,
      ratio: m.baseline ? round(m.ours / m.baseline, 2) : null,
      pass: check(m.ours, m.baseline ?? 0),
    }));

    console.log(
      '\ntext pane vs plain Monaco (medians of %d runs; latency p95 over %d keys)',
      RUNS,
      LABELS,
    );
    console.table(
      metrics.map((m) => ({
        metric: m.metric,
        ours: `${m.ours} ${m.unit}`,
        plain: m.baseline === null ? '—' : `${m.baseline} ${m.unit}`,
        ratio: m.ratio ?? '—',
        target: m.target,
        pass: m.pass ? 'yes' : 'NO',
      })),
    );
    console.log(`latency per label (ms): ${ourKeys.map((k) => Math.round(k)).join(' ')}`);
    const results = join(root, 'bench/results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, 'text.json'),
      `${JSON.stringify(
        {
          name: 'text',
          date: new Date().toISOString(),
          machine: `${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, Chromium ${browser.version()}`,
          metrics: metrics.map(({ metric, unit, ours: o, baseline, ratio, target, pass }) => ({
            metric,
            unit,
            ours: o,
            baseline,
            ratio,
            target,
            pass,
          })),
        },
        null,
        2,
      )}\n`,
    );
    console.log('wrote bench/results/text.json');
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
