import { ImportProblem } from '../../../../shared/files/importProblem';
import { MAX_PDF_PAGES } from '../../../../shared/files/limits';
import type { DocumentWarning } from '../../../../shared/files/warnings';
import { readPageTexts, type PdfDocumentLike } from '../../../../shared/pdf/pageTexts';

/** The slice of pdf.js's API that extraction uses (the real thing in the app and in tests). */
export interface PdfLoadingTaskLike {
  readonly promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void>;
}

export interface PdfExtraction {
  readonly pageCount: number;
  readonly text: string;
  readonly pageStarts: readonly number[];
  readonly warnings: readonly DocumentWarning[];
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

/**
 * Opens a PDF with pdf.js and builds its canonical text (see shared/anchor/pageText). Pages that
 * cannot be read become empty pages with a warning rather than failing the import, so a partly
 * damaged PDF still opens; a file pdf.js cannot parse at all is refused as malformed.
 */
export async function extractPdf(options: ExtractOptions): Promise<PdfExtraction> {
  const { task, doc, protectedByPassword } = await openWithPassword(options);
  try {
    const read = await readPageTexts(doc, {
      maxPages: MAX_PDF_PAGES,
      pageTimeoutMs: options.pageTimeoutMs ?? 15_000,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (!read.ok) throw new ImportProblem(read.code, read.detail);
    const { ok: _ok, ...texts } = read;
    return { ...texts, passwordProtected: protectedByPassword };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
