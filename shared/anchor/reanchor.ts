import approxSearch from 'approx-string-match';
import type { TextPosition, TextQuote } from '../model/annotation';

/**
 * Finding a span again when its stored offsets no longer point at its quote (the canonical text
 * was rebuilt by another pdf.js version, or the annotation came from another tool). This follows
 * the Hypothesis client's match-quote: candidates are exact occurrences of the quote or, failing
 * those, approximate ones (Myers' bit-parallel algorithm, via approx-string-match); each is scored
 * by how well the quote, its prefix and its suffix match and how close it is to the old position.
 */

export interface QuoteMatch extends TextPosition {
  /** 0..1; 1 is the exact quote with its exact context at the old position. */
  readonly score: number;
  readonly errors: number;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
/** Edits allowed in the quote, as a share of its length (Hypothesis allows half; we are stricter). */
const MAX_ERROR_SHARE = 0.25;
const MAX_ERRORS = 256;

function exactCandidates(text: string, pattern: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1))
    found.push({ start: at, end: at + pattern.length, errors: 0 });
  return found;
}

function candidates(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact = exactCandidates(text, pattern);
  if (exact.length > 0 || maxErrors < 1) return exact;
  return approxSearch(text, pattern, maxErrors);
}

/** How well `str` matches `text` (0..1), allowing any number of edits. */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1;
  if (text.length === 0) return 0;
  const best = candidates(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
const COMBINING_MARK = /\p{M}/u;

/** Widens a found range so it never splits a surrogate pair or strips a combining mark. */
function wholeCharacters(text: string, start: number, end: number): TextPosition {
  let s = start;
  let e = end;
  while (s > 0 && (LOW_SURROGATE.test(text[s] ?? '') || COMBINING_MARK.test(text[s] ?? ''))) s--;
  while (
    e < text.length &&
    (LOW_SURROGATE.test(text[e] ?? '') || COMBINING_MARK.test(text[e] ?? ''))
  )
    e++;
  return { start: s, end: e };
}

/** The best place for `quote` in `text`, or null if it is not there even approximately. */
export function matchQuote(text: string, quote: TextQuote, hint?: number): QuoteMatch | null {
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_SHARE));
  let best: QuoteMatch | null = null;
  for (const found of candidates(text, exact, maxErrors)) {
    const prefix = quote.prefix
      ? similarity(
          text.slice(Math.max(0, found.start - quote.prefix.length), found.start),
          quote.prefix,
        )
      : 1;
    const suffix = quote.suffix
      ? similarity(text.slice(found.end, found.end + quote.suffix.length), quote.suffix)
      : 1;
    const position =
      hint === undefined ? 1 : 1 - Math.abs(found.start - hint) / Math.max(1, text.length);
    const raw =
      WEIGHT.quote * (1 - found.errors / exact.length) +
      WEIGHT.prefix * prefix +
      WEIGHT.suffix * suffix +
      WEIGHT.position * position;
    const score = raw / MAX_SCORE;
    if (!best || score > best.score) {
      best = { ...wholeCharacters(text, found.start, found.end), score, errors: found.errors };
    }
  }
  return best;
}

/** Where an annotation stands against the current canonical text. */
export type SpanResolution =
  | { readonly status: 'exact'; readonly position: TextPosition }
  | { readonly status: 'moved'; readonly position: TextPosition; readonly score: number }
  | { readonly status: 'orphan' };

/**
 * Verifies a stored span: if the text at its offsets is still its quote it stands; otherwise it is
 * looked for by quote (nearest the old position breaking ties) and, if not found, is an orphan —
 * kept and listed, never dropped.
 */
export function resolveSpan(
  text: string,
  position: TextPosition,
  quote: TextQuote,
): SpanResolution {
  if (
    position.start >= 0 &&
    position.end <= text.length &&
    position.start < position.end &&
    text.slice(position.start, position.end) === quote.exact
  ) {
    return { status: 'exact', position };
  }
  const found = matchQuote(text, quote, position.start);
  if (!found) return { status: 'orphan' };
  return {
    status: 'moved',
    position: { start: found.start, end: found.end },
    score: found.score,
  };
}
