import type { TextQuote } from '../model/annotation';

/** Characters of context kept on each side of a quote: enough to re-anchor, small enough to store. */
export const QUOTE_CONTEXT = 32;

export class SpanRangeError extends Error {
  override readonly name = 'SpanRangeError';
}

/** Checks a span against the text: integers, in order, inside, and not splitting a surrogate pair. */
export function assertValidSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new SpanRangeError(`offsets must be integers (${start}, ${end})`);
  if (start < 0 || end > text.length || start >= end) {
    throw new SpanRangeError(
      `span ${start}–${end} is outside the text (length ${text.length}) or empty`,
    );
  }
  if (isLowSurrogateAt(text, start) || isLowSurrogateAt(text, end)) {
    throw new SpanRangeError(`span ${start}–${end} splits a character`);
  }
}

function isLowSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff;
}

/** The quote selector for a span: the exact text plus context, clipped at the text's ends. */
export function quoteAt(
  text: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT,
): TextQuote {
  assertValidSpan(text, start, end);
  let prefixStart = Math.max(0, start - context);
  if (isLowSurrogateAt(text, prefixStart)) prefixStart--;
  let suffixEnd = Math.min(text.length, end + context);
  if (isLowSurrogateAt(text, suffixEnd)) suffixEnd++;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
