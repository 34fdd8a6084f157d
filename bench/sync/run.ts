/**
 * `npm run bench:sync`: the first sync of 100,000 annotations into an empty client, in Chromium,
 * against the floor measured in the same run (the same pull pages fetched raw and written with
 * the plain IndexedDB API); then 10,000 edits made offline and pushed after reconnecting, against
 * a raw push of the same mutations. Prints ours, floor and ratio, and writes
 * bench/results/sync.json (docs/ARCHITECTURE.md, "Benchmarks").
 *
 * The platform is the real server on SQLite in a temporary folder, in this process, seeded through
 * its push path. The harness page (bench/sync/harness) runs the renderer's sync engine and Dexie
 * database with main's platform client; it is built here with esbuild and served on 127.0.0.1.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build as esbuild, type Plugin } from 'esbuild';
import { CHROMIUM_LAUNCH } from '../../e2e/chromium';
import { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import { finish, formatTable, informative, machine, median, metric } from '../shared/results';
import { serve } from '../shared/serve';
import type { FirstSync, Target } from './harness/api';
import { startBenchPlatform } from './platform';

const root = resolve(__dirname, '../..');
const dist = join(root, 'node_modules/.cache/glossator-bench-sync');
const ANNOTATIONS = Number(process.env.BENCH_SYNC_ANNOTATIONS ?? 100_000);
const EDITS = Number(process.env.BENCH_SYNC_EDITS ?? 10_000);
const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);
const EDIT_RUNS = Number(process.env.BENCH_SYNC_EDIT_RUNS ?? 2);
/** Edits a call to the store's write path (putAnnotations) while offline. */
const EDIT_GROUP = 100;
const TARGET_RATIO = 1.5;
const TARGET_PUSH_MS = 3_000;

