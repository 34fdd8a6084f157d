import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';

const CONTRACT = 'Sonos_Inc._-_Manufacturing_Agreement.pdf';
const NOTE = 'D2N068_note.txt';

test.describe('documents', () => {
  test('imports a corpus contract PDF and a clinical note, which survive a reload', async ({
    documents,
    shell,
  }) => {
    await expect(documents.page.getByTestId('documents-empty')).toBeVisible();
    await documents.importFile(corpusFile(`legal/cuad/pdf/${CONTRACT}`));
    await expect(documents.notice).toHaveText(new RegExp(`“${CONTRACT}” was imported`));
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    await expect(documents.notice).toHaveText(new RegExp(`“${NOTE}” was imported`));

    await expect(documents.row(CONTRACT)).toContainText('PDF');
    await expect(documents.row(CONTRACT)).toContainText('48 pages');
    await expect(documents.row(CONTRACT)).toContainText('282.9 kB');
    await expect(documents.row(NOTE)).toContainText('Text');
    await expect(documents.row(NOTE).getByTestId('document-length')).toHaveText(
      /^[\d,]+ characters$/,
    );

    await shell.reload();
    await shell.goTo('Documents');
    await expect(documents.rows).toHaveCount(2);
    await expect(documents.row(CONTRACT)).toContainText('48 pages');
  });

  test('does not store the same file twice', async ({ documents }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    await expect(documents.notice).toHaveAttribute('data-kind', 'duplicate');
    await expect(documents.rows).toHaveCount(1);
  });

  test('asks before deleting, and cancelling keeps the document', async ({ documents, shell }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    await documents.delete(NOTE, false);
    await expect(documents.rows).toHaveCount(1);
    await documents.delete(NOTE, true);
    await expect(documents.rows).toHaveCount(0);
    await shell.reload();
    await shell.goTo('Documents');
    await expect(documents.page.getByTestId('documents-empty')).toBeVisible();
  });

  test('bad files give clear messages and store nothing', async ({ documents, problems }) => {
    problems.allowConsole.push(/Invalid PDF structure|InvalidPDFException|PasswordException/);
    await documents.importFile(corpusFile('pdf_robustness/pdfs/bug1020226.pdf'));
    await documents.expectProblem(
      'pdfMalformed',
      /“bug1020226\.pdf” is damaged and cannot be read as a PDF\. Nothing was stored\./,
    );

    await documents.importFile({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(0),
    });
    await documents.expectProblem('empty', /“empty\.txt” is empty \(0 bytes\)/);

    const latin1 = Buffer.from('Diagnostic : pneumonie aigu\xeb, trait\xe9e.', 'latin1');
    await documents.importFile({ name: 'note-latin1.txt', mimeType: 'text/plain', buffer: latin1 });
    await documents.expectProblem('invalidEncoding', /“note-latin1\.txt” is not valid UTF-8 text/);

    await documents.startImport(corpusFile('pdf_robustness/pdfs/issue3371.pdf'));
    await documents.answerPassword(undefined);
    await documents.expectProblem('pdfPasswordRequired', /“issue3371\.pdf” is password-protected/);

    await expect(documents.rows).toHaveCount(0);
    await expect(documents.page.getByTestId('documents-empty')).toBeVisible();
  });

  test('opens an encrypted PDF with the password from the corpus manifest', async ({
    documents,
  }) => {
    await documents.startImport(corpusFile('pdf_robustness/pdfs/issue3371.pdf'));
    await documents.answerPassword('not-it');
    await expect(documents.passwordDialog.getByRole('alert')).toHaveText(/not accepted/);
    await documents.answerPassword('ELXRTQWS');
    await expect(documents.notice).toHaveText(/“issue3371\.pdf” was imported/);
    await expect(documents.notice).toContainText('Password-protected');
    await expect(documents.rows).toHaveCount(1);
  });
});
