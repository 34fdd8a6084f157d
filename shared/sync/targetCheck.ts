/**
 * One validator for an annotation's target against its document: every part of it (offsets,
 * fragments, page areas, rectangles, the quote) must describe a place that exists in that
 * document. The server runs it on every pushed annotation before storing it; exports run its
 * shape half on what they are given, so an annotation stored in a bad shape cannot make them
 * slow or wrong.
 */
import type { AnnotationTarget, PageArea, PdfRect, TextPosition } from '../model/annotation';
import { pageOfOffset } from '../anchor/pageText';

/** What a target is checked against: the document's canonical text and, for PDFs, its pages. */
export interface TargetDocument {
  readonly text: string;
  /** PDFs only: the page count (text documents have no pages). */
  readonly pageCount?: number;
  /** PDFs: where each page's text begins in `text`. */
  readonly pageStarts?: readonly number[];
  /**
   * PDFs: each page's box in user space (pdf.js `page.view`) where known; null for a page that
   * could not be read. Rectangles must lie inside their page's box.
   */
  readonly pageBoxes?: readonly (PdfRect | null)[];
}

/**
 * Why a target does not fit (each is also a sync rejection reason the app translates):
 * `targetOutside` — an offset, fragment, page or rectangle is not in the document, or the pieces
 * are out of order; `quoteMismatch` — the quoted text is not the document's text at the position.
 */
export type TargetProblem = 'targetOutside' | 'quoteMismatch';

/**
 * Rectangles are stored rounded to hundredths of a point and measured on glyphs that can reach a
 * hair past the page edge; a point of slack keeps honest rectangles in.
 */
export const RECT_TOLERANCE = 1;

type SpanTarget = Extract<AnnotationTarget, { kind: 'span' }>;

function inText(piece: TextPosition, length: number): boolean {
  return (
    Number.isSafeInteger(piece.start) &&
    Number.isSafeInteger(piece.end) &&
    piece.start >= 0 &&
    piece.start <= piece.end &&
    piece.end <= length
  );
}

/** Fragments: non-empty pieces inside the text, in order, not overlapping, spanning `position`. */
function fragmentsFit(target: SpanTarget, length: number): boolean {
  const { fragments, position } = target;
  if (fragments === undefined) return true;
  if (fragments.length === 0) return false;
  let previousEnd = position.start;
  for (const piece of fragments) {
    if (!inText(piece, length) || piece.start >= piece.end || piece.start < previousEnd)
      return false;
    previousEnd = piece.end;
  }
  return fragments[0]!.start === position.start && previousEnd === position.end;
}

function rectShapeFits(rect: PdfRect): boolean {
  const { x1, y1, x2, y2 } = rect;
  return [x1, y1, x2, y2].every(Number.isFinite) && x1 <= x2 && y1 <= y2;
}

function insideBox(rect: PdfRect, box: PdfRect): boolean {
  const t = RECT_TOLERANCE;
  return (
    rect.x1 >= Math.min(box.x1, box.x2) - t &&
    rect.x2 <= Math.max(box.x1, box.x2) + t &&
    rect.y1 >= Math.min(box.y1, box.y2) - t &&
    rect.y2 <= Math.max(box.y1, box.y2) + t
  );
}

function pageAreaFits(area: PageArea, document: TargetDocument, strict: boolean): boolean {
  const { pageCount } = document;
  if (pageCount === undefined) return false;
  if (!Number.isSafeInteger(area.pageIndex) || area.pageIndex < 0 || area.pageIndex >= pageCount)
    return false;
  if (!area.rects.every(rectShapeFits)) return false;
  const box = strict ? document.pageBoxes?.[area.pageIndex] : undefined;
  return !box || area.rects.every((rect) => insideBox(rect, box));
}

/** Whether a span's page area is on a page its text lies on (the separator counts as its page). */
function onSpanPages(area: PageArea, target: SpanTarget, pageStarts: readonly number[]): boolean {
  const { start, end } = target.position;
  const first = pageOfOffset(pageStarts, start);
  const last = pageOfOffset(pageStarts, Math.max(start, end - 1));
  return area.pageIndex >= first && area.pageIndex <= last;
}

function shapeProblem(
  target: AnnotationTarget,
  document: TargetDocument,
  strict: boolean,
): TargetProblem | undefined {
  switch (target.kind) {
    case 'document':
      return undefined;
    case 'region':
      return pageAreaFits(target.page, document, strict) ? undefined : 'targetOutside';
    case 'span': {
      const length = document.text.length;
      if (!inText(target.position, length) || !fragmentsFit(target, length)) return 'targetOutside';
      for (const area of target.pages ?? []) {
        if (!pageAreaFits(area, document, strict)) return 'targetOutside';
        if (strict && document.pageStarts && !onSpanPages(area, target, document.pageStarts))
          return 'targetOutside';
      }
      return undefined;
    }
  }
}

/**
 * What anything that walks a target's pieces needs before it does: offsets and fragments inside
 * the text and in order, pages inside the page count, rectangles finite and upright. Exports use
 * it on annotations they are handed (which may come from anywhere, even an old database).
 */
export function targetShapeProblem(
  target: AnnotationTarget,
  document: TargetDocument,
): TargetProblem | undefined {
  return shapeProblem(target, document, false);
}

/**
 * The server's check before an annotation is stored: its shape, rectangles inside their page
 * boxes, span pages among the pages the span's text is on, and the quote (exact text and its
 * context) equal to the document's text at the position.
 */
export function targetProblem(
  target: AnnotationTarget,
  document: TargetDocument,
): TargetProblem | undefined {
  const shape = shapeProblem(target, document, true);
  if (shape || target.kind !== 'span') return shape;
  const { text } = document;
  const { start, end } = target.position;
  const { exact, prefix, suffix } = target.quote;
  const matches =
    exact.length === end - start &&
    text.startsWith(exact, start) &&
    text.endsWith(prefix, start) &&
    text.startsWith(suffix, end);
  return matches ? undefined : 'quoteMismatch';
}
