import type { CodePointIndex } from '../anchor/codePoints';
import type { AnnotationTarget, PageArea, PdfRect, TextPosition } from '../model/annotation';
import { findQuote, trySpanTarget } from './textAnchor';
import { asArray, isObject, types } from './w3cValidate';
import { EXT } from './w3cVocab';

type Json = Record<string, unknown>;

export interface AnchorContext {
  readonly text: string;
  readonly index: CodePointIndex;
  readonly pageStarts?: readonly number[];
  readonly pageBoxes?: readonly PdfRect[];
}

/** Either an anchored target or the reason it could not be anchored. */
export type Anchored =
  | { readonly ok: true; readonly target: AnnotationTarget; readonly notes: readonly string[] }
  | { readonly ok: false; readonly code: string; readonly message: string };

const fail = (code: string, message: string): Anchored => ({ ok: false, code, message });

function pageOf(selector: Json): number | undefined {
  if (!types(selector).includes('FragmentSelector') || typeof selector.value !== 'string') {
    return undefined;
  }
  const match = /^page=(\d+)$/.exec(selector.value);
  return match ? Number(match[1]) - 1 : undefined;
}

/** Code-point offset `cp` past the start of page `page` (or of the text), as UTF-16. */
function utf16(ctx: AnchorContext, cp: unknown, page?: number): number | undefined {
  if (typeof cp !== 'number') return undefined;
  const base = page === undefined ? 0 : ctx.index.toCodePoint(ctx.pageStarts?.[page] ?? -1);
  return base === undefined ? undefined : ctx.index.toUtf16(base + cp);
}

interface Candidate {
  readonly position?: TextPosition;
  readonly quote?: { exact: string; prefix?: string; suffix?: string };
  readonly page?: number;
}

/** What one selector (with its refinements) says about where the text is. */
function readSelector(ctx: AnchorContext, selector: Json, page?: number): Candidate {
  const type = types(selector)[0];
  if (type === 'TextPositionSelector') {
    const start = utf16(ctx, selector.start, page);
    const end = utf16(ctx, selector.end, page);
    return start !== undefined && end !== undefined && start <= end
      ? { position: { start, end }, ...(page !== undefined ? { page } : {}) }
      : {};
  }
  if (type === 'TextQuoteSelector' && typeof selector.exact === 'string') {
    const quote = {
      exact: selector.exact,
      ...(typeof selector.prefix === 'string' ? { prefix: selector.prefix } : {}),
      ...(typeof selector.suffix === 'string' ? { suffix: selector.suffix } : {}),
    };
    return { quote, ...(page !== undefined ? { page } : {}) };
  }
  const pageIndex = pageOf(selector);
  if (pageIndex !== undefined && ctx.pageStarts?.[pageIndex] !== undefined) {
    const refined = asArray(selector.refinedBy).filter(isObject);
    const merged = refined.map((r) => readSelector(ctx, r, pageIndex));
    return Object.assign({ page: pageIndex }, ...merged) as Candidate;
  }
  if (
    type === 'RangeSelector' &&
    isObject(selector.startSelector) &&
    isObject(selector.endSelector)
  ) {
    const from = readSelector(ctx, selector.startSelector).position;
    const to = readSelector(ctx, selector.endSelector).position;
    return from && to && from.start <= to.start
      ? { position: { start: from.start, end: to.start } }
      : {};
  }
  // Any other selector (an HTML fragment, a CSS path) means nothing in our text, but a quote that
  // refines it still finds the passage.
  const quote = asArray(selector.refinedBy)
    .filter(isObject)
    .map((r) => readSelector(ctx, r).quote)
    .find((q) => q !== undefined);
  return quote ? { quote } : {};
}

