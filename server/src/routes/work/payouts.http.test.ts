/**
 * Payouts through the HTTP API: 50 concurrent requests with one idempotency key pay once; 50 with
 * distinct keys pay exactly what the balance covers; and a server killed inside or right after a
 * payout pays it exactly once when the client retries with the same key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayoutResult } from '../../../../shared/pay/wire';
import { openDatabase } from '../../db/database';
import { createLedger } from '../../services/ledger';
import type { Platform } from '../../platform';
import { createFixture, type Fixture } from '../../testing/fixture';
import { approvedIn } from '../../testing/workFixture';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';

const cacheDir = join(__dirname, '../../../../node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const bundleDir = mkdtempSync(join(cacheDir, 'glossator-payout-child-'));
const CHILD = join(bundleDir, 'payoutChild.cjs');
buildSync({
  entryPoints: [join(__dirname, '../../testing/payoutChild.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  outfile: CHILD,
  logLevel: 'warning',
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

describe.each(testDatabaseKinds())('payouts over HTTP on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, { services: { work: { holdMs: 0 } } });
    f = await createFixture(platform);
    // One approved task (10.00) and a rate correction from the same project: 99.00 owed by A.
    await approvedIn(platform, f, 'P', f.ids.owner);
    const funded = await api(platform, 'POST', `/projects/${f.projectP}/adjustments`, {
      token: f.tokens.requester,
      body: {
        expertId: f.ids.owner,
        amountMinor: 9_000,
        reason: 'rate correction: the contracts were twice as long as announced',
        idempotencyKey: 'fund-1',
      },
    });
    expect(funded).toMatchObject({ status: 201, body: { amountMinor: 9_000, currency: 'EUR' } });
    // The hold period is 0 here: the approval is released the next time balances are read.
    expect((await api(platform, 'GET', '/me/earnings', { token: f.tokens.owner })).status).toBe(
      200,
    );
    expect(await available()).toBe(10_000);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const payout = (body: object) =>
    api(platform, 'POST', '/me/payouts', {
      token: f.tokens.owner,
      body: { organisationId: f.orgA, ...body },
    });
  const available = async () =>
    (await platform.services.work.ledger.balances(f.ids.owner)).find(
      (b) => b.currency === 'EUR' && b.organisationId === f.orgA,
    )?.availableMinor;

  it('50 concurrent requests with one key pay once and all get the same answer', async () => {
    const body = { idempotencyKey: 'same-key', amountMinor: 100, currency: 'EUR' };
    const answers = await Promise.all(Array.from({ length: 50 }, () => payout(body)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const results = answers.map((a) => a.body as PayoutResult);
    expect(new Set(results.map((r) => r.payout.transactionId)).size).toBe(1);
    expect(results.every((r) => r.payout.status === 'accepted')).toBe(true);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await available()).toBe(9_900);
    const other = await payout({ ...body, amountMinor: 200 });
    expect(other).toMatchObject({ status: 422, body: { error: 'unprocessable' } });
    expect(await available()).toBe(9_900);
  });

  it('50 concurrent requests with distinct keys pay exactly what the balance covers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        payout({ idempotencyKey: `distinct-${i}`, amountMinor: 300, currency: 'EUR' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const results = answers.map((a) => a.body as PayoutResult);
    const accepted = results.filter((r) => r.payout.status === 'accepted');
    const rejected = results.filter((r) => r.payout.status === 'rejected');
    expect(accepted).toHaveLength(33); // 9,900 / 300
    expect(rejected).toHaveLength(17);
    expect(rejected.every((r) => r.payout.reason === 'insufficient-funds')).toBe(true);
    expect(new Set(accepted.map((r) => r.payout.transactionId)).size).toBe(33);
    expect(await available()).toBe(0);
    const check = await platform.services.work.ledger.verify();
    expect(check).toMatchObject({ ok: true, problems: [] });
  });
});

interface Child {
  readonly process: ChildProcess;
  readonly info: { url: string; token: string; expertId: string; organisationId: string };
}

async function startChild(db: TestDatabase, fault: string): Promise<Child> {
  const child = spawn(process.execPath, [CHILD], {
    env: {
      ...process.env,
      GLOSSATOR_DATA_DIR: db.dataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
      GLOSSATOR_FAULT: fault,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  return { process: child, info: JSON.parse(line) as Child['info'] };
}

function exited(child: Child): Promise<NodeJS.Signals | null> {
  if (child.process.exitCode !== null || child.process.signalCode !== null)
    return Promise.resolve(child.process.signalCode);
  return new Promise((resolve) => child.process.once('exit', (_code, signal) => resolve(signal)));
}

async function post(child: Child, body: object) {
  const response = await fetch(`${child.info.url}/me/payouts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${child.info.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ organisationId: child.info.organisationId, ...body }),
  });
  return { status: response.status, body: (await response.json()) as PayoutResult };
}

describe.each(testDatabaseKinds())('a payout survives a killed server on $dialect', (kind) => {
  let db: TestDatabase | undefined;
  afterAll(async () => {
    await db?.dispose();
  });

  it('pays exactly once when killed inside the transaction or after the commit', async () => {
    db = await kind.create();
    const outcomes: string[] = [];
    for (const fault of ['kill-before-payout-commit', 'kill-after-payout-commit']) {
      const body = { idempotencyKey: `crash-${fault}`, amountMinor: 1_000, currency: 'EUR' };
      const doomed = await startChild(db, fault);
      await expect(post(doomed, body)).rejects.toThrow();
      expect(await exited(doomed)).toBe('SIGKILL');
      const healthy = await startChild(db, '');
      try {
        const retry = await post(healthy, body);
        expect(retry.status).toBe(200);
        expect(retry.body.payout.status).toBe('accepted');
        // Killed before the commit: nothing was stored, the retry pays. After: the retry replays.
        expect(retry.body.replayed).toBe(fault === 'kill-after-payout-commit');
        const again = await post(healthy, body);
        expect(again.body).toEqual({ ...retry.body, replayed: true });
        outcomes.push(`${fault}: retry ${retry.body.replayed ? 'replayed' : 'paid'}`);
      } finally {
        healthy.process.kill('SIGTERM');
        await exited(healthy);
      }
    }
    const database = openDatabase(db);
    try {
      const ledger = createLedger({ db: database.kysely, dialect: database.dialect });
      const rows = await database.kysely
        .selectFrom('ledger_transactions' as never)
        .select(['kind' as never])
        .where('kind' as never, '=', 'payout' as never)
        .execute();
      expect(rows).toHaveLength(2);
      const expert = (
        await database.kysely
          .selectFrom('accounts')
          .select('id')
          .where('email', '=', 'e@payout.test')
          .executeTakeFirstOrThrow()
      ).id;
      const balances = await ledger.balances(expert);
      expect(balances).toHaveLength(1);
      expect(balances[0]).toMatchObject({
        currency: 'EUR',
        pendingMinor: 0,
        availableMinor: 8_000,
      });
      expect((await ledger.verify()).ok).toBe(true);
      console.log(
        `payout crash (${kind.dialect}): ${outcomes.join('; ')}; 2 payouts, available 80.00 EUR`,
      );
    } finally {
      await database.close();
    }
  }, 60_000);
});
