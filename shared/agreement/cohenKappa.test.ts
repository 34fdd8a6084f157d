import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromMatrix } from './cohenKappa';

describe("Cohen's κ", () => {
  it('matches the published worked example (Wikipedia, "Cohen\'s kappa", Simple example)', () => {
    // 50 grant proposals, readers A (rows) and B (columns), Yes/No:
    //   A yes & B yes 20, A yes & B no 5, A no & B yes 10, A no & B no 15.
    // Published: p_o = 0.70, p_e = 0.50, κ = 0.40.
    const result = cohenKappaFromMatrix(
      [
        [20, 5],
        [10, 15],
      ],
      ['yes', 'no'],
    );
    expect(result.n).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it('matches the published "same percentages, different numbers" pair (Wikipedia, Cohen\'s kappa)', () => {
    // Both tables have p_o = 0.60; published κ = 0.1304 and κ = 0.2593.
    expect(
      cohenKappaFromMatrix([
        [45, 15],
        [25, 15],
      ]).kappa,
    ).toBeCloseTo(0.1304, 4);
    expect(
      cohenKappaFromMatrix([
        [25, 35],
        [5, 35],
      ]).kappa,
    ).toBeCloseTo(0.2593, 4);
  });

  it('builds the table from two rating lists, dropping items either rater skipped', () => {
    // Hand count: pairs (a,a) (a,b) (b,b) (c,c) (c,a); the null pair is dropped. n = 5, p_o = 3/5.
    // A: a 2, b 1, c 2; B: a 2, b 2, c 1 → p_e = (2·2 + 1·2 + 2·1)/25 = 8/25.
    // κ = (15/25 − 8/25) / (17/25) = 7/17.
    const result = cohenKappa(['a', 'a', 'b', 'c', 'c', null], ['a', 'b', 'b', 'c', 'a', 'c']);
    expect(result.n).toBe(5);
    expect(result.categories).toEqual(['a', 'b', 'c']);
    expect(result.matrix).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect(result.kappa).toBeCloseTo(7 / 17, 12);
  });

  it('is undefined with no items or when both raters used one category throughout', () => {
    expect(cohenKappa([], []).kappa).toBeNull();
    expect(cohenKappa(['x', 'x'], ['x', 'x']).kappa).toBeNull();
    expect(() => cohenKappa(['x'], [])).toThrow(RangeError);
  });

  const ratings = fc
    .integer({ min: 1, max: 40 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: n, maxLength: n }),
      ),
    );

  it('is symmetric in the raters and never above 1 (property)', () => {
    fc.assert(
      fc.property(ratings, ([a, b]) => {
        const ab = cohenKappa(a, b).kappa;
        const ba = cohenKappa(b, a).kappa;
        if (ab === null) expect(ba).toBeNull();
        else {
          expect(ba).toBeCloseTo(ab, 12);
          expect(ab).toBeLessThanOrEqual(1 + 1e-12);
          expect(ab).toBeGreaterThanOrEqual(-1 - 1e-12);
        }
      }),
    );
  });

  it('is exactly 1 for perfect agreement whenever more than one category is used (property)', () => {
    fc.assert(
      fc.property(ratings, ([a]) => {
        const kappa = cohenKappa(a, a).kappa;
        if (new Set(a).size > 1) expect(kappa).toBe(1);
        else expect(kappa).toBeNull();
      }),
    );
  });
});
