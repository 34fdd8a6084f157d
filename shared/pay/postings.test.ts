import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCurrency } from './money';
import {
  assertBalanced,
  debitsAndCredits,
  drawPayout,
  expertAccount,
  legacyExpertAccount,
  parseExpertAccount,
  payoutPostings,
  postingsFor,
  projectOfAccount,
  reversalPostings,
  UnbalancedTransactionError,
  type Posting,
} from './postings';

const EUR = asCurrency('EUR');
const party = { expertId: 'e1', projectId: 'p1', organisationId: 'orgA' };
const show = (postings: readonly Posting[]) =>
  postings.map((p) => `${p.organisationId} ${p.account} ${p.amountMinor}`);

describe('posting rules', () => {
  it('moves money along the documented paths, inside the project’s organisation', () => {
    expect(show(postingsFor('accrual', party, 100))).toEqual([
      'orgA project:p1:funding -100',
      'orgA expert:e1:project:p1:pending 100',
    ]);
    expect(show(postingsFor('bonus', party, 100))).toEqual([
      'orgA project:p1:funding -100',
      'orgA expert:e1:project:p1:pending 100',
    ]);
    expect(show(postingsFor('adjustment', party, -100))).toEqual([
      'orgA project:p1:funding 100',
      'orgA expert:e1:project:p1:available -100',
    ]);
    expect(show(postingsFor('release', party, 100))).toEqual([
      'orgA expert:e1:project:p1:pending -100',
      'orgA expert:e1:project:p1:available 100',
    ]);
    const payout = payoutPostings('e1', 'orgA', [
      { projectId: 'p1', availableMinor: 70 },
      { projectId: 'p2', availableMinor: 30 },
    ]);
    expect(show(payout)).toEqual([
      'orgA expert:e1:project:p1:available -70',
      'orgA expert:e1:project:p2:available -30',
      'orgA org:orgA:payouts 100',
    ]);
    expect(show(reversalPostings(payout))).toEqual([
      'orgA expert:e1:project:p1:available 70',
      'orgA expert:e1:project:p2:available 30',
      'orgA org:orgA:payouts -100',
    ]);
  });

  it('balances every kind for any amount: debits equal credits in each organisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'accrual' as const,
          'bonus' as const,
          'adjustment' as const,
          'release' as const,
        ),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (kind, amount) => {
          const postings = postingsFor(kind, party, amount);
          assertBalanced(postings, EUR);
          const { debits, credits } = debitsAndCredits(postings);
          expect(debits).toBe(credits);
          expect(new Set(postings.map((p) => p.organisationId))).toEqual(new Set(['orgA']));
        },
      ),
    );
  });

  it('allows negative adjustments only; refuses zero and negative earnings', () => {
    expect(postingsFor('adjustment', party, -5)[1]).toEqual({
      account: 'expert:e1:project:p1:available',
      amountMinor: -5,
      organisationId: 'orgA',
    });
    expect(() => postingsFor('accrual', party, -5)).toThrow(/positive/);
    expect(() => postingsFor('release', party, 0)).toThrow(/zero/);
    expect(() => postingsFor('bonus', party, 0.5)).toThrow(/integer/);
    expect(() => postingsFor('bonus', { ...party, organisationId: 'a:b' }, 5)).toThrow(/bad/);
  });

  it('refuses unbalanced, single-line, zero-line and cross-organisation transactions', () => {
    const a = expertAccount('e1', 'p1', 'pending');
    const b = expertAccount('e1', 'p1', 'available');
    const line = (account: typeof a, amountMinor: number, organisationId: string | null = 'o') => ({
      account,
      amountMinor,
      organisationId,
    });
    const bad: Posting[][] = [
      [],
      [line(a, 5)],
      [line(a, 5), line(b, -4)],
      [line(a, 0), line(b, 0)],
      // Balanced overall but not within either organisation: one organisation paying another's debt.
      [line(a, 5, 'orgA'), line(b, -5, 'orgB')],
    ];
    for (const postings of bad)
      expect(() => assertBalanced(postings, EUR)).toThrow(UnbalancedTransactionError);
    // Two books, each balanced (the shape of a carry-over).
    assertBalanced(
      [line(a, 5, 'orgA'), line(b, -5, 'orgA'), line(a, -5, null), line(b, 5, null)],
      EUR,
    );
  });

  it('names expert accounts safely and parses them back, old and new', () => {
    expect(parseExpertAccount(expertAccount('0190-ab', 'p-1', 'available'))).toEqual({
      expertId: '0190-ab',
      projectId: 'p-1',
      kind: 'available',
    });
    expect(parseExpertAccount(legacyExpertAccount('0190-ab', 'pending'))).toEqual({
      expertId: '0190-ab',
      projectId: null,
      kind: 'pending',
    });
    expect(parseExpertAccount('platform:payouts')).toBeUndefined();
    expect(parseExpertAccount('org:o:payouts')).toBeUndefined();
    expect(projectOfAccount('project:p9:funding')).toBe('p9');
    expect(projectOfAccount(expertAccount('e', 'p9', 'pending'))).toBe('p9');
    expect(projectOfAccount('org:o:payouts')).toBeNull();
    expect(() => expertAccount('a:b', 'p', 'pending')).toThrow(/bad expert id/);
    expect(() => expertAccount('a', 'p%', 'pending')).toThrow(/bad project id/);
  });
});

describe('drawing a payout on one organisation', () => {
  it('draws oldest first, each account as far as it is positive', () => {
    const sources = [
      { projectId: 'old', availableMinor: 300 },
      { projectId: 'minus', availableMinor: -100 },
      { projectId: 'new', availableMinor: 500 },
    ];
    expect(drawPayout(sources, 250)).toEqual({
      ok: true,
      draws: [{ projectId: 'old', availableMinor: 250 }],
    });
    expect(drawPayout(sources, 700)).toEqual({
      ok: true,
      draws: [
        { projectId: 'old', availableMinor: 300 },
        { projectId: 'new', availableMinor: 400 },
      ],
    });
    // The organisation owes 700 in all (a project account below zero counts against it).
    expect(drawPayout(sources, 701)).toEqual({ ok: false, availableMinor: 700 });
    expect(drawPayout([], 1)).toEqual({ ok: false, availableMinor: 0 });
    expect(() => drawPayout(sources, 0)).toThrow(/positive/);
  });

  it('never draws more than asked nor more than an account holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 5000 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 20_000 }),
        (amounts, ask) => {
          const sources = amounts.map((a, i) => ({ projectId: `p${i}`, availableMinor: a }));
          const total = amounts.reduce((s, a) => s + a, 0);
          const drawn = drawPayout(sources, ask);
          expect(drawn.ok).toBe(total >= ask);
          if (!drawn.ok) return;
          expect(drawn.draws.reduce((s, d) => s + d.availableMinor, 0)).toBe(ask);
          for (const d of drawn.draws) {
            const from = sources.find((s) => s.projectId === d.projectId)!;
            expect(d.availableMinor).toBeGreaterThan(0);
            expect(d.availableMinor).toBeLessThanOrEqual(from.availableMinor);
          }
        },
      ),
    );
  });
});
