/**
 * `npm run platform:pdf-sweep [dir]`: every PDF of a folder (default: the robustness corpus)
 * through the server's capped extractor, one line each. A manual survey, not a test: the hostile
 * corpus takes minutes and its figures are for reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../../testing/corpus';
import { createPdfExtractor, DEFAULT_PDF_LIMITS } from './extractPdf';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(corpusDir(), 'pdf_robustness/pdfs');
  const extractor = createPdfExtractor({ ...DEFAULT_PDF_LIMITS, timeoutMs: 30_000 });
  let ok = 0;
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf'));
  try {
    for (const file of files) {
      const started = Date.now();
      const reply = await extractor.extract(new Uint8Array(readFileSync(join(dir, file))));
      if (reply.ok) ok += 1;
      const what = reply.ok ? `ok ${reply.pageCount}p` : `${reply.code} ${reply.detail}`;
      console.log(`${file}  ${what}  ${Date.now() - started} ms`);
    }
  } finally {
    extractor.close();
  }
  console.log(`${ok} of ${files.length} read; the others were refused with the reason shown`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