/** Bundles the harness with esbuild (the page needs no more than one script). */
async function buildHarness(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  // The platform client needs only NotSignedIn from the auth session, which is Node code.
  const authStub: Plugin = {
    name: 'auth-session-stub',
    setup(b) {
      b.onResolve({ filter: /\/auth\/authSession$/ }, () => ({
        path: join(__dirname, 'harness/authSessionStub.ts'),
      }));
    },
  };
  await esbuild({
    entryPoints: [join(__dirname, 'harness/main.ts')],
    outfile: join(dist, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    plugins: [authStub],
  });
  copyFileSync(join(__dirname, 'harness/index.html'), join(dist, 'index.html'));
}

interface HarnessPage {
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * The harness in a Chromium with a fresh profile on disk, as the app has: an incognito context
 * keeps IndexedDB in memory, where each write gets slower as the database grows (10× at 20,000
 * records here). The platform is another loopback origin, which the bench page may call directly.
 */
async function openHarness(url: string): Promise<HarnessPage> {
  const profile = mkdtempSync(join(tmpdir(), 'glossator-bench-sync-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, '--disable-web-security'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      console.error(`page ${message.type()}: ${message.text()}`);
  });
  await page.goto(`${url}/index.html`);
  await page.waitForFunction(() => window.syncBench !== undefined);
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function check(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: ${actual}, expected ${expected}`);
}

async function firstSync(
  page: Page,
  side: 'ours' | 'floor',
  target: Target,
  dbName: string,
): Promise<FirstSync> {
  const result =
    side === 'ours'
      ? await page.evaluate(([t, n]) => window.syncBench!.ours(t, n), [target, dbName] as const)
      : await page.evaluate(([t, n, size]) => window.syncBench!.floor(t, n, size), [
          target,
          dbName,
          MAX_PULL_LIMIT,
        ] as const);
  check(`${side}: annotations in the client`, result.local, ANNOTATIONS);
  check(`${side}: annotations pulled`, result.pulled, ANNOTATIONS);
  console.log(
    `  ${side.padEnd(5)} ${Math.round(result.ms)} ms (${result.pages} pages, ${result.local} annotations stored)`,
  );
  return result;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  console.log('building the harness…');
  await buildHarness();
  console.log(`starting the platform and pushing ${ANNOTATIONS.toLocaleString('en')} annotations…`);
  const seedStart = Date.now();
  const platform = await startBenchPlatform(ANNOTATIONS);
  console.log(`  seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
  const target: Target = {
    url: platform.url,
    token: platform.token,
    projectId: platform.projectId,
  };
  const { url, server } = await serve({ '/': dist });
  let kept: HarnessPage | undefined;
  try {
    // First sync: one floor run to warm the server (not counted), then runs alternating so a
    // change in the machine's load hits both alike. Each in a fresh profile (a fresh origin
    // storage: deleted databases would otherwise leave the next run a larger store to write to).
    console.log(
      `first sync of ${ANNOTATIONS.toLocaleString('en')} annotations, ${RUNS} runs each…`,
    );
    const once = async (side: 'ours' | 'floor', keep = false): Promise<FirstSync> => {
      const harness = await openHarness(url);
      try {
        return await firstSync(harness.page, side, target, `${side}-client`);
      } finally {
        if (keep) kept = harness;
        else await harness.close();
      }
    };
    await once('floor');
    const ours: FirstSync[] = [];
    const floor: FirstSync[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const);
      for (const side of order) {
        // The last synced client stays for the offline edits.
        const result = await once(side, side === 'ours' && run === RUNS - 1);
        (side === 'ours' ? ours : floor).push(result);
      }
    }
    if (!kept) throw new Error('no synced client kept');
    const { page } = kept;
    const synced = 'ours-client';

    // Offline edits on the synced client, then reconnect; a raw push of the same edits between.
    console.log(
      `${EDITS.toLocaleString('en')} offline edits pushed after reconnecting, ${EDIT_RUNS} runs each…`,
    );
    const edits = [];
    const rawPushes = [];
    for (let run = 0; run < EDIT_RUNS; run++) {
      const rawRound = 2 * run + 1;
      const raw = await page.evaluate(
        ([t, n, count, round, batch]) => window.syncBench!.floorPush(t, n, count, round, batch),
        [target, synced, EDITS, rawRound, MAX_MUTATIONS_PER_PUSH] as const,
      );
      check('floor: edits applied', raw.applied, EDITS);
      check('floor: edits on the server', await platform.editedOnServer(rawRound), EDITS);
      console.log(`  floor raw push ${Math.round(raw.ms)} ms (${raw.requests} requests)`);
      rawPushes.push(raw);

      const ourRound = 2 * run + 2;
      const edit = await page.evaluate(
        ([t, n, count, round, group]) =>
          window.syncBench!.oursOfflineEdits(t, n, count, round, group),
        [target, synced, EDITS, ourRound, EDIT_GROUP] as const,
      );
      check('ours: outbox rows waiting', edit.waiting, EDITS);
      check('ours: mutations pushed', edit.pushed, EDITS);
      check('ours: outbox rows after', edit.outboxAfter, 0);
      check('ours: rejected', edit.rejectedAfter, 0);
      check('ours: edits on the server', await platform.editedOnServer(ourRound), EDITS);
      check('ours: annotations on the server', await platform.liveOnServer(), ANNOTATIONS);
      console.log(
        `  ours  push ${Math.round(edit.pushMs)} ms (${edit.pushRequests} requests, ${Math.round(edit.pushCallMs)} ms of it in platform calls), idle after ${Math.round(edit.idleMs)} ms; edits made in ${Math.round(edit.editMs)} ms`,
      );
      edits.push(edit);
    }

    const oursMs = median(ours.map((r) => r.ms));
    const floorMs = median(floor.map((r) => r.ms));
    const pushMs = median(edits.map((e) => e.pushMs));
    const n = ANNOTATIONS.toLocaleString('en');
    const e = EDITS.toLocaleString('en');
    const metrics = [
      metric(
        `first sync of ${n} annotations into an empty client (median of ${RUNS})`,
        'ms',
        oursMs,
        floorMs,
        `≤ ${TARGET_RATIO}× floor`,
        oursMs <= TARGET_RATIO * floorMs,
      ),
      informative(
        `first sync throughput`,
        'annotations/s',
        ANNOTATIONS / (oursMs / 1000),
        ANNOTATIONS / (floorMs / 1000),
      ),
      metric(
        `${e} offline edits: reconnect → outbox empty, all acknowledged (median of ${EDIT_RUNS})`,
        'ms',
        pushMs,
        median(rawPushes.map((r) => r.ms)),
        `≤ ${TARGET_PUSH_MS} ms`,
        pushMs <= TARGET_PUSH_MS,
      ),
      informative(
        `${e} offline edits: reconnect → idle (the cycle pulls them back too)`,
        'ms',
        median(edits.map((x) => x.idleMs)),
        null,
      ),
      informative(
        `${e} edits made offline (putAnnotations, ${EDIT_GROUP} a transaction)`,
        'ms',
        median(edits.map((x) => x.editMs)),
        null,
      ),
    ];
    console.log('');
    for (const line of formatTable(metrics, 'floor')) console.log(line);
    console.log(
      `\nraw: first sync ours ${ours.map((r) => Math.round(r.ms)).join('/')} floor ${floor.map((r) => Math.round(r.ms)).join('/')}; push ours ${edits.map((x) => Math.round(x.pushMs)).join('/')} floor ${rawPushes.map((r) => Math.round(r.ms)).join('/')}`,
    );
    // The user agent string is reduced (150.0.0.0); the browser reports its full version.
    const cdp = await page.context().newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    await cdp.detach();
    const browserName = product.replace('Chrome/', 'Chromium ');
    finish('sync', machine(browserName, loadAtStart), metrics);
  } finally {
    await kept?.close();
    server.close();
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
