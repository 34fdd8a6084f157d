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

/** The span annotations' offsets in flat arrays, for fast scans (`-1` marks other annotations). */
export interface SpanTable {
  readonly annotations: readonly Annotation[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export function spanTable(annotations: readonly Annotation[]): SpanTable {
  const starts = new Int32Array(annotations.length);
  const ends = new Int32Array(annotations.length);
  annotations.forEach((a, i) => {
    const span = spanOf(a);
    starts[i] = span ? span.start : -1;
    ends[i] = span ? span.end : -1;
  });
  return { annotations, starts, ends };
}

/**
 * The table of `annotations`, built on first use: opening a document does not scan 50,000
 * annotations before its text is shown, only the first cursor move or label does.
 */
export function lazySpanTable(annotations: readonly Annotation[]): () => SpanTable {
  let table: SpanTable | undefined;
  return () => (table ??= spanTable(annotations));
}

/** Span annotations overlapping a selection (or holding the cursor), outer ones first. */
export function annotationsAt(table: SpanTable, selection: TextPosition): Annotation[] {
  const { start, end } = selection;
  const { starts, ends } = table;
  const hits: Annotation[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    if (s < 0) continue;
    const e = ends[i]!;
    const hit = start === end ? s <= start && start <= e : s < end && start < e;
    if (hit) hits.push(table.annotations[i]!);
  }
  return hits.sort((a, b) => {
    const sa = spanOf(a)!;
    const sb = spanOf(b)!;
    return sa.start - sb.start || sb.end - sa.end;
  });
}

/** Span annotations on exactly this span. */
export function sameSpan(table: SpanTable, span: TextPosition): Annotation[] {
  const found: Annotation[] = [];
  for (let i = 0; i < table.starts.length; i++)
    if (table.starts[i] === span.start && table.ends[i] === span.end)
      found.push(table.annotations[i]!);
  return found;
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
