import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCurrency } from './money';
import {
  assertBalanced,
  debitsAndCredits,
  expertAccount,
  parseExpertAccount,
  postingsFor,
  TRANSACTION_KINDS,
  UnbalancedTransactionError,
  type Posting,
} from './postings';

const EUR = asCurrency('EUR');

describe('posting rules', () => {
  it('moves money along the documented paths', () => {
    const flow = (kind: (typeof TRANSACTION_KINDS)[number]) =>
      postingsFor(kind, 'e1', 100).map((p) => `${p.account} ${p.amountMinor}`);
    expect(flow('accrual')).toEqual(['platform:project-funding -100', 'expert:e1:pending 100']);
    expect(flow('bonus')).toEqual(['platform:project-funding -100', 'expert:e1:pending 100']);
    expect(flow('adjustment')).toEqual([
      'platform:project-funding -100',
      'expert:e1:available 100',
    ]);
    expect(flow('release')).toEqual(['expert:e1:pending -100', 'expert:e1:available 100']);
    expect(flow('payout')).toEqual(['expert:e1:available -100', 'platform:payouts 100']);
    expect(flow('payout-reversal')).toEqual(['platform:payouts -100', 'expert:e1:available 100']);
  });

  it('balances every kind for any amount: debits equal credits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRANSACTION_KINDS),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (kind, amount) => {
          const postings = postingsFor(kind, 'x', amount);
          assertBalanced(postings, EUR);
          const { debits, credits } = debitsAndCredits(postings);
          expect(debits).toBe(credits);
        },
      ),
    );
  });

  it('allows negative adjustments only; refuses zero and negative earnings', () => {
    expect(postingsFor('adjustment', 'e1', -5)[1]).toEqual({
      account: 'expert:e1:available',
      amountMinor: -5,
    });
    expect(() => postingsFor('accrual', 'e1', -5)).toThrow(/positive/);
    expect(() => postingsFor('payout', 'e1', 0)).toThrow(/zero/);
    expect(() => postingsFor('bonus', 'e1', 0.5)).toThrow(/integer/);
  });

  it('refuses unbalanced, single-line and zero-line transactions', () => {
    const a = expertAccount('e1', 'pending');
    const b = expertAccount('e1', 'available');
    const bad: Posting[][] = [
      [{ account: a, amountMinor: 5 }],
      [
        { account: a, amountMinor: 5 },
        { account: b, amountMinor: -4 },
      ],
      [
        { account: a, amountMinor: 0 },
        { account: b, amountMinor: 0 },
      ],
    ];
    for (const postings of bad)
      expect(() => assertBalanced(postings, EUR)).toThrow(UnbalancedTransactionError);
  });

  it('names expert accounts safely and parses them back', () => {
    expect(parseExpertAccount(expertAccount('0190-ab', 'available'))).toEqual({
      expertId: '0190-ab',
      kind: 'available',
    });
    expect(parseExpertAccount('platform:payouts')).toBeUndefined();
    expect(() => expertAccount('a:b', 'pending')).toThrow(/bad expert id/);
  });
});
