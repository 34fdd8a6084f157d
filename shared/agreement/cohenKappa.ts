/** A rating; `null` means the rater gave none for that item (the item is then left out). */
export type Rating = string | null;

export interface KappaResult {
  /** Items both raters rated. */
  readonly n: number;
  /** Categories in sorted order; rows of `matrix` are rater A, columns rater B. */
  readonly categories: readonly string[];
  readonly matrix: readonly (readonly number[])[];
  /** p_o, the share of items rated alike. */
  readonly observed: number | null;
  /** p_e, the agreement expected by chance from each rater's own category frequencies. */
  readonly expected: number | null;
  /**
   * κ = (p_o − p_e) / (1 − p_e). null when undefined: no items, or p_e = 1 (both raters used one
   * and the same category throughout, so chance explains everything and κ is 0/0).
   */
  readonly kappa: number | null;
}

/** Cohen's κ from a square contingency table (rows rater A, columns rater B). */
export function cohenKappaFromMatrix(
  matrix: readonly (readonly number[])[],
  categories: readonly string[] = matrix.map((_, i) => String(i)),
): KappaResult {
  const k = matrix.length;
  if (matrix.some((row) => row.length !== k)) throw new RangeError('the table must be square');
  let n = 0;
  let agree = 0;
  const rowSums = new Array<number>(k).fill(0);
  const colSums = new Array<number>(k).fill(0);
  matrix.forEach((row, i) =>
    row.forEach((count, j) => {
      if (!Number.isInteger(count) || count < 0) throw new RangeError('counts must be whole');
      n += count;
      rowSums[i] = (rowSums[i] ?? 0) + count;
      colSums[j] = (colSums[j] ?? 0) + count;
      if (i === j) agree += count;
    }),
  );
  if (n === 0) return { n, categories, matrix, observed: null, expected: null, kappa: null };
  const observed = agree / n;
  const expected = rowSums.reduce((s, r, i) => s + r * (colSums[i] ?? 0), 0) / (n * n);
  // p_e = 1 only when both raters used one and the same category throughout: κ is 0/0.
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { n, categories, matrix, observed, expected, kappa };
}

/** Cohen's κ for two raters' classifications of the same items (index i of each array). */
export function cohenKappa(a: readonly Rating[], b: readonly Rating[]): KappaResult {
  if (a.length !== b.length) throw new RangeError('both raters must rate the same items');
  const pairs: [string, string][] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x !== null && y !== null && y !== undefined) pairs.push([x, y]);
  });
  const categories = [...new Set(pairs.flat())].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const matrix = categories.map(() => new Array<number>(categories.length).fill(0));
  for (const [x, y] of pairs) {
    const row = matrix[index.get(x) ?? 0];
    const j = index.get(y) ?? 0;
    if (row) row[j] = (row[j] ?? 0) + 1;
  }
  return cohenKappaFromMatrix(matrix, categories);
}
