/**
 * Child process: parses one untrusted PDF with pdf.js and sends back its canonical text, built
 * by the same shared/pdf/pageTexts the desktop app uses, so offsets and warnings agree. The parent caps
 * this process's memory and time and kills it if either runs out.
 */
import { encodeWarning } from '../../../../../shared/files/warnings';
import { readPageTexts, textOptions } from '../../../../../shared/pdf/pageTexts';
import type { ExtractReply, ExtractRequest } from './protocol';

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

export async function extract(request: ExtractRequest): Promise<ExtractReply> {
  polyfill();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: request.bytes,
    ...textOptions({ cMapUrl: request.cMapDir, standardFontDataUrl: request.standardFontDir }),
    // Node has no FontFace; text extraction does not need fonts to be loaded for display.
    disableFontFace: true,
  });
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
    const read = await readPageTexts(doc, {
      maxPages: request.maxPages,
      pageTimeoutMs: request.pageTimeoutMs,
    });
    if (!read.ok) return read;
    return {
      ok: true,
      pageCount: read.pageCount,
      text: read.text,
      pageStarts: read.pageStarts,
      pageBoxes: read.pageBoxes,
      warnings: read.warnings.map(encodeWarning),
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
