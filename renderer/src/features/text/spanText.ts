import type { Annotation, TextPosition } from '../../../../shared/model/annotation';

const QUOTE_MAX = 60;

/** A span's text for lists, shortened in the middle of long spans. */
export function shortQuote(exact: string, max = QUOTE_MAX): string {
  const flat = exact.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 1) / 2);
  return `${flat.slice(0, half)}…${flat.slice(flat.length - half)}`;
}

export function spanOf(annotation: Annotation): TextPosition | undefined {
  return annotation.target.kind === 'span' ? annotation.target.position : undefined;
}

export function quoteOf(annotation: Annotation): string {
  return annotation.target.kind === 'span' ? shortQuote(annotation.target.quote.exact) : '';
}

/** Span annotations overlapping a selection (or holding the cursor), outer ones first. */
export function annotationsAt(
  annotations: readonly Annotation[],
  selection: TextPosition,
): Annotation[] {
  const { start, end } = selection;
  const hits = annotations.filter((a) => {
    const span = spanOf(a);
    if (!span) return false;
    return start === end
      ? span.start <= start && start <= span.end
      : span.start < end && start < span.end;
  });
  return hits.sort((a, b) => {
    const sa = spanOf(a)!;
    const sb = spanOf(b)!;
    return sa.start - sb.start || sb.end - sa.end;
  });
}

/** The innermost (shortest) of some span annotations. */
export function innermost(annotations: readonly Annotation[]): Annotation | undefined {
  let best: Annotation | undefined;
  let bestLength = Infinity;
  for (const a of annotations) {
    const span = spanOf(a);
    if (span && span.end - span.start < bestLength) {
      best = a;
      bestLength = span.end - span.start;
    }
  }
  return best;
}
