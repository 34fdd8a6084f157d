import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinPageTexts } from '../../../../shared/anchor/pageText';
import { pageView } from '../../../../shared/anchor/pdfGeometry';
import { textInfo, type PdfPages } from './pdfPages';
import { spanFromSelection, type SpanContext } from './selectionSpan';
import { TextLayerRegistry } from './textLayerRegistry';

/** A text item as pdf.js gives it: one line per item, 12 pt Helvetica-ish, from the top. */
function content(lines: [string, boolean][]): TextContent {
  return {
    items: lines.map(([str, hasEOL], i) => ({
      str,
      hasEOL,
      dir: 'ltr',
      transform: [12, 0, 0, 12, 72, 700 - Math.floor(i / 2) * 14],
      width: str.length * 6,
      height: 12,
      fontName: 'f1',
    })),
    styles: { f1: { ascent: 0.8, descent: -0.2, vertical: false, fontFamily: 'sans-serif' } },
    lang: null,
  };
}

const PAGE_CONTENTS = [
  content([
    ['WHEREAS the', false],
    [' parties  ', true],
    ['agree as follows:', true],
  ]),
  content([
    ['1. The Supplier', false],
    [' shall deliver.', true],
  ]),
];

let host: HTMLElement;
let registry: TextLayerRegistry;
let ctx: SpanContext;

/** Mounts text layers like pdf.js does: a span per item, a <br> after end-of-line items. */
function mount(canonicalPages: readonly string[], live = PAGE_CONTENTS): void {
  host.replaceChildren();
  const { text, pageStarts } = joinPageTexts(canonicalPages);
  registry = new TextLayerRegistry();
  live.forEach((c, pageIndex) => {
    const info = textInfo(c);
    const page = document.createElement('div');
    page.className = 'pdfv-page';
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    const divs = info.runs.map((run) => {
      const span = document.createElement('span');
      span.textContent = run.str;
      layer.append(span);
      if (run.hasEOL) layer.append(document.createElement('br'));
      return span;
    });
    page.append(layer);
    host.append(page);
    registry.add({
      pageIndex,
      info,
      divs,
      pageElement: page,
      view: pageView({ viewBox: [0, 0, 612, 792] }, 1, 0),
      canonical: info.text === canonicalPages[pageIndex],
    });
  });
  const pages = {
    text: () => Promise.reject(new Error('all pages are mounted')),
    shape: () => ({ viewBox: [0, 0, 612, 792], rotate: 0 }),
  } as unknown as PdfPages;
  ctx = { text, table: { pageStarts, textLength: text.length }, registry, pages };
}

function textOf(pageIndex: number, run: number): Node {
  return host.querySelectorAll('.pdfv-page')[pageIndex]!.querySelectorAll('span')[run]!.firstChild!;
}

function range(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  // jsdom has no layout: no client rects, so boxes come from the text geometry.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  mount(PAGE_CONTENTS.map((c) => textInfo(c).text));
});
afterEach(() => host.remove());

describe('spanFromSelection', () => {
  it('maps a selection inside the text layer to canonical offsets, quote and boxes', async () => {
    const target = await spanFromSelection(range([textOf(0, 1), 1], [textOf(0, 1), 8]), ctx);
    expect(target?.kind).toBe('span');
    if (target?.kind !== 'span') return;
    expect(ctx.text.slice(target.position.start, target.position.end)).toBe('parties');
    expect(target.quote).toMatchObject({ exact: 'parties', prefix: 'WHEREAS the ' });
    expect(target.pages).toEqual([
      // Characters 1–8 of a 10-character run 60 pt wide starting at x = 72, on the first line.
      { pageIndex: 0, rects: [{ x1: 78, y1: 697.6, x2: 120, y2: 709.6 }] },
    ]);
  });

  it('trims the whitespace a drag picks up at either end', async () => {
    const target = await spanFromSelection(range([textOf(0, 0), 7], [textOf(0, 1), 10]), ctx);
    if (target?.kind !== 'span') throw new Error('expected a span');
    expect(target.quote.exact).toBe('the parties');
  });

  it('spans a page break with a segment and boxes on each page', async () => {
    const target = await spanFromSelection(range([textOf(0, 2), 0], [textOf(1, 0), 15]), ctx);
    if (target?.kind !== 'span') throw new Error('expected a span');
    expect(target.quote.exact).toBe('agree as follows:\n\f1. The Supplier');
    expect(target.pages?.map((p) => p.pageIndex)).toEqual([0, 1]);
  });

  it('snaps boundaries between elements (margins, line breaks) to the nearest text', async () => {
    const layer0 = host.querySelectorAll('.textLayer')[0]!;
    const layer1 = host.querySelectorAll('.textLayer')[1]!;
    const target = await spanFromSelection(
      range([layer0, 0], [layer1, layer1.childNodes.length]),
      ctx,
    );
    if (target?.kind !== 'span') throw new Error('expected a span');
    expect(target.position).toEqual({ start: 0, end: ctx.text.trimEnd().length });
  });

  it('gives nothing for a selection of whitespace only', async () => {
    expect(
      await spanFromSelection(range([textOf(0, 1), 8], [textOf(0, 1), 10]), ctx),
    ).toBeUndefined();
  });

  it('finds the selected text in the stored canonical text when pdf.js now reads the page differently', async () => {
    // Stored at import with an extra word on page 1: live offsets are not canonical offsets.
    const stored = [
      'PREAMBLE ' + textInfo(PAGE_CONTENTS[0]!).text,
      textInfo(PAGE_CONTENTS[1]!).text,
    ];
    mount(stored);
    const target = await spanFromSelection(range([textOf(1, 0), 3], [textOf(1, 0), 15]), ctx);
    if (target?.kind !== 'span') throw new Error('expected a span');
    expect(ctx.text.slice(target.position.start, target.position.end)).toBe('The Supplier');
  });
});
