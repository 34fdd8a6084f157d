/** A coder's value for a unit; `null` or `undefined` means missing (the coder did not code it). */
export type CodedValue = string | null | undefined;

export interface AlphaResult {
  /** Pairable values: values in units that at least two coders coded. */
  readonly n: number;
  /** Units with at least two values (the others carry no information about agreement). */
  readonly pairableUnits: number;
  /** Coincidence matrix o_ck over `categories` (sorted). */
  readonly categories: readonly string[];
  readonly coincidences: readonly (readonly number[])[];
  /** D_o and D_e, normalised per pairable value. */
  readonly observedDisagreement: number | null;
  readonly expectedDisagreement: number | null;
  /**
   * α = 1 − D_o / D_e. null when undefined: fewer than two pairable values, or no variation at all
   * (every value the same, D_e = 0), where Krippendorff leaves α undefined.
   */
  readonly alpha: number | null;
}

/**
 * Krippendorff's α for nominal data, any number of coders, missing values allowed
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). `units[u]` lists the values
 * the coders gave unit u, one slot per coder (the slot order does not matter).
 */
export function krippendorffAlphaNominal(units: readonly (readonly CodedValue[])[]): AlphaResult {
  const valuesPerUnit = units.map((unit) =>
    unit.filter((v): v is string => v !== null && v !== undefined),
  );
  const pairable = valuesPerUnit.filter((values) => values.length >= 2);
  const categories = [...new Set(pairable.flat())].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const k = categories.length;
  const o = categories.map(() => new Array<number>(k).fill(0));

  for (const values of pairable) {
    // Each ordered pair of values from different coders adds 1/(m_u − 1).
    const counts = new Array<number>(k).fill(0);
    for (const v of values) counts[index.get(v) ?? 0]! += 1;
    const weight = 1 / (values.length - 1);
    for (let c = 0; c < k; c++)
      for (let d = 0; d < k; d++) {
        const nc = counts[c] ?? 0;
        const pairs = c === d ? nc * (nc - 1) : nc * (counts[d] ?? 0);
        if (pairs > 0) o[c]![d]! += pairs * weight;
      }
  }

  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nc.reduce((s, x) => s + x, 0);
  const base = { n: Math.round(n), pairableUnits: pairable.length, categories, coincidences: o };
  if (n < 2)
    return { ...base, observedDisagreement: null, expectedDisagreement: null, alpha: null };

  let disagreeObserved = 0;
  let disagreeExpected = 0;
  for (let c = 0; c < k; c++)
    for (let d = 0; d < k; d++) {
      if (c === d) continue;
      disagreeObserved += o[c]![d]!;
      disagreeExpected += nc[c]! * nc[d]!;
    }
  const observedDisagreement = disagreeObserved / n;
  const expectedDisagreement = disagreeExpected / (n * (n - 1));
  return {
    ...base,
    observedDisagreement,
    expectedDisagreement,
    alpha: expectedDisagreement === 0 ? null : 1 - observedDisagreement / expectedDisagreement,
  };
}
