import { describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { assertBalanced } from '../../../../shared/pay/postings';
import { carryOverPostings, planCarryOver, type LegacyLine } from './carryOver';

const line = (over: Partial<LegacyLine>): LegacyLine => ({
  transactionId: 't',
  kind: 'release',
  projectId: 'p1',
  occurredAt: '2026-01-01T00:00:00.000Z',
  account: 'available',
  amountMinor: 0,
  ...over,
});

describe('carrying old balances over', () => {
  it('attributes old payouts to the projects the expert earned from, oldest first', () => {
    const plan = planCarryOver([
      line({ projectId: 'new', occurredAt: '2026-01-05T00:00:00.000Z', amountMinor: 500 }),
      line({ projectId: 'old', amountMinor: 300 }),
      line({ kind: 'payout', projectId: null, amountMinor: -600 }),
      line({
        kind: 'accrual',
        projectId: 'new',
        account: 'pending',
        occurredAt: '2026-01-04T00:00:00.000Z',
        amountMinor: 900,
      }),
    ]);
    expect(plan).toEqual({
      balances: [{ projectId: 'new', pendingMinor: 900, availableMinor: 200, paidMinor: 300 }],
      unattributed: [],
    });
  });

  it('keeps a project that took back more than it paid below zero, and the total exact', () => {
    const plan = planCarryOver([
      line({ projectId: 'a', amountMinor: 1000 }),
      line({ kind: 'adjustment', projectId: 'b', amountMinor: -400 }),
      line({ kind: 'payout', projectId: null, amountMinor: -500 }),
      line({ kind: 'payout-reversal', projectId: null, amountMinor: 200 }),
    ]);
    expect(plan.balances).toEqual([
      { projectId: 'a', pendingMinor: 0, availableMinor: 700, paidMinor: 300 },
      { projectId: 'b', pendingMinor: 0, availableMinor: -400, paidMinor: 0 },
    ]);
    const total = plan.balances.reduce((s, b) => s + b.availableMinor, 0);
    expect(total).toBe(1000 - 400 - 500 + 200);
  });

  it('names the lines no organisation can be said to owe', () => {
    expect(
      planCarryOver([
        line({ transactionId: 'x', kind: 'adjustment', projectId: null, amountMinor: 50 }),
      ]).unattributed,
    ).toEqual(['x']);
  });

  it('writes lines that balance in the old books and in the organisation’s', () => {
    const c = {
      expertId: 'e',
      currency: asCurrency('EUR'),
      organisationId: 'o',
      projectId: 'p',
      paidMinor: 0,
    };
    for (const [pendingMinor, availableMinor] of [
      [100, 0],
      [0, 100],
      [100, 50],
      [100, -100],
      [0, -30],
    ] as const) {
      const postings = carryOverPostings({ ...c, pendingMinor, availableMinor });
      assertBalanced(postings, c.currency);
      expect(postings.every((p) => p.amountMinor !== 0)).toBe(true);
    }
  });
});
