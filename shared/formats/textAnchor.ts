import { assertValidSpan, quoteAt, SpanRangeError } from '../anchor/quote';
import type { AnnotationTarget, TextPosition, TextQuote } from '../model/annotation';

export { quoteAt };

type SpanTarget = Extract<AnnotationTarget, { kind: 'span' }>;

/**
 * A span target over pieces of text (one piece = contiguous; several = discontinuous). Pieces
 * that overlap are merged, since fragments are ordered and disjoint (the platform refuses others).
 * Throws SpanRangeError when a piece is empty, out of the text or splits a character (see
 * anchor/quote).
 */
export function spanTarget(text: string, pieces: readonly TextPosition[]): SpanTarget {
  const sorted: TextPosition[] = [];
  for (const piece of [...pieces].sort((a, b) => a.start - b.start || a.end - b.end)) {
    assertValidSpan(text, piece.start, piece.end);
    const last = sorted.at(-1);
    if (last && piece.start < last.end) {
      sorted[sorted.length - 1] = { start: last.start, end: Math.max(last.end, piece.end) };
    } else {
      sorted.push({ start: piece.start, end: piece.end });
    }
  }
  const start = sorted[0]?.start ?? 0;
  const end = Math.max(start, ...sorted.map((p) => p.end));
  const target: SpanTarget = {
    kind: 'span',
    position: { start, end },
    quote: quoteAt(text, start, end),
  };
  return sorted.length > 1 ? { ...target, fragments: sorted } : target;
}

/** `spanTarget` for imported offsets: the target, or why the offsets make no span here. */
export function trySpanTarget(
  text: string,
  pieces: readonly TextPosition[],
): { readonly target: SpanTarget } | { readonly error: string } {
  try {
    return { target: spanTarget(text, pieces) };
  } catch (error) {
    if (error instanceof SpanRangeError) return { error: error.message };
    throw error;
  }
}

/** The pieces a span covers: its fragments when discontinuous, else its position. */
export function spanPieces(target: SpanTarget): readonly TextPosition[] {
  return target.fragments && target.fragments.length > 0 ? target.fragments : [target.position];
}

/** The covered text; discontinuous pieces are joined by a space, as BRAT writes them. */
export function spanText(text: string, target: SpanTarget): string {
  return spanPieces(target)
    .map((p) => text.slice(p.start, p.end))
    .join(' ');
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the quote in the text: among exact matches, the one whose surroundings agree most with
 * prefix and suffix, then the one nearest `hint`. Undefined when the exact text does not occur.
 */
export function findQuote(
  text: string,
  quote: Pick<TextQuote, 'exact'> & Partial<TextQuote>,
  hint = 0,
): TextPosition | undefined {
  if (quote.exact === '') return undefined;
  let best: { start: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score =
      commonSuffix(
        text.slice(Math.max(0, at - (quote.prefix?.length ?? 0)), at),
        quote.prefix ?? '',
      ) + commonPrefix(text.slice(end, end + (quote.suffix?.length ?? 0)), quote.suffix ?? '');
    const distance = Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}
