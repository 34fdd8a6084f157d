/**
 * `npm run bench:pdf`: the PDF pane against pdf.js's stock viewer components (same pdfjs-dist),
 * in one Chromium session, on a generated 2,000-page text-heavy contract. Prints ours, stock and
 * the ratios and writes bench/results/pdf.json (docs/ARCHITECTURE.md, "Benchmarks").
 */
import react from '@vitejs/plugin-react';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_LAUNCH } from '../../e2e/chromium';
import { benchDocument } from './generate';
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
import type { DomStats } from './harness/probes';

const root = resolve(__dirname, '../..');
// Generated PDF, its text and the built harness: a cache, out of git and out of lint's way.
const work = join(root, 'node_modules/.cache/glossator-bench-pdf');
const JUMP_TARGET = 1500;
const JUMPS = 10;
const SCROLL_PAGES = 300;
const SCROLL_FROM = 10;
const LABELS = 20;
const OPENS = 5;

interface LabelTiming {
  readonly screen: number;
  readonly stored: number;
}

interface Run {
  readonly firstPage: number[];
  readonly jumps: number[];
  readonly start: DomStats;
  readonly after: DomStats;
  readonly heapMb: number;
  readonly labels: LabelTiming[];
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

async function load(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.harness !== undefined);
  return page;
}

/** Opens the document in a fresh page and returns the time to its first page. */
async function firstPage(browser: Browser, url: string): Promise<number> {
  const page = await load(browser, url);
  const ms = await page.evaluate(() => window.harness!.open());
  await page.context().close();
  return ms;
}

async function measure(
  browser: Browser,
  url: string,
  label: boolean,
): Promise<Omit<Run, 'firstPage'>> {
  const page = await load(browser, url);
  await page.evaluate(() => window.harness!.open());
  const jumps: number[] = [];
  for (let i = 0; i < JUMPS; i++)
    jumps.push(await page.evaluate((n) => window.harness!.jump(n), JUMP_TARGET));
  // DOM size where the scroll starts (page 10 has pages above and below it, as later ones do).
  await page.evaluate((n) => window.harness!.jump(n), SCROLL_FROM);
  await page.waitForTimeout(1500);
  const start = await page.evaluate(() => window.harness!.stats());
  await page.evaluate((n) => window.harness!.scrollTo(n), SCROLL_FROM + SCROLL_PAGES);
  const after = await page.evaluate(() => window.harness!.stats());
  const heap = await heapMb(page);
  const labels: LabelTiming[] = [];
  if (label)
    for (let i = 0; i < LABELS; i++)
      labels.push(await page.evaluate((n) => window.harness!.label!(n), i));
  await page.context().close();
  return { jumps, start, after, heapMb: heap, labels };
}

/** Labelling again, with the workspace's (unvirtualised) annotation list rendered beside the pane. */
async function labelWithSidebar(browser: Browser, url: string): Promise<LabelTiming[]> {
  const page = await load(browser, url);
  await page.evaluate(() => window.harness!.open());
  await page.evaluate((n) => window.harness!.jump(n), SCROLL_FROM + SCROLL_PAGES);
  await page.waitForTimeout(1000);
  const labels: LabelTiming[] = [];
  for (let i = 0; i < LABELS; i++)
    labels.push(await page.evaluate((n) => window.harness!.label!(n), i));
  await page.context().close();
  return labels;
}

async function main(): Promise<void> {
  // The machine may be shared: the load when the run starts helps read the figures.
  const loadAtStart = loadavg()[0] ?? 0;
  const doc = await benchDocument(work);
  const dist = join(work, 'dist');
  await build({
    configFile: false,
    root: join(__dirname, 'harness'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: dist,
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          ours: join(__dirname, 'harness/ours.html'),
          stock: join(__dirname, 'harness/stock.html'),
        },
      },
    },
  });
  const pdfjs = join(root, 'node_modules/pdfjs-dist');
  const { url, server } = await serve({
    '/': dist,
    '/pdfjs': pdfjs,
    '/doc.pdf': doc.pdf,
    '/doc.json': doc.text,
  });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    // Opening alternates between the two, so a change in the machine's load hits both alike.
    console.log(`time to first page, ${OPENS} openings each, alternating…`);
    const opensOurs: number[] = [];
    const opensStock: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      opensOurs.push(await firstPage(browser, `${url}/ours.html`));
      opensStock.push(await firstPage(browser, `${url}/stock.html`));
    }
    console.log('measuring the Glossator PDF pane…');
    const ours: Run = {
      firstPage: opensOurs,
      ...(await measure(browser, `${url}/ours.html`, true)),
    };
    console.log('measuring labelling with the workspace sidebar beside the pane…');
    const sidebarLabels = await labelWithSidebar(browser, `${url}/ours.html?sidebar`);
    console.log('measuring the stock pdf.js viewer…');
    const stock: Run = {
      firstPage: opensStock,
      ...(await measure(browser, `${url}/stock.html`, false)),
    };
    const first = median(ours.firstPage);
    const firstStock = median(stock.firstPage);
    const jump = p95(ours.jumps);
    const label = p95(ours.labels.map((l) => l.screen));
    const labelStored = p95(ours.labels.map((l) => l.stored));
    const scrolled = `after scrolling ${SCROLL_PAGES} pages`;
    const metrics: Metric[] = [
      metric(
        `time to first page (median of ${OPENS})`,
        'ms',
        first,
        firstStock,
        '≤ 1.1× stock and ≤ 1000 ms',
        first <= 1.1 * firstStock && first <= 1000,
      ),
      metric(
        `jump to page ${JUMP_TARGET} (p95 of ${JUMPS})`,
        'ms',
        jump,
        p95(stock.jumps),
        '≤ 300 ms',
        jump <= 300,
      ),
      metric(
        `live canvases ${scrolled}`,
        'count',
        ours.after.canvases,
        stock.after.canvases,
        '≤ 10',
        ours.after.canvases <= 10,
      ),
      informative(`DOM nodes on page ${SCROLL_FROM}`, 'count', ours.start.nodes, stock.start.nodes),
      metric(
        `DOM nodes ${scrolled}`,
        'count',
        ours.after.nodes,
        stock.after.nodes,
        `flat (≤ 1.25× on page ${SCROLL_FROM})`,
        ours.after.nodes <= 1.25 * ours.start.nodes,
      ),
      informative(`JS heap ${scrolled} (after GC)`, 'MB', ours.heapMb, stock.heapMb),
      metric(
        `label select→highlight, 5,000 annotations (p95 of ${LABELS})`,
        'ms',
        label,
        null,
        '≤ 50 ms',
        label <= 50,
      ),
      informative(
        `label select→stored (Dexie + outbox) and redrawn (p95 of ${LABELS})`,
        'ms',
        labelStored,
        null,
      ),
      informative(
        `label select→highlight with the workspace sidebar listing 5,000 (p95 of ${LABELS})`,
        'ms',
        p95(sidebarLabels.map((l) => l.screen)),
        null,
      ),
    ];
    console.log(`\n${formatTable(metrics, 'stock').join('\n')}`);
    console.log(
      `\nraw: ours first ${ours.firstPage.map(Math.round).join('/')} jumps ${ours.jumps.map(Math.round).join('/')} labels ${ours.labels.map((l) => `${Math.round(l.screen)}|${Math.round(l.stored)}`).join(' ')}`,
    );
    console.log(
      `raw: stock first ${stock.firstPage.map(Math.round).join('/')} jumps ${stock.jumps.map(Math.round).join('/')}`,
    );
    finish('pdf', machine(`Chromium ${browser.version()}`, loadAtStart), metrics);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
