import { buildPageText, joinPageTexts, type TextRun } from '../../../../shared/anchor/pageText';
import { ImportProblem } from '../../../../shared/files/importProblem';
import { MAX_PDF_PAGES } from '../../../../shared/files/limits';

/** The slice of pdf.js's API that extraction uses (the real thing in the app and in tests). */
export interface PdfLoadingTaskLike {
  readonly promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void>;
}
export interface PdfDocumentLike {
  readonly numPages: number;
  getPage(
    pageNumber: number,
  ): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }> }>;
}

export interface PdfExtraction {
  readonly pageCount: number;
  readonly text: string;
  readonly pageStarts: readonly number[];
  readonly warnings: readonly string[];
  readonly passwordProtected: boolean;
}

export interface ExtractOptions {
  readonly open: (password?: string) => PdfLoadingTaskLike;
  /** Asks the user; undefined means they gave up. `retry` is true after a wrong password. */
  readonly askPassword: (retry: boolean) => Promise<string | undefined>;
  readonly onProgress?: (pagesDone: number, pageCount: number) => void;
  readonly pageTimeoutMs?: number;
}

const MAX_PASSWORD_ATTEMPTS = 5;
/** After this many pages in a row fail or time out, the rest are not attempted. */
const MAX_CONSECUTIVE_PAGE_FAILURES = 5;

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

interface Opened {
  readonly task: PdfLoadingTaskLike;
  readonly doc: PdfDocumentLike;
  readonly protectedByPassword: boolean;
}

async function openWithPassword(options: ExtractOptions): Promise<Opened> {
  let password: string | undefined;
  for (let attempt = 0; attempt <= MAX_PASSWORD_ATTEMPTS; attempt++) {
    const task = options.open(password);
    try {
      return { task, doc: await task.promise, protectedByPassword: password !== undefined };
    } catch (error) {
      await task.destroy().catch(() => undefined);
      if (errorName(error) !== 'PasswordException') {
        throw new ImportProblem(
          'pdfMalformed',
          error instanceof Error ? error.message : String(error),
        );
      }
      if (attempt === MAX_PASSWORD_ATTEMPTS) break;
      const wrong = password !== undefined;
      password = await options.askPassword(wrong);
      if (password === undefined)
        throw new ImportProblem(wrong ? 'pdfPasswordWrong' : 'pdfPasswordRequired');
    }
  }
  throw new ImportProblem('pdfPasswordWrong');
}

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string';
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

/**
 * Opens a PDF with pdf.js and builds its canonical text (see shared/anchor/pageText). Pages that
 * cannot be read become empty pages with a warning rather than failing the import, so a partly
 * damaged PDF still opens; a file pdf.js cannot parse at all is refused as malformed.
 */
export async function extractPdf(options: ExtractOptions): Promise<PdfExtraction> {
  const { task, doc, protectedByPassword } = await openWithPassword(options);
  try {
    const pageCount = doc.numPages;
    if (!Number.isSafeInteger(pageCount) || pageCount < 1)
      throw new ImportProblem('pdfMalformed', 'no pages');
    if (pageCount > MAX_PDF_PAGES) throw new ImportProblem('pdfTooManyPages', String(pageCount));
    const pages: string[] = [];
    const failed: number[] = [];
    let consecutiveFailures = 0;
    for (let n = 1; n <= pageCount; n++) {
      if (consecutiveFailures >= MAX_CONSECUTIVE_PAGE_FAILURES) {
        failed.push(n);
        pages.push('');
        continue;
      }
      try {
        const page = await withTimeout(doc.getPage(n), options.pageTimeoutMs ?? 15_000);
        const content = await withTimeout(page.getTextContent(), options.pageTimeoutMs ?? 15_000);
        pages.push(buildPageText(content.items.filter(isTextRun)).text);
        consecutiveFailures = 0;
      } catch {
        failed.push(n);
        pages.push('');
        consecutiveFailures++;
      }
      options.onProgress?.(n, pageCount);
    }
    if (failed.length === pageCount)
      throw new ImportProblem('pdfMalformed', 'no page could be read');
    const warnings = failed.length > 0 ? [`unreadablePages:${compressRanges(failed)}`] : [];
    const joined = joinPageTexts(pages);
    return { pageCount, ...joined, warnings, passwordProtected: protectedByPassword };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** [1,2,3,7] → "1–3, 7" */
export function compressRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  let start = numbers[0];
  let prev = start;
  for (const n of [...numbers.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}
