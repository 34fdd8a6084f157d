import type { TextRun } from './pageText';

/**
 * Maps between positions in pdf.js's text layer (a run index and an offset in that run's raw
 * `str`, which is what the DOM holds) and offsets in the page's canonical text (buildPageText).
 * The two differ only where buildPageText drops NUL characters and adds a newline after a run
 * that ends a line.
 */
export interface PageRuns {
  readonly runs: readonly TextRun[];
  /** From buildPageText: where each run's canonical text starts in the page text. */
  readonly runStarts: readonly number[];
}

/** A piece of one run's raw string, [from, to) in the DOM's offsets. */
export interface RunSlice {
  readonly runIndex: number;
  readonly from: number;
  readonly to: number;
}

const NUL = '\u0000';

function nulsBefore(str: string, rawOffset: number): number {
  let count = 0;
  for (let i = str.indexOf(NUL); i !== -1 && i < rawOffset; i = str.indexOf(NUL, i + 1)) count++;
  return count;
}

/** Canonical length of a run's own text (without its end-of-line newline). */
function canonicalLength(run: TextRun): number {
  return run.str.length - nulsBefore(run.str, run.str.length);
}

/** Page-local canonical offset of a position inside run `runIndex` (raw DOM offset). */
export function pageOffsetOf(page: PageRuns, runIndex: number, rawOffset: number): number {
  const run = page.runs[runIndex];
  const start = page.runStarts[runIndex];
  if (!run || start === undefined) throw new RangeError(`no run ${runIndex}`);
  const clamped = Math.max(0, Math.min(rawOffset, run.str.length));
  return start + clamped - nulsBefore(run.str, clamped);
}

/**
 * Raw offset in `str` of the canonical offset `local` within that run. A start skips the NULs in
 * front of its character; an end stops right after the previous character.
 */
function rawOffsetIn(str: string, local: number, side: 'start' | 'end'): number {
  let seen = 0;
  for (let i = 0; i < str.length; i++) {
    if (seen === local && (side === 'end' || str[i] !== NUL)) return i;
    if (str[i] !== NUL) seen++;
  }
  return str.length;
}

/** The last run whose canonical text starts at or before `offset`. */
function runAt(page: PageRuns, offset: number): number {
  const starts = page.runStarts;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The runs (and the parts of them) that show the canonical range [start, end) of a page. Newlines
 * added after end-of-line runs have no run of their own and are skipped, as are empty runs.
 */
export function runSlices(page: PageRuns, start: number, end: number): RunSlice[] {
  const slices: RunSlice[] = [];
  if (!(start < end)) return slices;
  for (let runIndex = Math.max(0, runAt(page, start)); runIndex < page.runs.length; runIndex++) {
    const run = page.runs[runIndex];
    const runStart = page.runStarts[runIndex];
    if (!run || runStart === undefined || runStart >= end) break;
    const runEnd = runStart + canonicalLength(run);
    const from = Math.max(start, runStart);
    const to = Math.min(end, runEnd);
    if (from < to) {
      slices.push({
        runIndex,
        from: rawOffsetIn(run.str, from - runStart, 'start'),
        to: rawOffsetIn(run.str, to - runStart, 'end'),
      });
    }
  }
  return slices;
}
