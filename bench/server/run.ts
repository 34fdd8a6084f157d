/**
 * `npm run bench:server`: autocannon on loopback against a platform server in a child process.
 * Push (50 mutations a request) and pull (500 changes) are measured beside the same server's
 * cheapest authenticated route (GET /me) and a bare Fastify route, on SQLite and — when
 * DATABASE_URL or TEST_DATABASE_URL is set — PostgreSQL. Prints a table and writes
 * bench/results/server.json; a missed target makes it exit non-zero.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { finish, formatTable, informative, machine, metric, type Metric } from '../shared/results';
import { freshSchema } from './freshSchema';
import { skipResponseBodies } from './skipResponseBodies';

skipResponseBodies();

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const MUTATIONS_PER_PUSH = 50;
const TARGETS = { pushMutationsPerSecond: 30_000, pullRequestsPerSecond: 3_000, p99Ms: 50 };

interface ServerInfo {
  url: string;
  bareUrl: string;
  token: string;
  push: { projectId: string; documentId: string };
  pushSpread: { projectId: string; documentId: string }[];
  pull: { projectId: string; documentId: string };
  pullChanges: number;
  dialect: string;
}

interface Measured {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: string;
}

async function startServer(
  databaseUrl: string | undefined,
): Promise<{ child: ChildProcess; info: ServerInfo }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'benchServer.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
  return { child, info: JSON.parse(line) as ServerInfo };
}

function run(options: autocannon.Options): Promise<Measured> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        statuses: Object.entries(result.statusCodeStats ?? {})
          .filter(([status]) => status !== '200')
          .map(([status, { count }]) => `${status}×${count}`)
          .join(' '),
      });
    });
  });
}

/** A push body per request: a fresh client (ids 1..50) and fresh annotation ids, so nothing is a replay. */
function pushBodies(targets: readonly { projectId: string; documentId: string }[]): () => string {
  const run = (Date.now() & 0xffff).toString(16).padStart(4, '0');
  const templates = targets.map((target) =>
    JSON.stringify({
      clientId: `@N@-${run}-7000-9000-000000000000`,
      mutations: Array.from({ length: MUTATIONS_PER_PUSH }, (_, i) => ({
        id: i + 1,
        kind: 'annotation.put',
        annotation: {
          id: `@N@-${run}-7000-8000-${(i + 1).toString(16).padStart(12, '0')}`,
          projectId: target.projectId,
          documentId: target.documentId,
          target: {
            kind: 'span',
            position: { start: 4, end: 12 },
            quote: { exact: 'Licensee', prefix: 'The ', suffix: ' shall' },
          },
          body: { labels: ['indemnity'], rationale: 'bench' },
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      })),
    }),
  );
  let n = 0;
  return () => {
    n++;
    return templates[n % templates.length]!.replaceAll('@N@', n.toString(16).padStart(8, '0'));
  };
}

async function measure(info: ServerInfo) {
  const auth = { authorization: `Bearer ${info.token}` };
  // Warm up (JIT, statement caches) before measuring anything.
  await run({ url: `${info.url}/me`, headers: auth, duration: 2 });
  const bare = await run({ url: `${info.bareUrl}/bare` });
  const empty = await run({ url: `${info.url}/me`, headers: auth });
  const pull = await run({
    url: `${info.url}/sync/pull?projectId=${info.pull.projectId}&limit=${info.pullChanges}`,
    headers: auth,
  });
  // Each request asks from a different (equivalent) cursor, so none is served from the page cache.
  let cursorSeed = 0;
  const pullUncached = await run({
    url: `${info.url}/sync/pull?projectId=${info.pull.projectId}&limit=${info.pullChanges}`,
    headers: auth,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `/sync/pull?projectId=${info.pull.projectId}&limit=${info.pullChanges}&cursor=v1.${(++cursorSeed).toString(36)}`,
        }),
      },
    ],
  });
  const pushTo = (targets: readonly { projectId: string; documentId: string }[]) => {
    const nextBody = pushBodies(targets);
    return run({
      url: `${info.url}/sync/push`,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
    });
  };
  const push = await pushTo([info.push]);
  const pushSpread = await pushTo(info.pushSpread);
  return { bare, empty, pull, pullUncached, push, pushSpread };
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));

