/** Sorting and searching the text pane's span records without holding the main thread. */

/**
 * Sorts in runs of a few thousand, then merges one level per task: no single task sorts 50,000
 * records (which takes long enough on a busy machine to be felt).
 */
export async function sortInSlices<T>(
  items: T[],
  compare: (a: T, b: T) => number,
  pause: () => Promise<void>,
): Promise<T[]> {
  const RUN = 4096;
  let runs: T[][] = [];
  for (let from = 0; from < items.length; from += RUN) {
    runs.push(items.slice(from, from + RUN).sort(compare));
    if (runs.length % 4 === 0) await pause();
  }
  while (runs.length > 1) {
    await pause();
    const merged: T[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const a = runs[i]!;
      const b = runs[i + 1];
      if (!b) {
        merged.push(a);
        continue;
      }
      const out: T[] = new Array<T>(a.length + b.length);
      let x = 0;
      let y = 0;
      let k = 0;
      while (x < a.length && y < b.length) out[k++] = compare(b[y]!, a[x]!) < 0 ? b[y++]! : a[x++]!;
      while (x < a.length) out[k++] = a[x++]!;
      while (y < b.length) out[k++] = b[y++]!;
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

/** The first index of `sorted` whose item is not `before` the sought place (binary search). */
export function lowerBound<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
