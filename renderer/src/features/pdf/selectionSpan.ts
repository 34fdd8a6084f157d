import { pageSegments, toGlobal, type PageTable } from '../../../../shared/anchor/crossPage';
import { PAGE_SEPARATOR } from '../../../../shared/anchor/pageText';
import { clampRect } from '../../../../shared/anchor/pdfGeometry';
import { quoteAt } from '../../../../shared/anchor/quote';
import { matchQuote } from '../../../../shared/anchor/reanchor';
import { pageOffsetOf } from '../../../../shared/anchor/textRuns';
import type { AnnotationTarget, PageArea } from '../../../../shared/model/annotation';
import type { PdfPages } from './pdfPages';
import { rectsForRange, type MountedTextLayer, type TextLayerRegistry } from './textLayerRegistry';

interface Boundary {
  readonly layer: MountedTextLayer;
  /** Page-local offset in the page's live text. */
  readonly local: number;
}

/** The attached text divs of a layer, with their run index, in DOM (= run) order. */
function attached(layer: MountedTextLayer): { div: HTMLElement; runIndex: number }[] {
  const out: { div: HTMLElement; runIndex: number }[] = [];
  layer.divs.forEach((div, runIndex) => {
    if (div.isConnected && div.firstChild) out.push({ div, runIndex });
  });
  return out;
}

/**
 * Where a DOM boundary point falls in the text: inside a text div it maps directly; between
 * elements (a selection that starts in a page margin or ends on the next page's edge) it snaps to
 * the nearest text in the right direction.
 */
function boundaryOf(
  node: Node,
  offset: number,
  side: 'start' | 'end',
  registry: TextLayerRegistry,
): Boundary | undefined {
  const owner = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
  const ref = registry.runOf(owner);
  if (ref) return { layer: ref.layer, local: pageOffsetOf(ref.layer.info, ref.runIndex, offset) };

  const point = document.createRange();
  point.setStart(node, offset);
  const layers = side === 'start' ? registry.all() : registry.all().reverse();
  for (const layer of layers) {
    const divs = attached(layer);
    // comparePoint(n, 0) > 0: the text starts after the boundary.
    const candidates = side === 'start' ? divs : divs.reverse();
    for (const { div, runIndex } of candidates) {
      const text = div.firstChild as Node;
      if (side === 'start' && point.comparePoint(text, 0) >= 0)
        return { layer, local: pageOffsetOf(layer.info, runIndex, 0) };
      if (side === 'end' && point.comparePoint(text, text.textContent?.length ?? 0) <= 0) {
        const run = layer.info.runs[runIndex];
        return { layer, local: pageOffsetOf(layer.info, runIndex, run?.str.length ?? 0) };
      }
    }
  }
  return undefined;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

export interface SpanContext {
  readonly text: string;
  readonly table: PageTable;
  readonly registry: TextLayerRegistry;
  readonly pages: PdfPages;
}

/**
 * The span target for a DOM selection on the text layers: canonical offsets (trimmed of
 * surrounding whitespace), its quote, and the boxes it covers on each page. Returns undefined
 * when the selection holds no text.
 */
export async function spanFromSelection(
  range: Range,
  ctx: SpanContext,
): Promise<AnnotationTarget | undefined> {
  const from = boundaryOf(range.startContainer, range.startOffset, 'start', ctx.registry);
  const to = boundaryOf(range.endContainer, range.endOffset, 'end', ctx.registry);
  if (!from || !to) return undefined;
  let start = toGlobal(ctx.table, from.layer.pageIndex, from.local);
  let end = toGlobal(ctx.table, to.layer.pageIndex, to.local);
  if (!from.layer.canonical || !to.layer.canonical) {
    const moved = await relocate(from, to, start, ctx);
    if (!moved) return undefined;
    ({ start, end } = moved);
  }
  while (start < end && isSpace(ctx.text[start])) start++;
  while (end > start && isSpace(ctx.text[end - 1])) end--;
  if (start >= end) return undefined;
  return spanTarget(start, end, ctx);
}

/** Builds a span target with rects for each page it touches. */
export async function spanTarget(
  start: number,
  end: number,
  ctx: SpanContext,
): Promise<AnnotationTarget> {
  const pages: PageArea[] = [];
  for (const segment of pageSegments(ctx.table, start, end)) {
    const mounted = ctx.registry.get(segment.pageIndex);
    const info = mounted?.info ?? (await ctx.pages.text(segment.pageIndex));
    const { viewBox } = ctx.pages.shape(segment.pageIndex);
    const rects = rectsForRange(info, segment.start, segment.end, mounted).map((r) =>
      clampRect(r, viewBox),
    );
    if (rects.length > 0) pages.push({ pageIndex: segment.pageIndex, rects });
  }
  return { kind: 'span', position: { start, end }, quote: quoteAt(ctx.text, start, end), pages };
}

/**
 * When pdf.js now extracts a page differently from import (another version), live offsets are
 * not canonical ones: the live selected text is looked up in the canonical text near its old place.
 */
async function relocate(
  from: Boundary,
  to: Boundary,
  hint: number,
  ctx: SpanContext,
): Promise<{ start: number; end: number } | undefined> {
  const parts: string[] = [];
  for (let p = from.layer.pageIndex; p <= to.layer.pageIndex; p++) {
    const info = ctx.registry.get(p)?.info ?? (await ctx.pages.text(p));
    const a = p === from.layer.pageIndex ? from.local : 0;
    const b = p === to.layer.pageIndex ? to.local : info.text.length;
    parts.push(info.text.slice(a, b));
  }
  const exact = parts.join(PAGE_SEPARATOR);
  const found = matchQuote(ctx.text, { exact, prefix: '', suffix: '' }, hint);
  return found ?? undefined;
}
