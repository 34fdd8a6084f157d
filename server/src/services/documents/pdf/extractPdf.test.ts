import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_SEPARATOR } from '../../../../../shared/anchor/pageText';
import { corpusDir } from '../../../testing/corpus';
import { createPdfExtractor, DEFAULT_PDF_LIMITS } from './extractPdf';

const CORPUS = join(corpusDir(), 'pdf_robustness/pdfs');
const extractor = createPdfExtractor({ ...DEFAULT_PDF_LIMITS, timeoutMs: 30_000, concurrency: 2 });
afterAll(() => extractor.close());

const read = (name: string) => new Uint8Array(readFileSync(join(CORPUS, name)));

describe('PDF extraction in a child process', () => {
  it('extracts page texts joined by the shared separator with a page table', async () => {
    const reply = await extractor.extract(read('tracemonkey.pdf'));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.pageCount).toBe(14);
    expect(reply.pageStarts).toHaveLength(14);
    // Each page's box in user space (US Letter), for holding rectangles inside it.
    expect(reply.pageBoxes).toHaveLength(14);
    expect(reply.pageBoxes[0]).toEqual({ x1: 0, y1: 0, x2: 612, y2: 792 });
    expect(reply.text.split(PAGE_SEPARATOR)).toHaveLength(14);
    expect(reply.text).toContain('Trace-based Just-in-Time');
    expect(reply.text).not.toContain('\u0000');
  });

  it('reports encrypted, malformed and hostile files as clear problems', async () => {
    const cases: Record<string, string[]> = {
      'issue3371.pdf': ['pdfPasswordRequired'],
      'bug1020226.pdf': ['pdfMalformed'],
    };
    for (const [file, codes] of Object.entries(cases)) {
      const reply = await extractor.extract(read(file));
      expect(reply.ok, file).toBe(false);
      if (!reply.ok) expect(codes, file).toContain(reply.code);
    }
    const garbage = await extractor.extract(new TextEncoder().encode('%PDF-1.7 not really'));
    expect(garbage).toMatchObject({ ok: false, code: 'pdfMalformed' });
  });

  it('kills a reader that exceeds its memory cap', async () => {
    const tight = createPdfExtractor({ ...DEFAULT_PDF_LIMITS, maxRssBytes: 40 * 1024 * 1024 });
    try {
      const reply = await tight.extract(read('tracemonkey.pdf'));
      expect(reply).toMatchObject({
        ok: false,
        code: 'pdfMalformed',
        detail: 'needs too much memory to read',
      });
    } finally {
      tight.close();
    }
  });

  it('kills a reader that runs out of time', async () => {
    const hasty = createPdfExtractor({ ...DEFAULT_PDF_LIMITS, timeoutMs: 50 });
    try {
      const reply = await hasty.extract(read('tracemonkey.pdf'));
      expect(reply).toMatchObject({ ok: false, detail: 'took too long to read' });
    } finally {
      hasty.close();
    }
  });
});
