/**
 * Stacking levels for overlapping spans, so each gets its own underline: the first span to start
 * (the longer one on a tie) takes level 0, and a span that overlaps spans already on a level moves
 * down to the first level that is free at its start. Spans that only touch (one ends where the
 * next starts) share a level.
 */
export interface LayeredSpan {
  readonly start: number;
  readonly end: number;
}

/** `result[i]` is the level of `spans[i]`. O(n log n + n·levels). */
export function assignLayers(spans: readonly LayeredSpan[]): Uint16Array {
  const order = Array.from(spans.keys()).sort((a, b) => {
    const sa = spans[a]!;
    const sb = spans[b]!;
    return sa.start - sb.start || sb.end - sa.end || a - b;
  });
  const levels = new Uint16Array(spans.length);
  /** End of the span last placed on each level. */
  const levelEnds: number[] = [];
  for (const i of order) {
    const span = spans[i]!;
    let level = levelEnds.findIndex((end) => end <= span.start);
    if (level < 0) level = levelEnds.push(0) - 1;
    levelEnds[level] = span.end;
    levels[i] = level;
  }
  return levels;
}
