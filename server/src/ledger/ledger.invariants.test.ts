import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../shared/pay/money';
import { IdempotencyConflictError, InsufficientFundsError } from './errors';
import { createLedger, type Ledger } from './ledger';
import { migrateLedger } from './migrations';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';

const EUR = asCurrency('EUR');

type Op =
  | { op: 'accrue'; assignment: number; amount: number }
  | { op: 'bonus'; key: number; amount: number }
  | { op: 'adjust'; key: number; amount: number }
  | { op: 'release' }
  | { op: 'payout'; key: number; amount: number };

const amount = fc.integer({ min: 1, max: 5000 });
const ops = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant('accrue' as const),
      assignment: fc.nat(5),
      amount: fc.constantFrom(1000, 2500),
    }),
    fc.record({ op: fc.constant('bonus' as const), key: fc.nat(3), amount }),
    fc.record({
      op: fc.constant('adjust' as const),
      key: fc.nat(3),
      amount: fc.integer({ min: -3000, max: 3000 }).filter((n) => n !== 0),
    }),
    fc.constant({ op: 'release' as const }),
    fc.record({ op: fc.constant('payout' as const), key: fc.nat(3), amount }),
  ),
  { minLength: 1, maxLength: 25 },
);

/** What the balances must be, computed without a database. */
class Model {
  pending = 0;
  available = 0;
  unreleased: number[] = [];
  accrued = new Map<number, number>();
  bonuses = new Map<number, number>();
  adjustments = new Map<number, number>();
  payouts = new Map<number, { amount: number; accepted: boolean }>();
}

describe.each(ledgerTestDialects())('ledger invariants on %s (property)', (dialect) => {
  let t: LedgerTestDb;
  let ledger: Ledger;
  let run = 0;
  beforeAll(async () => {
    t = await createLedgerTestDb(dialect);
    await migrateLedger(t.db, dialect);
    ledger = createLedger({ db: t.db, dialect, now: () => new Date('2026-03-02T09:00:00.000Z') });
  });
  afterAll(() => t.dispose());

  async function apply(expertId: string, m: Model, step: Op): Promise<void> {
    const conflict = IdempotencyConflictError;
    switch (step.op) {
      case 'accrue': {
        const call = ledger.accrueApproval({
          projectId: 'p',
          assignmentId: `${expertId}-a${step.assignment}`,
          taskId: `t${step.assignment}`,
          expertId,
          reviewId: 'r',
          reviewerId: 'rev',
          pay: { kind: 'per-task', rateMinor: step.amount, currency: EUR },
          approvedAt: '2026-03-01T00:00:00.000Z',
        });
        const before = m.accrued.get(step.assignment);
        if (before !== undefined && before !== step.amount)
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        const result = await call;
        expect(result.replayed).toBe(before !== undefined);
        if (before === undefined) {
          m.accrued.set(step.assignment, step.amount);
          m.pending += step.amount;
          m.unreleased.push(step.amount);
        }
        return;
      }
      case 'bonus': {
        const call = ledger.grantBonus({
          expertId,
          projectId: 'p',
          amountMinor: step.amount,
          currency: EUR,
          reason: 'good',
          idempotencyKey: `b${step.key}`,
          actorId: 'x',
        });
        const before = m.bonuses.get(step.key);
        if (before !== undefined && before !== step.amount)
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        await call;
        if (before === undefined) {
          m.bonuses.set(step.key, step.amount);
          m.pending += step.amount;
          m.unreleased.push(step.amount);
        }
        return;
      }
      case 'adjust': {
        const call = ledger.adjust({
          expertId,
          projectId: 'p',
          amountMinor: step.amount,
          currency: EUR,
          reason: 'fix',
          idempotencyKey: `j${step.key}`,
          actorId: 'x',
        });
        const before = m.adjustments.get(step.key);
        if (before !== undefined && before !== step.amount)
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        if (before === undefined && m.available + step.amount < 0)
          return void (await expect(call).rejects.toBeInstanceOf(InsufficientFundsError));
        await call;
        if (before === undefined) {
          m.adjustments.set(step.key, step.amount);
          m.available += step.amount;
        }
        return;
      }
      case 'release': {
        const released = await ledger.releasePending({
          expertId,
          maturedBefore: '2030-01-01T00:00:00.000Z',
        });
        expect(released.map((r) => r.transaction.entries[1]?.amountMinor).sort()).toEqual(
          [...m.unreleased].sort(),
        );
        for (const a of m.unreleased) {
          m.pending -= a;
          m.available += a;
        }
        m.unreleased = [];
        return;
      }
      case 'payout': {
        const call = ledger.requestPayout({
          expertId,
          idempotencyKey: `p${step.key}`,
          amountMinor: step.amount,
          currency: EUR,
        });
        const before = m.payouts.get(step.key);
        if (before !== undefined && before.amount !== step.amount)
          return void (await expect(call).rejects.toBeInstanceOf(conflict));
        const { payout, replayed } = await call;
        expect(replayed).toBe(before !== undefined);
        const accepted = before ? before.accepted : m.available >= step.amount;
        expect(payout.status).toBe(accepted ? 'accepted' : 'rejected');
        if (!before) {
          m.payouts.set(step.key, { amount: step.amount, accepted });
          if (accepted) m.available -= step.amount;
        }
      }
    }
  }

  it('keeps derived balances equal to the model, debits equal to credits, nothing negative', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (steps) => {
        const expertId = `e${++run}`;
        const m = new Model();
        for (const step of steps) {
          await apply(expertId, m, step);
          const [balance] = await ledger.balances(expertId);
          expect({
            pending: balance?.pendingMinor ?? 0,
            available: balance?.availableMinor ?? 0,
          }).toEqual({
            pending: m.pending,
            available: m.available,
          });
        }
        const check = await ledger.verify();
        expect(check.problems).toEqual([]);
        for (const total of check.totals) expect(total.debitsMinor).toBe(total.creditsMinor);
      }),
      { numRuns: dialect === 'postgres' ? 15 : 30 },
    );
  }, 120_000);
});
