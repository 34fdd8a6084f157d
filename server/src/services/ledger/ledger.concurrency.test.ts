import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { createLedger, type Ledger } from './ledger';
import { migrateLedger } from './migrations';
import type { PayoutOutcome } from './payouts';
import { EXPERT, ORGANISATION } from './testing/crashPlan';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';
import { spawnWorker } from './testing/spawnWorker';

const EUR = asCurrency('EUR');
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe.each(ledgerTestDialects())('ledger under concurrency on %s', (dialect) => {
  let t: LedgerTestDb;
  let ledger: Ledger;

  beforeEach(async () => {
    t = await createLedgerTestDb(dialect);
    await migrateLedger(t.db, dialect);
    ledger = createLedger({ db: t.db, dialect });
  });
  afterEach(() => t.dispose());

  /**
   * 30 approved tasks of 10.00 in `projectId`, each approval sent twice at once, then released:
   * 300.00 more available, owed by `organisationId`.
   */
  async function fund(
    expertId: string,
    projectId = 'p1',
    organisationId = ORGANISATION,
  ): Promise<void> {
    const approvals = times(30, (i) => ({
      projectId,
      organisationId,
      assignmentId: `${expertId}-${projectId}-as-${i}`,
      taskId: `task-${i}`,
      expertId,
      reviewId: `rev-${i}`,
      reviewerId: 'rita',
      pay: { kind: 'per-task' as const, rateMinor: 1000, currency: EUR },
      approvedAt: '2026-03-01T10:00:00.000Z',
    }));
    const results = await Promise.all(
      [...approvals, ...approvals].map((a) => ledger.accrueApproval(a)),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(30);
    const released = await Promise.all(
      times(3, () =>
        ledger.releasePending({ expertId, maturedBefore: '2026-03-02T00:00:00.000Z' }),
      ),
    );
    expect(released.flat().filter((r) => !r.replayed)).toHaveLength(30);
    expect(
      (await ledger.balances(expertId)).find((b) => b.organisationId === organisationId),
    ).toMatchObject({ pendingMinor: 0 });
  }

  async function payoutCount(expertId: string): Promise<number> {
    const rows = await t.db
      .selectFrom('ledger_transactions')
      .select('id')
      .where('kind', '=', 'payout')
      .where('expert_id', '=', expertId)
      .execute();
    return rows.length;
  }

  it('50 concurrent payout requests with one key: one payout, fifty identical answers', async () => {
    await fund('alice');
    const outcomes = await Promise.all(
      times(50, () =>
        ledger.requestPayout({
          expertId: 'alice',
          organisationId: ORGANISATION,
          idempotencyKey: 'one-key',
          amountMinor: 1000,
          currency: EUR,
        }),
      ),
    );
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    for (const o of outcomes) expect(o.payout).toEqual(outcomes[0]?.payout);
    expect(outcomes[0]?.payout.status).toBe('accepted');
    expect(await payoutCount('alice')).toBe(1);
    expect((await ledger.balances('alice'))[0]?.availableMinor).toBe(29_000);
    expect((await ledger.verify()).problems).toEqual([]);
  });

  it('50 concurrent payout requests with distinct keys: exactly the funds, never more', async () => {
    await fund('bob');
    const outcomes = await Promise.all(
      times(50, (i) =>
        ledger.requestPayout({
          expertId: 'bob',
          organisationId: ORGANISATION,
          idempotencyKey: `k-${i}`,
          amountMinor: 1000,
          currency: EUR,
        }),
      ),
    );
    const accepted = outcomes.filter((o) => o.payout.status === 'accepted');
    expect(accepted).toHaveLength(30);
    expect(outcomes.filter((o) => o.payout.reason === 'insufficient-funds')).toHaveLength(20);
    expect(await payoutCount('bob')).toBe(30);
    expect((await ledger.balances('bob'))[0]?.availableMinor).toBe(0);
    // Replaying all fifty changes nothing.
    const again = await Promise.all(
      times(50, (i) =>
        ledger.requestPayout({
          expertId: 'bob',
          organisationId: ORGANISATION,
          idempotencyKey: `k-${i}`,
          amountMinor: 1000,
          currency: EUR,
        }),
      ),
    );
    expect(again.map((o) => o.payout)).toEqual(outcomes.map((o) => o.payout));
    expect((await ledger.verify()).problems).toEqual([]);
  });

  it('payouts racing clawbacks never take the balance below zero', async () => {
    await fund('carol');
    await Promise.all([
      ...times(25, (i) =>
        ledger.requestPayout({
          expertId: 'carol',
          organisationId: ORGANISATION,
          idempotencyKey: `p-${i}`,
          amountMinor: 1000,
          currency: EUR,
        }),
      ),
      ...times(25, (i) =>
        ledger
          .adjust({
            expertId: 'carol',
            projectId: 'p1',
            organisationId: ORGANISATION,
            amountMinor: -1000,
            currency: EUR,
            reason: 'clawback',
            idempotencyKey: `c-${i}`,
            actorId: 'ops',
          })
          .catch((error: { code?: string }) => error.code),
      ),
    ]);
    const [balance] = await ledger.balances('carol');
    expect(balance?.availableMinor).toBe(0);
    expect((await ledger.verify()).problems).toEqual([]);
  });

  it('payouts of two organisations racing take-backs in two projects: nobody overdraws', async () => {
    await fund('dana', 'p1');
    await fund('dana', 'p2');
    await fund('dana', 'q1', 'other-org');
    const payout = (organisationId: string, i: number) =>
      ledger.requestPayout({
        expertId: 'dana',
        organisationId,
        idempotencyKey: `${organisationId}-${i}`,
        amountMinor: 2_000,
        currency: EUR,
      });
    const takeBack = (projectId: string, organisationId: string, i: number) =>
      ledger
        .adjust({
          expertId: 'dana',
          projectId,
          organisationId,
          amountMinor: -1_000,
          currency: EUR,
          reason: 'clawback',
          idempotencyKey: `${projectId}-${i}`,
          actorId: 'ops',
        })
        .then(
          () => 'taken',
          (error: { code?: string }) => error.code,
        );
    // Interleaved, so every kind of request meets every other while money is left.
    const own: Promise<PayoutOutcome>[] = [];
    const other: Promise<PayoutOutcome>[] = [];
    const taken: Promise<string | undefined>[][] = [[], [], []];
    for (let i = 0; i < 20; i++) {
      own.push(payout(ORGANISATION, i));
      taken[0]!.push(takeBack('p1', ORGANISATION, i));
      other.push(payout('other-org', i));
      taken[1]!.push(takeBack('p2', ORGANISATION, i));
      taken[2]!.push(takeBack('q1', 'other-org', i));
    }
    const paid = async (outcomes: Promise<PayoutOutcome>[]) =>
      (await Promise.all(outcomes)).filter((o) => o.payout.status === 'accepted').length * 2_000;
    const takenBack = async (codes: Promise<string | undefined>[]) =>
      (await Promise.all(codes)).filter((c) => c === 'taken').length * 1_000;
    const left = async (organisationId: string) =>
      (await ledger.balances('dana')).find((b) => b.organisationId === organisationId)
        ?.availableMinor ?? 0;
    // Each organisation paid out and took back only what it owed (600.00 and 300.00), to the
    // cent, and the other organisation's traffic changed nothing of it.
    const ownPaid = await paid(own);
    const otherTaken = await takenBack(taken[2]!);
    expect(
      ownPaid +
        (await takenBack(taken[0]!)) +
        (await takenBack(taken[1]!)) +
        (await left(ORGANISATION)),
    ).toBe(60_000);
    expect((await paid(other)) + otherTaken + (await left('other-org'))).toBe(30_000);
    expect(ownPaid).toBeGreaterThan(0);
    expect(otherTaken).toBeGreaterThan(0);
    // verify() reports any account below zero.
    expect((await ledger.verify()).problems).toEqual([]);
  });

  it('several server processes, one key set: each key decided once, never doubled', async () => {
    await migrateLedger(t.db, dialect);
    // 300.00 earned, 100.00 of it taken back: 200.00 owed.
    await fund(EXPERT, 'p1');
    await ledger.adjust({
      expertId: EXPERT,
      projectId: 'p1',
      organisationId: ORGANISATION,
      amountMinor: -10_000,
      currency: EUR,
      reason: 'ten tasks paid twice',
      idempotencyKey: 'fix',
      actorId: 'ops',
    });
    const shared = times(25, (i) => `shared-${i}`);
    const workers = times(4, (w) =>
      spawnWorker({
        target: { dialect: t.dialect, location: t.location },
        mode: 'payouts',
        amountMinor: 1000,
        keys: [...shared, ...times(5, (i) => `own-${w}-${i}`)],
      }),
    );
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual([0, 0, 0, 0]);
    const results = workers.flatMap((w) =>
      w.lines
        .filter((l) => l.startsWith('result '))
        .map((l) => JSON.parse(l.slice(7)) as PayoutOutcome),
    );
    expect(results).toHaveLength(4 * 30);
    const byKey = new Map<string, PayoutOutcome['payout'][]>();
    for (const r of results)
      byKey.set(r.payout.idempotencyKey, [...(byKey.get(r.payout.idempotencyKey) ?? []), r.payout]);
    for (const key of shared) {
      const answers = byKey.get(key) ?? [];
      expect(answers).toHaveLength(4);
      for (const a of answers) expect(a).toEqual(answers[0]);
    }
    // 45 distinct keys ask for 10.00 each against 200.00: exactly 20 are paid.
    expect(await payoutCount(EXPERT)).toBe(20);
    expect(results.filter((r) => !r.replayed && r.payout.status === 'accepted')).toHaveLength(20);
    expect((await ledger.balances(EXPERT))[0]?.availableMinor).toBe(0);
    expect((await ledger.verify()).problems).toEqual([]);
  }, 60_000);
});
