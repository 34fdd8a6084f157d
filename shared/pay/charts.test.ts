import { describe, expect, it } from 'vitest';
import { earnedByProject, earnedByWeek, isoWeek } from './charts';
import { asCurrency } from './money';
import { buildStatement, type StatementEntry } from './statement';

const entry = (over: Partial<StatementEntry>): StatementEntry => ({
  transactionId: 't',
  occurredAt: '2026-01-05T10:00:00.000Z',
  kind: 'accrual',
  account: 'pending',
  amountMinor: 100,
  projectId: 'p1',
  taskId: null,
  assignmentId: null,
  reviewId: null,
  sourceTransactionId: null,
  reason: null,
  detail: '',
  ...over,
});

describe('earnings charts', () => {
  it('numbers ISO weeks (Monday start, week 1 holds 4 January)', () => {
    expect(isoWeek('2026-01-01T00:00:00Z')).toBe('2026-W01'); // Thursday
    expect(isoWeek('2025-12-29T00:00:00Z')).toBe('2026-W01'); // Monday of that week
    expect(isoWeek('2027-01-01T12:00:00Z')).toBe('2026-W53'); // Friday after a 53-week year
    expect(isoWeek('2026-01-05T00:00:00Z')).toBe('2026-W02');
  });

  it('sums earnings per project and per week, leaving releases and payouts out', () => {
    const statement = buildStatement({
      organisationId: 'orgA',
      expertId: 'e',
      currency: asCurrency('USD'),
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
      opening: { pendingMinor: 0, availableMinor: 0 },
      entries: [
        entry({ transactionId: 'a1', amountMinor: 6000 }),
        entry({
          transactionId: 'a2',
          amountMinor: 4500,
          projectId: 'p2',
          occurredAt: '2026-01-13T00:00:00.000Z',
        }),
        entry({
          transactionId: 'b1',
          kind: 'bonus',
          amountMinor: 500,
          projectId: 'p2',
          occurredAt: '2026-01-13T00:00:00.000Z',
        }),
        entry({
          transactionId: 'r1',
          kind: 'release',
          amountMinor: -6000,
          occurredAt: '2026-01-20T00:00:00.000Z',
        }),
        entry({
          transactionId: 'r1',
          kind: 'release',
          account: 'available',
          amountMinor: 6000,
          occurredAt: '2026-01-20T00:00:00.000Z',
        }),
        entry({
          transactionId: 'x1',
          kind: 'adjustment',
          account: 'available',
          amountMinor: -200,
          projectId: 'p1',
          occurredAt: '2026-01-20T00:00:00.000Z',
        }),
        entry({
          transactionId: 'o1',
          kind: 'payout',
          account: 'available',
          amountMinor: -5000,
          projectId: null,
          occurredAt: '2026-01-21T00:00:00.000Z',
        }),
      ],
    });
    expect(earnedByProject(statement)).toEqual([
      { key: 'p1', earnedMinor: 5800 },
      { key: 'p2', earnedMinor: 5000 },
    ]);
    expect(earnedByWeek(statement)).toEqual([
      { key: '2026-W02', earnedMinor: 6000 },
      { key: '2026-W03', earnedMinor: 5000 },
      { key: '2026-W04', earnedMinor: -200 },
    ]);
  });
});
