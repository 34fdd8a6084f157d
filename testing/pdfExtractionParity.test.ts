/**
 * The workstation's import and the platform's upload read a PDF through one function
 * (shared/pdf/pageTexts.ts): the same canonical text, page table and warnings for the same file,
 * so an annotation made offline anchors the same way on the server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { encodeWarning } from '../shared/files/warnings';
import { textOptions } from '../shared/pdf/pageTexts';
import { extractPdf } from '../renderer/src/features/documents/extractPdf';
import {
  createPdfExtractor,
  DEFAULT_PDF_LIMITS,
} from '../server/src/services/documents/pdf/extractPdf';
import { corpusFile } from './corpusFile';
import { loadPdfjs } from './pdfjsNode';

const FILES = [
  'legal/cuad/pdf/Sonos_Inc._-_Manufacturing_Agreement.pdf',
  'pdf_robustness/pdfs/poppler-90-0-fuzzed.pdf',
  'pdf_robustness/pdfs/xref_command_missing.pdf',
  'pdf_robustness/pdfs/TAMReview.pdf',
];

const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));
const server = createPdfExtractor({ ...DEFAULT_PDF_LIMITS, timeoutMs: 60_000 });
afterAll(() => server.close());

describe('one PDF extraction for workstation and platform', () => {
  it.each(FILES)('%s reads the same on both sides', async (file) => {
    const bytes = new Uint8Array(readFileSync(corpusFile(file)));
    const pdfjs = await loadPdfjs();
    const local = await extractPdf({
      open: () =>
        pdfjs.getDocument({
          data: bytes.slice(),
          ...textOptions({
            cMapUrl: `${PDFJS}/cmaps/`,
            standardFontDataUrl: `${PDFJS}/standard_fonts/`,
          }),
          disableFontFace: true,
        }),
      askPassword: () => Promise.resolve(undefined),
    });
    const remote = await server.extract(bytes.slice());
    expect(remote.ok).toBe(true);
    if (!remote.ok) return;
    expect(remote.pageCount).toBe(local.pageCount);
    expect(remote.pageStarts).toEqual(local.pageStarts);
    expect(remote.text).toBe(local.text);
    expect(remote.warnings).toEqual(local.warnings.map(encodeWarning));
  });

  it('names the unreadable pages of a damaged file on the server too', async () => {
    const bytes = new Uint8Array(
      readFileSync(corpusFile('pdf_robustness/pdfs/poppler-90-0-fuzzed.pdf')),
    );
    const remote = await server.extract(bytes);
    expect(remote.ok && remote.warnings).toEqual([expect.stringMatching(/^unreadablePages:\d/)]);
  });
});
