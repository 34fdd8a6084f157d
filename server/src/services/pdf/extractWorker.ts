/**
 * Child process: parses one untrusted PDF with pdf.js and sends back its canonical text, built
 * with the same shared/anchor functions the desktop app uses so offsets agree. The parent caps
 * this process's memory and time and kills it if either runs out.
 */
import { buildPageText, joinPageTexts, type TextRun } from '../../../../shared/anchor/pageText';
import type { PdfRect } from '../../../../shared/model/annotation';
import type { ExtractReply, ExtractRequest } from './protocol';

/** After this many pages in a row fail, the rest are not attempted (as the desktop app does). */
const MAX_CONSECUTIVE_PAGE_FAILURES = 5;
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

function polyfill(): void {
  // pdf.js 6 uses Promise.withResolvers, which Node 20 lacks.
  const P = Promise as unknown as { withResolvers?: unknown };
  P.withResolvers ??= function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
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

/** pdf.js `page.view` ([x1, y1, x2, y2]) as an upright rectangle, or null when it is not one. */
function pageBox(view: unknown): PdfRect | null {
  if (!Array.isArray(view) || view.length !== 4) return null;
  const numbers = view.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const [a, b, c, d] = numbers;
  if (a === undefined || b === undefined || c === undefined || d === undefined) return null;
  return { x1: Math.min(a, c), y1: Math.min(b, d), x2: Math.max(a, c), y2: Math.max(b, d) };
}

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string';
}

export async function extract(request: ExtractRequest): Promise<ExtractReply> {
  polyfill();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: request.bytes,
    cMapUrl: request.cMapDir,
    cMapPacked: true,
    standardFontDataUrl: request.standardFontDir,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    isEvalSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: 0,
  } as Parameters<typeof pdfjs.getDocument>[0]);
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      return { ok: false, code: 'pdfPasswordRequired', detail: 'the PDF needs a password to open' };
    return { ok: false, code: 'pdfMalformed', detail: 'pdf.js could not open the file' };
  }
  try {
    const pageCount = doc.numPages;
    if (!Number.isSafeInteger(pageCount) || pageCount < 1)
      return { ok: false, code: 'pdfMalformed', detail: 'no pages' };
    if (pageCount > request.maxPages)
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
        const page = await withTimeout(doc.getPage(n), request.pageTimeoutMs);
        const content = await withTimeout(page.getTextContent(), request.pageTimeoutMs);
        pages.push(buildPageText((content.items as unknown[]).filter(isTextRun)).text);
        boxes.push(pageBox(page.view));
        page.cleanup();
        consecutive = 0;
      } catch {
        failed.push(n);
        pages.push('');
        boxes.push(null);
        consecutive++;
      }
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
      warnings: failed.length > 0 ? [`unreadablePages:${failed.length}`] : [],
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

if (process.send) {
  process.once('message', (request: ExtractRequest) => {
    extract(request)
      .catch((): ExtractReply => ({ ok: false, code: 'pdfMalformed', detail: 'extraction failed' }))
      .then((reply) => process.send?.(reply, () => process.exit(0)))
      .catch(() => process.exit(1));
  });
}
