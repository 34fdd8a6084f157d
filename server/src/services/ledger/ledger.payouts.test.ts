/** Payout requests on the ledger: replays by key and body, reversals back to each project. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { createLedger, type Ledger } from './ledger';
import { migrateLedger } from './migrations';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';

const EUR = asCurrency('EUR');
const T = (iso: string) => `2026-03-${iso}Z`;
const ORG = 'orgA';

describe.each(ledgerTestDialects())('payouts on the ledger on %s', (dialect) => {
  let t: LedgerTestDb;
  let ledger: Ledger;
  let clock = new Date(T('02T09:00:00.000'));

  beforeEach(async () => {
    t = await createLedgerTestDb(dialect);
    await migrateLedger(t.db, dialect);
    clock = new Date(T('02T09:00:00.000'));
    ledger = createLedger({ db: t.db, dialect, now: () => clock });
  });
  afterEach(() => t.dispose());

  const approve = (n: number, overrides = {}) => ({
    projectId: 'p1',
    organisationId: ORG,
    assignmentId: `as-${n}`,
    taskId: `task-${n}`,
    expertId: 'alice',
    reviewId: `rev-${n}`,
    reviewerId: 'rita',
    pay: { kind: 'per-task' as const, rateMinor: 2500, currency: EUR },
    approvedAt: T(`02T1${n}:00:00.000`),
    ...overrides,
  });
  it('replays payout requests by key and body, rejects a changed body with 422', async () => {
    await ledger.accrueApproval(approve(1));
    await ledger.releasePending({ expertId: 'alice', maturedBefore: T('03T00:00:00.000') });
    const request = {
      expertId: 'alice',
      organisationId: ORG,
      idempotencyKey: 'k-1',
      amountMinor: 2000,
      currency: EUR,
    };
    const first = await ledger.requestPayout(request);
    clock = new Date(T('05T00:00:00.000'));
    expect(await ledger.requestPayout(request)).toEqual({ payout: first.payout, replayed: true });
    await expect(ledger.requestPayout({ ...request, amountMinor: 2001 })).rejects.toMatchObject({
      statusCode: 422,
      code: 'idempotency-conflict',
    });
    // A rejected request stays rejected for its key, even once money arrives.
    const tooMuch = await ledger.requestPayout({
      ...request,
      idempotencyKey: 'k-2',
      amountMinor: 501,
    });
    expect(tooMuch.payout).toMatchObject({
      status: 'rejected',
      reason: 'insufficient-funds',
      availableMinor: 500,
    });
    await ledger.adjust({
      expertId: 'alice',
      projectId: 'p1',
      organisationId: ORG,
      amountMinor: 10_000,
      currency: EUR,
      reason: 'rate correction for March',
      idempotencyKey: 'adj-1',
      actorId: 'ops',
    });
    expect(
      await ledger.requestPayout({ ...request, idempotencyKey: 'k-2', amountMinor: 501 }),
    ).toEqual({
      payout: tooMuch.payout,
      replayed: true,
    });
    expect(await ledger.balances('alice')).toEqual([
      { organisationId: ORG, currency: 'EUR', pendingMinor: 0, availableMinor: 10_500 },
    ]);
  });

  it('reverses a failed payout once, back to available', async () => {
    await ledger.accrueApproval(approve(1, { expertId: 'bob', assignmentId: 'bob-1' }));
    await ledger.releasePending({ expertId: 'bob', maturedBefore: T('31T00:00:00.000') });
    await ledger.adjust({
      expertId: 'bob',
      projectId: 'p1',
      organisationId: ORG,
      amountMinor: 500,
      currency: EUR,
      reason: 'rate correction',
      idempotencyKey: 'a1',
      actorId: 'ops',
    });
    const { payout } = await ledger.requestPayout({
      expertId: 'bob',
      organisationId: ORG,
      idempotencyKey: 'p',
      amountMinor: 3000,
      currency: EUR,
    });
    const reversal = {
      payoutTransactionId: payout.transactionId ?? '',
      reason: 'bank returned the transfer',
      actorId: 'ops',
    };
    const first = await ledger.reversePayout(reversal);
    expect((await ledger.reversePayout(reversal)).transaction.id).toBe(first.transaction.id);
    expect(await ledger.balances('bob')).toEqual([
      { organisationId: ORG, currency: 'EUR', pendingMinor: 0, availableMinor: 3000 },
    ]);
    const statement = await ledger.statement({
      expertId: 'bob',
      organisationId: ORG,
      currency: EUR,
      from: T('01T00:00:00.000'),
      to: T('31T00:00:00.000'),
    });
    expect(statement.totals.paidOutMinor).toBe(0);
  });
});
