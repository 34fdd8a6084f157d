import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal, type CodedValue } from './krippendorffAlpha';

/** Krippendorff's layout: one row per coder, one column per unit → our units-of-values shape. */
function byUnit(rows: readonly (readonly CodedValue[])[]): CodedValue[][] {
  const units = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: units }, (_, u) => rows.map((row) => row[u]));
}

const _ = null;

describe("Krippendorff's α (nominal)", () => {
  it('matches Krippendorff’s binary example: two observers, no missing data, α = 0.095', () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A:
    // o_00 = 10, o_01 = o_10 = 4, o_11 = 2, n = 20; α = 1 − 19·4/(14·6) = 0.095.
    const result = krippendorffAlphaNominal(
      byUnit([
        ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
        ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
      ]),
    );
    expect(result.coincidences).toEqual([
      [10, 4],
      [4, 2],
    ]);
    expect(result.n).toBe(20);
    expect(result.alpha).toBeCloseTo(1 - (19 * 4) / (14 * 6), 12);
    expect(result.alpha?.toFixed(3)).toBe('0.095');
  });

  it('matches Krippendorff’s example with four observers, 12 units and missing data: α = 0.743', () => {
    // Krippendorff (2011), section C (nominal data, any number of observers, missing data);
    // also Content Analysis (4th ed., 2019), ch. 12. Unit 12 has one value and is not pairable.
    const result = krippendorffAlphaNominal(
      byUnit([
        ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
        ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
        [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
        ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
      ]),
    );
    expect(result.n).toBe(40);
    expect(result.pairableUnits).toBe(11);
    // Published coincidence marginals: n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3.
    expect(result.coincidences.map((row) => Math.round(row.reduce((s, x) => s + x, 0)))).toEqual([
      9, 13, 10, 5, 3,
    ]);
    expect(result.alpha?.toFixed(3)).toBe('0.743');
  });

  it('equals the hand-computed value for three coders on three units', () => {
    // Units: (a,a,a) (a,a,b) (b,b,–). Coincidences: unit 1 gives o_aa += 6/2 = 3; unit 2 gives
    // o_aa += 2/2, o_ab += 2/2, o_ba += 2/2; unit 3 gives o_bb += 2/1.
    // o = [[4,1],[1,2]], n_a = 5, n_b = 3, n = 8. D_o = 2/8; D_e = 2·5·3/(8·7) = 30/56.
    // α = 1 − (2/8)/(30/56) = 1 − 14/30 = 8/15.
    const result = krippendorffAlphaNominal([
      ['a', 'a', 'a'],
      ['a', 'a', 'b'],
      ['b', 'b', null],
    ]);
    expect(result.coincidences).toEqual([
      [4, 1],
      [1, 2],
    ]);
    expect(result.alpha).toBeCloseTo(8 / 15, 12);
  });

  it('is undefined without pairable values or without any variation', () => {
    expect(krippendorffAlphaNominal([]).alpha).toBeNull();
    expect(
      krippendorffAlphaNominal([
        ['a', null],
        [null, 'b'],
      ]).alpha,
    ).toBeNull();
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a'],
      ]).alpha,
    ).toBeNull();
  });

  const data = fc.array(
    fc.array(fc.option(fc.constantFrom('x', 'y', 'z'), { nil: null }), {
      minLength: 4,
      maxLength: 4,
    }),
    { minLength: 1, maxLength: 25 },
  );

  it('does not depend on the order of coders or units, and is at most 1 (property)', () => {
    fc.assert(
      fc.property(data, (units) => {
        const alpha = krippendorffAlphaNominal(units).alpha;
        const shuffled = [...units].reverse().map((unit) => [...unit].reverse());
        const again = krippendorffAlphaNominal(shuffled).alpha;
        if (alpha === null) expect(again).toBeNull();
        else {
          expect(again).toBeCloseTo(alpha, 12);
          expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('is 1 for perfect agreement with variation, missing values notwithstanding (property)', () => {
    fc.assert(
      fc.property(data, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (units, drop) => {
        const agreed = units.map((unit) => {
          const value = unit.find((v) => v !== null) ?? 'x';
          return unit.map((_v, i) => (drop[i] && i > 1 ? null : value));
        });
        const result = krippendorffAlphaNominal(agreed);
        if (result.categories.length > 1) expect(result.alpha).toBe(1);
        else expect(result.alpha).toBeNull();
      }),
    );
  });

  it('agrees with Cohen-style data for two coders: matches the 2×2 closed form (property)', () => {
    // For two coders, no missing, binary values: α = 1 − (n−1)·o_01/(n_0·n_1) (Krippendorff 2011, A).
    const binary = fc.array(fc.tuple(fc.constantFrom('0', '1'), fc.constantFrom('0', '1')), {
      minLength: 2,
      maxLength: 30,
    });
    fc.assert(
      fc.property(binary, (pairs) => {
        const result = krippendorffAlphaNominal(pairs);
        const n = pairs.length * 2;
        const n0 = pairs.flat().filter((v) => v === '0').length;
        const n1 = n - n0;
        const o01 = pairs.filter(([a, b]) => a !== b).length;
        if (n0 === 0 || n1 === 0) expect(result.alpha).toBeNull();
        else expect(result.alpha).toBeCloseTo(1 - ((n - 1) * o01) / (n0 * n1), 10);
      }),
    );
  });
});