/** Resolves the alternatives of one target: a position agreeing with the quote wins, else the quote. */
function anchorPiece(
  ctx: AnchorContext,
  selectors: readonly Json[],
  notes: string[],
): TextPosition | undefined {
  const found = selectors.map((s) => readSelector(ctx, s));
  const quote = found.find((c) => c.quote)?.quote;
  const positions = found.filter((c) => c.position).map((c) => c.position as TextPosition);
  for (const position of positions) {
    if (!quote || ctx.text.slice(position.start, position.end) === quote.exact) return position;
  }
  if (!quote) return undefined;
  const hintPage = found.find((c) => c.page !== undefined)?.page;
  const hint = positions[0]?.start ?? ctx.pageStarts?.[hintPage ?? 0] ?? 0;
  const located = findQuote(ctx.text, quote, hint);
  if (located && positions.length > 0)
    notes.push('position did not match the quote; anchored by the quote');
  return located;
}

function readPages(value: unknown): PageArea[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const pages = value.filter(
    (p): p is PageArea =>
      isObject(p) &&
      Number.isInteger(p.pageIndex) &&
      Array.isArray(p.rects) &&
      p.rects.every((r) => isObject(r) && num(r.x1) && num(r.y1) && num(r.x2) && num(r.y2)),
  );
  return pages.length === value.length ? pages : undefined;
}

/** A region: `page=N` alone, with our rectangles or else the whole page box. */
function region(ctx: AnchorContext, page: number, pages: PageArea[] | undefined): Anchored {
  const own = pages?.find((p) => p.pageIndex === page);
  const box = ctx.pageBoxes?.[page];
  const area: PageArea = own ?? { pageIndex: page, rects: box ? [box] : [] };
  const notes = own ? [] : ['region without rectangles: it covers the whole page'];
  return { ok: true, target: { kind: 'region', page: area }, notes };
}

/**
 * Anchors a W3C target (or several, which we read as the fragments of one discontinuous span)
 * in the document's text. Selectors count code points; the result counts UTF-16 units.
 */
export function anchorTargets(ctx: AnchorContext, targets: readonly unknown[]): Anchored {
  const notes: string[] = [];
  const pieces: TextPosition[] = [];
  let pages: PageArea[] = [];
  for (const target of targets) {
    if (isObject(target) && 'items' in target) {
      const kind = types(target)[0] ?? 'set';
      return fail('unsupported-target', `a ${kind} of resources is not one place in this document`);
    }
    const selectors = isObject(target) ? asArray(target.selector) : [];
    if (selectors.length === 0) {
      if (targets.length > 1)
        return fail(
          'mixed-targets',
          'several targets that are whole resources, not places in this text',
        );
      return { ok: true, target: { kind: 'document' }, notes };
    }
    const objects = selectors.filter(isObject);
    const ownPages = isObject(target) ? readPages(target[EXT.pages]) : undefined;
    if (isObject(target) && target[EXT.pages] !== undefined && !ownPages) {
      notes.push(`${EXT.pages} is malformed and was ignored`);
    }
    const piece = anchorPiece(ctx, objects, notes);
    if (!piece) {
      const page = objects.map(pageOf).find((p) => p !== undefined);
      if (page !== undefined && targets.length === 1) return region(ctx, page, ownPages);
      const kinds = objects.map((s) => types(s)[0] ?? 'untyped').join(', ');
      return hasTextSelector(objects)
        ? fail('anchor-failed', 'its text selectors do not match this document’s text')
        : fail('unsupported-selector', `no text or page selector (${kinds || 'selector IRIs'})`);
    }
    pieces.push(piece);
    pages = pages.concat(ownPages ?? []);
  }
  const span = trySpanTarget(ctx.text, pieces);
  if ('error' in span) return fail('invalid-span', span.error);
  const { target } = span;
  return { ok: true, target: pages.length > 0 ? { ...target, pages } : target, notes };
}

function hasTextSelector(selectors: readonly Json[]): boolean {
  const text = ['TextPositionSelector', 'TextQuoteSelector', 'RangeSelector'];
  return selectors.some(
    (s) =>
      text.includes(types(s)[0] ?? '') ||
      asArray(s.refinedBy).some((r) => isObject(r) && text.includes(types(r)[0] ?? '')),
  );
}
