/**
 * Offsets in two units. Our anchors count UTF-16 code units (what JavaScript strings index);
 * W3C selectors, BRAT, Label Studio and Python training pipelines count Unicode code points.
 * They differ only where the text has characters outside the Basic Multilingual Plane (emoji,
 * some CJK, mathematical letters), each of which is two UTF-16 units but one code point.
 * Combining marks and right-to-left text are ordinary code points in both units.
 *
 * A lone surrogate counts as one code point, as JavaScript's string iterator and Python's
 * `surrogateescape` both count it.
 */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** The code-point offset of a UTF-16 offset, or undefined inside a surrogate pair or out of range. */
  toCodePoint(utf16: number): number | undefined;
  /** The UTF-16 offset of a code-point offset, or undefined when out of range. */
  toUtf16(codePoint: number): number | undefined;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** UTF-16 offsets where a surrogate pair starts, ascending. */
function pairStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      starts.push(i);
      i++;
    }
  }
  return starts;
}

/** The first index in 0..length for which `below` is false (`below` holds on a prefix). */
function countPrefix(length: number, below: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds an index in one pass; each conversion is then a binary search over the text's pairs. */
export function codePointIndex(text: string): CodePointIndex {
  const pairs = pairStarts(text);
  const at = (k: number): number => pairs[k] ?? 0;
  return {
    length: text.length - pairs.length,
    toCodePoint(utf16) {
      if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) return undefined;
      // Pairs that end at or before `utf16` each shorten the count by one.
      const before = countPrefix(pairs.length, (k) => at(k) + 2 <= utf16);
      if (before < pairs.length && at(before) + 1 === utf16) return undefined;
      return utf16 - before;
    },
    toUtf16(codePoint) {
      if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > text.length - pairs.length) {
        return undefined;
      }
      // Pair k starts at code point at(k) - k; every pair starting before `codePoint` adds a unit.
      return codePoint + countPrefix(pairs.length, (k) => at(k) - k < codePoint);
    },
  };
}

/** True when `utf16` does not split a surrogate pair (0 and text.length included). */
export function isCodePointBoundary(text: string, utf16: number): boolean {
  if (utf16 <= 0 || utf16 >= text.length) return utf16 === 0 || utf16 === text.length;
  return !(isHigh(text.charCodeAt(utf16 - 1)) && isLow(text.charCodeAt(utf16)));
}
