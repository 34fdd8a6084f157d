import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger } from './ledger';
import { migrateLedger } from './migrations';
import { toMinor, type LedgerDatabase } from './schema';
import { accrualMinor, crashPlan, EXPERT, runOp, type PlanOp } from './testing/crashPlan';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';
import { spawnWorker } from './testing/spawnWorker';

const ROUNDS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything that matters about the ledger's content, minus ids and clock readings. */
async function fingerprint(db: Kysely<LedgerDatabase>) {
  // Release keys name the settled transaction's id, which differs between databases: name the
  // settled transaction by its own (stable) key instead.
  const transactions = await db
    .selectFrom('ledger_transactions as t')
    .innerJoin('ledger_entries as e', 'e.transaction_id', 't.id')
    .leftJoin('ledger_transactions as s', 's.id', 't.source_transaction_id')
    .select([
      't.unique_key',
      't.kind',
      's.unique_key as source_key',
      'e.account_code',
      'e.amount_minor',
    ])
    .execute();
  const payouts = await db
    .selectFrom('ledger_payout_requests')
    .select(['idempotency_key', 'status', 'amount_minor', 'available_minor', 'reason'])
    .orderBy('idempotency_key')
    .execute();
  return {
    transactions: transactions
      .map((r) => {
        const key = r.source_key ? `${r.kind}:${r.source_key}` : r.unique_key;
        return `${key} ${r.kind} ${r.account_code} ${toMinor(r.amount_minor)}`;
      })
      .sort(),
    payouts: payouts.map(
      (p) =>
        `${p.idempotency_key} ${p.status} ${toMinor(p.amount_minor)} ${toMinor(p.available_minor)} ${p.reason}`,
    ),
  };
}

/** Is the effect of an acknowledged op in the database? */
async function isDurable(db: Kysely<LedgerDatabase>, op: PlanOp): Promise<boolean> {
  const key = (k: string) =>
    db
      .selectFrom('ledger_transactions')
      .select('id')
      .where('unique_key', '=', k)
      .executeTakeFirst();
  switch (op.kind) {
    case 'accrue':
      return (await key(`accrual:p-crash:as-${op.n}`)) !== undefined;
    case 'bonus':
      return (await key(`bonus:p-crash:${EXPERT}:bonus-${op.n}`)) !== undefined;
    case 'clawback':
      return (await key(`adjustment:p-crash:${EXPERT}:clawback-${op.n}`)) !== undefined;
    case 'payout':
      return (
        (await db
          .selectFrom('ledger_payout_requests')
          .select('status')
          .where('idempotency_key', '=', `payout-${op.n}`)
          .executeTakeFirst()) !== undefined
      );
    case 'release': {
      const released = await db
        .selectFrom('ledger_transactions')
        .select('id')
        .where('kind', '=', 'release')
        .where('assignment_id', '=', `as-${op.upTo}`)
        .executeTakeFirst();
      return released !== undefined;
    }
  }
}

describe.each(ledgerTestDialects())('ledger process killed mid-request on %s', (dialect) => {
  let t: LedgerTestDb;
  let reference: LedgerTestDb;
  beforeEach(async () => {
    t = await createLedgerTestDb(dialect);
    reference = await createLedgerTestDb(dialect);
  });
  afterEach(async () => {
    await t.dispose();
    await reference.dispose();
  });

  it('never doubles or loses a credit across repeated SIGKILLs', async () => {
    const plan = crashPlan();
    const target = { dialect: t.dialect, location: t.location };
    const acked = new Set<number>();
    let midRequest = 0;
    let insideTransaction = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Aim each kill at an op further along the plan. Even rounds: 0–4 ms after it begins
      // (before, inside or just after its transaction). Odd rounds: the moment its transaction
      // reports being open, before COMMIT.
      const aim =
        Math.floor(((round + 1) * plan.length) / (ROUNDS + 1)) + Math.floor(Math.random() * 4);
      const run = spawnWorker({ target, mode: 'plan' });
      await run.waitFor(`begin ${aim}`);
      if (round % 2 === 0) await sleep(Math.random() * 4);
      else {
        const from = run.lines.length;
        await run.waitFor((line) => line.startsWith('commit ') && run.lines.length > from);
      }
      run.child.kill('SIGKILL');
      const how = await run.exited;
      const begun = run.lines.filter((l) => l.startsWith('begin ')).length;
      const done = run.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
      for (const i of done) acked.add(i);
      if (how === 'SIGKILL' && begun > done.length) midRequest++;
      if (how === 'SIGKILL' && run.lines.at(-1)?.startsWith('commit ')) insideTransaction++;
      // After every crash: the books balance, and nothing acknowledged was lost.
      expect((await createLedger({ db: t.db, dialect }).verify()).problems).toEqual([]);
      for (const i of acked)
        expect(await isDurable(t.db, plan[i]!), `op ${i} ${JSON.stringify(plan[i])}`).toBe(true);
    }
    if (process.env.LEDGER_PRINT)
      console.log(
        `${dialect}: ${ROUNDS} kills, ${midRequest} inside a request (${insideTransaction} with a transaction open), ${acked.size}/${plan.length} ops acknowledged before the last run`,
      );
    expect(midRequest).toBeGreaterThanOrEqual(ROUNDS / 2);
    expect(insideTransaction).toBeGreaterThanOrEqual(1);

    const last = spawnWorker({ target, mode: 'plan' });
    expect(await last.exited, last.stderr()).toBe(0);
    expect(last.lines.at(-1)).toBe('done');

    // The same plan without crashes, for comparison.
    await migrateLedger(reference.db, dialect);
    const clean = createLedger({
      db: reference.db,
      dialect,
      now: () => new Date('2030-01-01T00:00:00.000Z'),
    });
    for (const op of plan) await runOp(clean, op);

    const survived = await fingerprint(t.db);
    expect(survived).toEqual(await fingerprint(reference.db));
    const ledger = createLedger({ db: t.db, dialect });
    expect(await ledger.balances(EXPERT)).toEqual(await clean.balances(EXPERT));
    const accruals = survived.transactions.filter(
      (l) => l.startsWith('accrual:') && l.includes(':pending'),
    );
    expect(accruals).toHaveLength(60);
    const earned = Array.from({ length: 60 }, (_, n) => accrualMinor(n)).reduce((a, b) => a + b, 0);
    expect(accruals.reduce((s, l) => s + Number(l.split(' ').at(-1)), 0)).toBe(earned);
    expect(survived.payouts.filter((p) => p.includes(' accepted '))).not.toHaveLength(0);
    expect(survived.payouts.filter((p) => p.includes(' rejected '))).not.toHaveLength(0);
  }, 180_000);
});
