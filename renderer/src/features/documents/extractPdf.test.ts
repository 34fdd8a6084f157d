// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ImportProblem } from '../../../../shared/files/importProblem';
import { PAGE_SEPARATOR } from '../../../../shared/anchor/pageText';
import { corpusFile } from '../../../../testing/corpusFile';
import { loadPdfjs } from '../../../../testing/pdfjsNode';
import { extractPdf, type ExtractOptions } from './extractPdf';

const pdfjs = await loadPdfjs();
const open = (path: string) => (password?: string) =>
  pdfjs.getDocument({
    data: new Uint8Array(readFileSync(corpusFile(path))),
    password,
    verbosity: 0,
  });

async function problemOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportProblem) return error.code;
    throw error;
  }
  return undefined;
}

const noPassword: ExtractOptions['askPassword'] = () => Promise.resolve(undefined);

describe('extractPdf on corpus files', () => {
  it('extracts a CUAD contract page by page into canonical text', async () => {
    const progress = vi.fn();
    const result = await extractPdf({
      open: open('legal/cuad/pdf/Sonos_Inc._-_Manufacturing_Agreement.pdf'),
      askPassword: noPassword,
      onProgress: progress,
    });
    expect(result.pageCount).toBe(48);
    expect(result.pageStarts).toHaveLength(48);
    expect(result.text.split(PAGE_SEPARATOR)).toHaveLength(48);
    expect(result.text).toMatch(/MANUFACTURING AGREEMENT/i);
    expect(result.warnings).toEqual([]);
    expect(progress).toHaveBeenLastCalledWith(48, 48);
  });

  it('asks for the password of an encrypted PDF and opens it with the right one', async () => {
    const ask = vi.fn().mockResolvedValueOnce('wrong').mockResolvedValueOnce('ELXRTQWS');
    const result = await extractPdf({
      open: open('pdf_robustness/pdfs/issue3371.pdf'),
      askPassword: ask,
    });
    expect(ask.mock.calls).toEqual([[false], [true]]);
    expect(result.passwordProtected).toBe(true);
    expect(result.pageCount).toBeGreaterThan(0);
  });

  it('reports a refused or wrong password', async () => {
    expect(
      await problemOf(
        extractPdf({ open: open('pdf_robustness/pdfs/issue3371.pdf'), askPassword: noPassword }),
      ),
    ).toBe('pdfPasswordRequired');
    const giveUp = vi.fn().mockResolvedValueOnce('nope').mockResolvedValueOnce(undefined);
    expect(
      await problemOf(
        extractPdf({ open: open('pdf_robustness/pdfs/issue3371.pdf'), askPassword: giveUp }),
      ),
    ).toBe('pdfPasswordWrong');
  });

  it('refuses a file pdf.js cannot parse at all', async () => {
    expect(
      await problemOf(
        extractPdf({ open: open('pdf_robustness/pdfs/bug1020226.pdf'), askPassword: noPassword }),
      ),
    ).toBe('pdfMalformed');
  });

  it('opens repairable malformed files (missing xref) with their text', async () => {
    const result = await extractPdf({
      open: open('pdf_robustness/pdfs/xref_command_missing.pdf'),
      askPassword: noPassword,
    });
    expect(result.pageCount).toBe(1);
  });

  it('keeps a damaged document with unreadable pages as empty pages plus a warning', async () => {
    const result = await extractPdf({
      open: open('pdf_robustness/pdfs/poppler-90-0-fuzzed.pdf'),
      askPassword: noPassword,
    });
    expect(result.pageCount).toBe(16);
    expect(result.pageStarts).toHaveLength(16);
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning?.code).toBe('unreadablePages');
    if (warning?.code === 'unreadablePages') expect(warning.pages.length).toBeGreaterThan(0);
  });

  it('refuses implausible page counts without walking them', async () => {
    const fake = {
      promise: Promise.resolve({ numPages: 213_804_087, getPage: vi.fn() }),
      destroy: () => Promise.resolve(),
    };
    expect(await problemOf(extractPdf({ open: () => fake, askPassword: noPassword }))).toBe(
      'pdfTooManyPages',
    );
    expect(fake.promise).toBeDefined();
  });
});
