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
