import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { buildPageText, type TextRun } from '../../../../shared/anchor/pageText';
import type { PageBox } from '../../../../shared/anchor/pdfGeometry';
import type { RunGeometry } from '../../../../shared/anchor/textGeometry';
import type { PageRuns } from '../../../../shared/anchor/textRuns';

/** A page's size and its own /Rotate, which the view rotation adds to. */
export interface PageShape extends PageBox {
  readonly rotate: number;
}

/** A page's text as pdf.js gives it, with the canonical text and geometry derived from it. */
export interface PageTextInfo extends PageRuns {
  readonly content: TextContent;
  readonly text: string;
  readonly geometry: readonly RunGeometry[];
  /** True when the page has no text at all (a scan): boxes are drawn on it without a tool switch. */
  readonly textless: boolean;
}

/** Text of this many pages is kept; the rest is fetched again from pdf.js when needed. */
const TEXT_CACHE_SIZE = 40;

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string';
}

export function shapeOf(page: PDFPageProxy): PageShape {
  const [x1 = 0, y1 = 0, x2 = 612, y2 = 792] = page.view;
  return { viewBox: [x1, y1, x2, y2], userUnit: page.userUnit, rotate: page.rotate };
}

/**
 * The document's pages for the viewer: page proxies on demand, page shapes (known for pages
 * loaded so far; the first page's shape stands in for the others, as pdf.js's viewer does) and a
 * small cache of text content. The text is fetched exactly as import did (getTextContent with its
 * defaults), so `text` is the page's part of the canonical text.
 */
export class PdfPages {
  readonly count: number;
  private readonly pages = new Map<number, Promise<PDFPageProxy>>();
  private readonly texts = new Map<number, Promise<PageTextInfo>>();
  private readonly shapes = new Map<number, PageShape>();
  private fallback: PageShape = { viewBox: [0, 0, 612, 792], rotate: 0 };
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly doc: PDFDocumentProxy) {
    this.count = doc.numPages;
  }

  /** Loads the first page's shape; call once before laying out. */
  async init(): Promise<void> {
    if (this.count > 0) this.fallback = shapeOf(await this.page(0));
  }

  page(index: number): Promise<PDFPageProxy> {
    let page = this.pages.get(index);
    if (!page) {
      page = this.doc.getPage(index + 1).then((proxy) => {
        this.learnShape(index, shapeOf(proxy));
        return proxy;
      });
      page.catch(() => this.pages.delete(index));
      this.pages.set(index, page);
    }
    return page;
  }

  shape(index: number): PageShape {
    return this.shapes.get(index) ?? this.fallback;
  }

  /** Changes when a page turns out to differ in size from the stand-in (the layout must update). */
  get shapesVersion(): number {
    return this.version;
  }

  onShapesChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private learnShape(index: number, shape: PageShape): void {
    const known = this.shape(index);
    this.shapes.set(index, shape);
    const same =
      known.rotate === shape.rotate &&
      known.viewBox.every((v, i) => v === shape.viewBox[i]) &&
      (known.userUnit ?? 1) === (shape.userUnit ?? 1);
    if (!same) {
      this.version++;
      for (const listener of this.listeners) listener();
    }
  }

  text(index: number): Promise<PageTextInfo> {
    const cached = this.texts.get(index);
    if (cached) {
      // Refresh its place in the LRU order.
      this.texts.delete(index);
      this.texts.set(index, cached);
      return cached;
    }
    const info = this.page(index)
      .then((page) => page.getTextContent())
      .then((content) => textInfo(content));
    info.catch(() => this.texts.delete(index));
    this.texts.set(index, info);
    while (this.texts.size > TEXT_CACHE_SIZE) {
      const oldest = this.texts.keys().next().value;
      if (oldest === undefined) break;
      this.texts.delete(oldest);
    }
    return info;
  }

  /** Lets pdf.js free a page's fonts and operator lists once it is far from view. */
  release(index: number): void {
    void this.pages.get(index)?.then((page) => page.cleanup());
  }
}

export function textInfo(content: TextContent): PageTextInfo {
  const items = content.items.filter(isTextItem);
  const runs: TextRun[] = items.map((item) => ({ str: item.str, hasEOL: item.hasEOL }));
  const { text, runStarts } = buildPageText(runs);
  const geometry = items.map((item) => ({
    transform: item.transform as number[],
    width: item.width,
    height: item.height,
    vertical: content.styles[item.fontName]?.vertical ?? false,
  }));
  return { content, runs, runStarts, text, geometry, textless: text.trim() === '' };
}
