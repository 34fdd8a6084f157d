import { pageOfOffset } from '../anchor/pageText';
import type { CodePointIndex } from '../anchor/codePoints';
import type { AnnotationTarget, PageArea, TextPosition } from '../model/annotation';
import { quoteAt, spanPieces } from './textAnchor';
import { EXT, PDF_FRAGMENT } from './w3cVocab';

type Json = Record<string, unknown>;

export interface TargetContext {
  readonly text: string;
  readonly index: CodePointIndex;
  readonly pageStarts?: readonly number[];
  readonly documentIri: string;
  /** Called when an offset splits a surrogate pair and had to be moved. */
  readonly onSplitPair: () => void;
}

/** W3C positions count code points; ours count UTF-16 units. */
function cp(ctx: TargetContext, utf16: number): number {
  const value = ctx.index.toCodePoint(utf16);
  if (value !== undefined) return value;
  ctx.onSplitPair();
  return ctx.index.toCodePoint(utf16 - 1) ?? 0;
}

function pageFragment(pageIndex: number, refinedBy?: Json | Json[]): Json {
  const selector: Json = {
    type: 'FragmentSelector',
    conformsTo: PDF_FRAGMENT,
    value: `page=${pageIndex + 1}`,
  };
  return refinedBy ? { ...selector, refinedBy } : selector;
}

function position(start: number, end: number): Json {
  return { type: 'TextPositionSelector', start, end };
}

/**
 * The page form of a PDF span: `page=N` refined by a page-relative position, or, across pages, a
 * RangeSelector from the start's insertion point to the end's (the range excludes its end).
 */
function pageSelector(ctx: TargetContext, piece: TextPosition): Json | undefined {
  const starts = ctx.pageStarts;
  if (!starts || starts.length === 0) return undefined;
  const first = pageOfOffset(starts, piece.start);
  const last = pageOfOffset(starts, Math.max(piece.start, piece.end - 1));
  const base = (page: number): number => cp(ctx, starts[page] ?? 0);
  const start = cp(ctx, piece.start) - base(first);
  const end = cp(ctx, piece.end) - base(last);
  if (first === last) return pageFragment(first, position(start, end));
  return {
    type: 'RangeSelector',
    startSelector: pageFragment(first, position(start, start)),
    endSelector: pageFragment(last, position(end, end)),
  };
}

function pieceTarget(
  ctx: TargetContext,
  piece: TextPosition,
  quote: { exact: string; prefix: string; suffix: string },
  pages: readonly PageArea[] | undefined,
): Json {
  const selectors: Json[] = [
    position(cp(ctx, piece.start), cp(ctx, piece.end)),
    { type: 'TextQuoteSelector', ...quote },
  ];
  const page = pageSelector(ctx, piece);
  if (page) selectors.push(page);
  const target: Json = { type: 'SpecificResource', source: ctx.documentIri, selector: selectors };
  return pages && pages.length > 0 ? { ...target, [EXT.pages]: pages } : target;
}

/**
 * A span is a SpecificResource with a text position, a text quote and, in PDFs, the page form;
 * a discontinuous span is one such target per fragment. A region is its page plus our rectangles.
 * A whole-document annotation targets the document's IRI.
 */
export function targetToW3c(ctx: TargetContext, target: AnnotationTarget): unknown {
  switch (target.kind) {
    case 'document':
      return ctx.documentIri;
    case 'region':
      return {
        type: 'SpecificResource',
        source: ctx.documentIri,
        selector: pageFragment(target.page.pageIndex),
        [EXT.pages]: [target.page],
      };
    case 'span': {
      const pieces = spanPieces(target);
      if (pieces.length === 1) return pieceTarget(ctx, target.position, target.quote, target.pages);
      return pieces.map((piece, i) =>
        pieceTarget(
          ctx,
          piece,
          quoteAt(ctx.text, piece.start, piece.end),
          i === 0 ? target.pages : undefined,
        ),
      );
    }
  }
}
