import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { PdfPanePage } from './pages/PdfPanePage';
import { corruptStoredBytes } from './pages/pdfDb';

const ROBUST = 'pdf_robustness/pdfs';

test.describe('PDF pane: hard documents', () => {
  test('an encrypted PDF asks for its password when opened, refuses a wrong one and opens with the right one', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await documents.startImport(corpusFile(`${ROBUST}/issue3371.pdf`));
    await documents.answerPassword('ELXRTQWS');
    await expect(documents.notice).toHaveText(/was imported/);
    await pdf.open(documents, 'issue3371.pdf');

    await expect(pdf.password).toBeVisible();
    await expect(pdf.password).toContainText('Passwords are never stored');
    await pdf.password.getByLabel('Password').fill('wrong');
    await pdf.password.getByRole('button', { name: 'Open' }).click();
    await expect(pdf.password.getByRole('alert')).toHaveText(/not accepted/);
    await pdf.password.getByLabel('Password').fill('ELXRTQWS');
    await pdf.password.getByRole('button', { name: 'Open' }).click();
    await pdf.expectReady();
    await pdf.expectRendered(0);
    await expect(pdf.pages).toHaveCount(1);
  });

  test('cancelling the password leaves the document closed with a clear message', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await documents.startImport(corpusFile(`${ROBUST}/issue3371.pdf`));
    await documents.answerPassword('ELXRTQWS');
    await expect(documents.notice).toHaveText(/was imported/);
    await pdf.open(documents, 'issue3371.pdf');
    await pdf.password.getByRole('button', { name: 'Cancel' }).click();
    await expect(pdf.error).toHaveAttribute('data-failure', 'passwordCancelled');
    await expect(pdf.error).toContainText('cannot be shown without its password');
    await pdf.error.getByRole('button', { name: 'Try again' }).click();
    await expect(pdf.password).toBeVisible();
  });

  test('a damaged PDF pdf.js can partly read opens with a warning naming the unreadable pages', async ({
    documents,
    page,
    problems,
  }) => {
    problems.allowConsole.push(/Invalid number|UnknownErrorException/);
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(
      documents,
      corpusFile(`${ROBUST}/poppler-90-0-fuzzed.pdf`),
      'poppler-90-0-fuzzed.pdf',
    );
    await pdf.expectReady();
    await expect(page.getByTestId('pdf-warning')).toHaveText(
      'This PDF is damaged. It opened, but these pages could not be read and have no text: 16.',
    );
    await pdf.expectRendered(0);
    await pdf.goToPage(16);
    await expect(pdf.pageAt(15)).toBeVisible();
  });

  test('a PDF that can no longer be read shows a clear error instead of pages', async ({
    documents,
    page,
    shell,
    problems,
  }) => {
    problems.allowConsole.push(/Invalid PDF structure|InvalidPDFException/);
    const pdf = new PdfPanePage(page);
    await documents.importFile(corpusFile(`${ROBUST}/xref_command_missing.pdf`));
    // The stored copy is damaged after import (a disk fault, a bad sync).
    await corruptStoredBytes(page, 'this is not a PDF any more');
    await pdf.open(documents, 'xref_command_missing.pdf');
    await expect(pdf.error).toHaveAttribute('data-failure', 'damaged');
    await expect(pdf.error).toHaveText(
      /“xref_command_missing\.pdf” is damaged: pdf\.js cannot read it as a PDF\./,
    );
    await expect(pdf.pages).toHaveCount(0);
    await shell.reload();
    await expect(pdf.error).toHaveAttribute('data-failure', 'damaged');
  });
});

test.describe('PDF pane: pathological pages', () => {
  test.setTimeout(120_000);

  test('the heaviest corpus file at 400 % never blocks the UI, and keeps at most ten canvases', async ({
    documents,
    page,
  }) => {
    const name = 'Brotli-Prototype-FileA.pdf';
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`${ROBUST}/${name}`), name);
    await pdf.expectReady();
    await pdf.expectRendered(0);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await pdf.setZoom('400');
    // Interact while the huge pages are being drawn: every action must answer promptly.
    for (const n of [2, 5, 9]) {
      const asked = Date.now();
      await pdf.goToPage(n);
      await expect(pdf.pageInput).toHaveValue(String(n), { timeout: 3_000 });
      expect(Date.now() - asked).toBeLessThan(3_000);
    }
    await pdf.expectRendered(8);
    const stats = await page.evaluate(() => ({
      longest: (window as unknown as { longest: number }).longest,
      canvases: document.querySelectorAll('.pdfv-canvas').length,
      biggest: Math.max(
        ...[...document.querySelectorAll<HTMLCanvasElement>('.pdfv-canvas')].map(
          (c) => c.width * c.height,
        ),
      ),
    }));
    expect(stats.longest).toBeLessThan(1_000);
    expect(stats.canvases).toBeLessThanOrEqual(10);
    // Each page is drawn at most 4096 × 4096 device pixels, however far one zooms.
    expect(stats.biggest).toBeLessThanOrEqual(4096 * 4096);
    await pdf.setZoom('fitWidth');
    await pdf.expectRendered(8);
  });

  test('a page that exceeds the drawing time budget is abandoned with a message and can be retried', async ({
    documents,
    page,
  }) => {
    const name = 'Brotli-Prototype-FileA.pdf';
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`${ROBUST}/${name}`), name);
    await pdf.expectReady();
    await pdf.expectRendered(0);
    // Fake time from here on: the budget timer of the next drawing runs out at once.
    await page.clock.install();
    await pdf.setZoom('400');
    await page.clock.fastForward(11_000);
    const problem = pdf.pageAt(0).getByTestId('pdf-page-problem');
    await expect(problem).toContainText('Page 1 took too long to draw and was abandoned.');
    await expect(pdf.pageAt(0)).toHaveAttribute('data-canvas', 'timeout');
    // The page can be asked for again, and this time it is given the time it needs.
    await problem.getByRole('button', { name: 'Try again' }).click();
    await pdf.expectRendered(0);
    await expect(problem).toHaveCount(0);
  });
});
