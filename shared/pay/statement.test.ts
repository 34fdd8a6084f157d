import { describe, expect, it } from 'vitest';
import { asCurrency } from './money';
import { buildStatement, describeEarning, formatDuration, type StatementEntry } from './statement';
import { csvText, statementToCsv } from './statementCsv';

const EUR = asCurrency('EUR');

const base = {
  projectId: 'p1',
  taskId: null,
  assignmentId: null,
  reviewId: null,
  sourceTransactionId: null,
  reason: null,
  detail: '',
} satisfies Partial<StatementEntry>;

const entries: StatementEntry[] = [
  {
    ...base,
    transactionId: 't3',
    occurredAt: '2026-03-02T09:00:00.000Z',
    kind: 'release',
    account: 'available',
    amountMinor: 2500,
    sourceTransactionId: 't1',
  },
  {
    ...base,
    transactionId: 't1',
    occurredAt: '2026-03-01T10:00:00.000Z',
    kind: 'accrual',
    account: 'pending',
    amountMinor: 2500,
    taskId: 'task-1',
    assignmentId: 'as-1',
    reviewId: 'rev-1',
    detail: 'per task 25.00 EUR',
  },
  {
    ...base,
    transactionId: 't3',
    occurredAt: '2026-03-02T09:00:00.000Z',
    kind: 'release',
    account: 'pending',
    amountMinor: -2500,
    sourceTransactionId: 't1',
  },
  {
    ...base,
    transactionId: 't4',
    occurredAt: '2026-03-03T09:00:00.000Z',
    kind: 'payout',
    account: 'available',
    amountMinor: -2000,
    projectId: null,
  },
  {
    ...base,
    transactionId: 't2',
    occurredAt: '2026-03-01T11:00:00.000Z',
    kind: 'bonus',
    account: 'pending',
    amountMinor: 500,
    reason: '=HYPERLINK("http://evil") "great work", thanks',
  },
];

describe('statements', () => {
  const statement = buildStatement({
    expertId: 'e1',
    organisationId: 'orgA',
    currency: EUR,
    from: '2026-03-01T00:00:00.000Z',
    to: '2026-04-01T00:00:00.000Z',
    opening: { pendingMinor: 0, availableMinor: 100 },
    entries,
  });

  it('orders lines by time and runs balances from the opening', () => {
    expect(statement.lines.map((l) => `${l.transactionId}/${l.account}`)).toEqual([
      't1/pending',
      't2/pending',
      't3/pending',
      't3/available',
      't4/available',
    ]);
    expect(statement.closing).toEqual({ pendingMinor: 500, availableMinor: 600 });
    expect(statement.totals).toEqual({
      earnedMinor: 2500,
      bonusesMinor: 500,
      adjustmentsMinor: 0,
      paidOutMinor: 2000,
      carriedOverMinor: 0,
    });
  });

  it('exports CSV with a header, opening and closing rows, quoted and injection-safe text', () => {
    const csv = statementToCsv(statement);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      'date,transaction,kind,account,amount,currency,pending_after,available_after,organisation,project,task,assignment,review,settles,reason,detail',
    );
    expect(rows[1]).toBe('2026-03-01T00:00:00.000Z,,opening,,,EUR,0.00,1.00,orgA,,,,,,,');
    expect(rows[2]).toBe(
      '2026-03-01T10:00:00.000Z,t1,accrual,pending,25.00,EUR,25.00,1.00,orgA,p1,task-1,as-1,rev-1,,,per task 25.00 EUR',
    );
    expect(rows[3]).toContain(`,"'=HYPERLINK(""http://evil"") ""great work"", thanks",`);
    expect(rows[4]).toContain(',release,pending,-25.00,EUR,5.00,1.00,orgA,p1,,,,t1,,');
    expect(rows[5]).toContain(',release,available,25.00,EUR,5.00,26.00,orgA,p1,,,,t1,,');
    expect(rows[6]).toContain(',payout,available,-20.00,EUR,5.00,6.00,orgA,,');
    expect(rows[7]).toBe('2026-04-01T00:00:00.000Z,,closing,,,EUR,5.00,6.00,orgA,,,,,,,');
    expect(rows[8]).toBe('');
    expect(csvText('-1+1')).toBe("'-1+1");
    expect(csvText('a\nb')).toBe('"a\nb"');
  });

  it('describes how each earning was computed', () => {
    expect(
      describeEarning({
        amountMinor: 6000,
        currency: EUR,
        rule: 'hourly',
        rateMinor: 4000,
        activeMs: 5_400_000,
      }),
    ).toBe('1:30:00 active × 40.00 EUR/h');
    expect(
      describeEarning({ amountMinor: 2500, currency: EUR, rule: 'per-task', rateMinor: 2500 }),
    ).toBe('per task 25.00 EUR');
    expect(formatDuration(3_599_999)).toBe('0:59:59');
  });
});