async function main(): Promise<void> {
  const databases: [string, string | undefined][] = [['sqlite', undefined]];
  const pgUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) databases.push(['postgres', pgUrl]);
  const machineLine = machine(`node ${process.version}`);
  const metrics: Metric[] = [];
  const table: string[][] = [
    [
      'database',
      'route',
      'req/s',
      'p99 ms',
      'non-2xx/timeouts',
      'vs GET /me',
      'vs bare',
      'non-200',
    ],
  ];
  for (const [name, baseUrl] of databases) {
    const schema = baseUrl ? await freshSchema(baseUrl) : undefined;
    const { child, info } = await startServer(schema?.url);
    try {
      const r = await measure(info);
      for (const [route, m] of Object.entries(r)) {
        table.push([
          name,
          route,
          round(m.rps).toString(),
          round(m.p99, 1).toString(),
          `${m.non2xx}/${m.errors}`,
          (m.rps / r.empty.rps).toFixed(2),
          (m.rps / r.bare.rps).toFixed(2),
          m.statuses,
        ]);
      }
      const pushMutations = r.push.rps * MUTATIONS_PER_PUSH;
      const clean = (m: Measured) => m.non2xx === 0 && m.errors === 0;
      const pushSpread = r.pushSpread.rps * MUTATIONS_PER_PUSH;
      const pushTarget = `≥ ${TARGETS.pushMutationsPerSecond} mutations/s, no errors`;
      const pullTarget = `≥ ${TARGETS.pullRequestsPerSecond} requests/s, no errors`;
      const p99Target = `≤ ${TARGETS.p99Ms} ms`;
      const meBaseline = r.empty.rps;
      metrics.push(
        metric(
          `${name} push mutations/s (50 per request, ${CONNECTIONS} connections)`,
          'mutations/s',
          pushMutations,
          meBaseline * MUTATIONS_PER_PUSH,
          pushTarget,
          pushMutations >= TARGETS.pushMutationsPerSecond && clean(r.push),
        ),
        metric(
          `${name} push mutations/s spread over ${info.pushSpread.length} projects`,
          'mutations/s',
          pushSpread,
          meBaseline * MUTATIONS_PER_PUSH,
          pushTarget,
          pushSpread >= TARGETS.pushMutationsPerSecond && clean(r.pushSpread),
        ),
        metric(
          `${name} push p99`,
          'ms',
          r.push.p99,
          r.empty.p99,
          p99Target,
          r.push.p99 <= TARGETS.p99Ms,
        ),
        metric(
          `${name} pull requests/s (${info.pullChanges} changes each, all clients on the same page)`,
          'requests/s',
          r.pull.rps,
          meBaseline,
          pullTarget,
          r.pull.rps >= TARGETS.pullRequestsPerSecond && clean(r.pull),
        ),
        metric(
          `${name} pull requests/s, page cache bypassed (every request a different cursor)`,
          'requests/s',
          r.pullUncached.rps,
          meBaseline,
          pullTarget,
          r.pullUncached.rps >= TARGETS.pullRequestsPerSecond && clean(r.pullUncached),
        ),
        metric(
          `${name} pull p99`,
          'ms',
          r.pull.p99,
          r.empty.p99,
          p99Target,
          r.pull.p99 <= TARGETS.p99Ms,
        ),
        informative(
          `${name} empty authenticated route (GET /me) requests/s vs bare Fastify`,
          'requests/s',
          r.empty.rps,
          r.bare.rps,
        ),
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await schema?.drop();
    }
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  console.log('');
  for (const line of formatTable(metrics, 'GET /me')) console.log(line);
  finish('server', machineLine, metrics);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
