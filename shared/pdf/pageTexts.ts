/**
 * A PDF's canonical text from an opened pdf.js document, page by page (shared/anchor/pageText
 * builds each page). One implementation for the workstation's import and the platform's upload,
 * so both agree on offsets and on what a damaged PDF yields. Pages that cannot be read become
 * empty pages with a warning naming them, so a partly damaged PDF still opens; a file with no
 * readable page is refused as malformed.
 */
import { buildPageText, joinPageTexts, type TextRun } from '../anchor/pageText';
import type { DocumentWarning } from '../files/warnings';
import type { PdfRect } from '../model/annotation';

/** The slice of pdf.js's document API this uses (the real pdf.js in the app, server and tests). */
export interface PdfPageLike {
  /** pdf.js `page.view`: the page box in PDF user space, [x1, y1, x2, y2]. */
  readonly view?: unknown;
  getTextContent(): Promise<{ readonly items: readonly unknown[] }>;
  cleanup?(): unknown;
}
export interface PdfDocumentLike {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

export interface PageTextOptions {
  readonly maxPages: number;
  readonly pageTimeoutMs: number;
  readonly onProgress?: (pagesDone: number, pageCount: number) => void;
}

export type PageTexts =
  | {
      readonly ok: true;
      readonly pageCount: number;
      readonly text: string;
      readonly pageStarts: readonly number[];
      /** Each page's box (null for a page that could not be read), for checking rectangles. */
      readonly pageBoxes: readonly (PdfRect | null)[];
      readonly warnings: readonly DocumentWarning[];
    }
  | {
      readonly ok: false;
      readonly code: 'pdfMalformed' | 'pdfTooManyPages';
      readonly detail: string;
    };

/** After this many pages in a row fail or time out, the rest are not attempted. */
export const MAX_CONSECUTIVE_PAGE_FAILURES = 5;

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string';
}

/** pdf.js `page.view` ([x1, y1, x2, y2]) as an upright rectangle, or null when it is not one. */
export function pageBox(view: unknown): PdfRect | null {
  if (!Array.isArray(view) || view.length !== 4) return null;
  const numbers = view.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const [a, b, c, d] = numbers;
  if (a === undefined || b === undefined || c === undefined || d === undefined) return null;
  return { x1: Math.min(a, c), y1: Math.min(b, d), x2: Math.max(a, c), y2: Math.max(b, d) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function readPageTexts(
  doc: PdfDocumentLike,
  options: PageTextOptions,
): Promise<PageTexts> {
  const pageCount = doc.numPages;
  if (!Number.isSafeInteger(pageCount) || pageCount < 1)
    return { ok: false, code: 'pdfMalformed', detail: 'no pages' };
  if (pageCount > options.maxPages)
    return { ok: false, code: 'pdfTooManyPages', detail: `${pageCount} pages` };
  const pages: string[] = [];
  const boxes: (PdfRect | null)[] = [];
  const failed: number[] = [];
  let consecutive = 0;
  for (let n = 1; n <= pageCount; n++) {
    if (consecutive >= MAX_CONSECUTIVE_PAGE_FAILURES) {
      failed.push(n);
      pages.push('');
      boxes.push(null);
      continue;
    }
    try {
      const page = await withTimeout(doc.getPage(n), options.pageTimeoutMs);
      const content = await withTimeout(page.getTextContent(), options.pageTimeoutMs);
      pages.push(buildPageText(content.items.filter(isTextRun)).text);
      boxes.push(pageBox(page.view));
      page.cleanup?.();
      consecutive = 0;
    } catch {
      failed.push(n);
      pages.push('');
      boxes.push(null);
      consecutive++;
    }
    options.onProgress?.(n, pageCount);
  }
  if (failed.length === pageCount)
    return { ok: false, code: 'pdfMalformed', detail: 'no page could be read' };
  const joined = joinPageTexts(pages);
  return {
    ok: true,
    pageCount,
    text: joined.text,
    pageStarts: joined.pageStarts,
    pageBoxes: boxes,
    warnings: failed.length > 0 ? [{ code: 'unreadablePages', pages: failed }] : [],
  };
}

/** Pages with more pixels than this are not decoded: a defence against image bombs. */
export const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

/**
 * The pdf.js `getDocument` options that decide what text a PDF yields, the same for the app and
 * the server (hosts add their data, password and host-only switches). CMaps and standard fonts
 * change the text of CJK and symbol-font PDFs, so both sides must load them.
 */
export function textOptions(assets: {
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  readonly wasmUrl?: string;
}) {
  return {
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    ...(assets.wasmUrl ? { wasmUrl: assets.wasmUrl } : {}),
    useSystemFonts: false,
    enableXfa: false,
    isEvalSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: 0,
  } as const;
}
