import { readFileSync } from 'node:fs';
import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { TextPanePage } from './pages/TextPanePage';

const NOTE = 'D2N068_note.txt';

test.describe('text pane: a clinical note', () => {
  test('labels a problem and a medication, relates medication → dosage, links an ICD-10-CM code, and keeps it all across a reload', async ({
    documents,
    shell,
    page,
  }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    const pane = new TextPanePage(page);
    await pane.open(NOTE);
    await pane.focusEditor();

    // Problem (key 6), medication (key 7) and its dosage (palette click).
    await pane.findAndSelect('hypertension');
    await pane.labelWithKey('6');
    await expect(pane.status).toHaveText('Labelled “hypertension” as Problem.');
    await pane.findAndSelect('lisinopril');
    await pane.labelWithKey('7');
    await pane.findAndSelect('20 mg a day');
    await pane.palette.getByRole('button', { name: /Dosage/ }).click();
    await expect(pane.sidebarItems).toHaveCount(3);
    await expect(pane.spanDecorations().first()).toBeVisible();

    // medication → dosage, chosen from the schema's relation types.
    await pane.findAndSelect('lisinopril');
    await expect(pane.activeCard).toContainText('lisinopril');
    await pane.relate('has dosage', 'Dosage: “20 mg a day”');
    await expect(pane.activeCard.getByTestId('relation-item')).toHaveText(
      /has dosage →\s*Dosage: “20 mg a day”/,
    );

    // An ICD-10-CM code found by typing words, not the code.
    await pane.focusEditor();
    await pane.findAndSelect('hypertension');
    await expect(pane.activeCard).toContainText('Problem');
    const search = await pane.codeSearch();
    await search.fill('essential hypertension');
    await expect(pane.codeResults.first()).toContainText('I10');
    await expect(pane.codeResults.first()).toContainText('Essential (primary) hypertension');
    await expect(page.getByTestId('code-search-status')).toHaveText(/results? in [\d.]+ ms/);
    await search.press('Enter');
    await expect(pane.activeCard.getByTestId('linked-code')).toHaveText(
      /I10\s*Essential \(primary\) hypertension/,
    );

    // Everything is in IndexedDB: a reload (same URL) shows it all again.
    await shell.reload();
    await expect(pane.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
    await expect(pane.sidebarItems).toHaveCount(3);
    await expect(pane.sidebarItem('Problem', 'hypertension')).toBeVisible();
    await expect(pane.sidebarItem('Medication', 'lisinopril')).toBeVisible();
    await expect(pane.sidebarItem('Dosage', '20 mg a day')).toBeVisible();
    await pane.sidebarItem('Medication', 'lisinopril').getByRole('button').first().click();
    await expect(pane.activeCard.getByTestId('relation-item')).toHaveText(
      /has dosage →\s*Dosage: “20 mg a day”/,
    );
    await pane.sidebarItem('Problem', 'hypertension').getByRole('button').first().click();
    await expect(pane.activeCard.getByTestId('linked-code')).toContainText('I10');
    await expect(pane.editor.locator('.gl-tag')).not.toHaveCount(0);
  });

  test('asks what to do with relations when a related span is deleted, and undo restores both', async ({
    documents,
    page,
  }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    const pane = new TextPanePage(page);
    await pane.open(NOTE);
    await pane.findAndSelect('lisinopril');
    await pane.labelWithKey('7');
    await pane.findAndSelect('20 mg a day');
    await pane.labelWithKey('8');
    await pane.findAndSelect('lisinopril');
    await pane.relate('has dosage', 'Dosage: “20 mg a day”');
    await expect(pane.activeCard.getByTestId('relation-item')).toHaveCount(1);

    // Deleting the dosage asks first; keeping it changes nothing.
    await pane.focusEditor();
    await pane.findAndSelect('20 mg a day');
    await expect(pane.activeCard).toContainText('Dosage');
    await pane.activeCard.getByRole('button', { name: 'Delete annotation' }).click();
    const dialog = page.getByTestId('delete-relations-dialog');
    await expect(dialog).toContainText('It takes part in 1 relation.');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(pane.sidebarItems).toHaveCount(2);

    await pane.activeCard.getByRole('button', { name: 'Delete annotation' }).click();
    await dialog.getByRole('button', { name: 'Delete with its relations' }).click();
    await expect(pane.sidebarItems).toHaveCount(1);
    await pane.sidebarItem('Medication', 'lisinopril').getByRole('button').first().click();
    await expect(pane.activeCard.getByText('No relations yet.')).toBeVisible();

    // One undo brings back the span and the relation that pointed at it.
    await pane.focusEditor();
    await page.keyboard.press('Control+Z');
    await expect(pane.sidebarItems).toHaveCount(2);
    await pane.sidebarItem('Medication', 'lisinopril').getByRole('button').first().click();
    await expect(pane.activeCard.getByTestId('relation-item')).toHaveCount(1);
  });

  test('classifies the document and cites evidence spans in a written interpretation', async ({
    documents,
    shell,
    page,
  }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    const pane = new TextPanePage(page);
    await pane.open(NOTE);
    await pane.findAndSelect('decreased ejection fraction of 45%');
    await pane.labelWithKey('6');

    await pane.inspector.getByRole('tab', { name: 'Document' }).click();
    await pane.inspector.getByRole('checkbox', { name: 'Relevant', exact: true }).check();
    const rationale = pane.inspector.getByLabel('Interpretation');
    await rationale.fill('Heart failure with reduced ejection fraction ');
    await pane.inspector.getByRole('button', { name: 'Cite span' }).click();
    await expect(rationale).toHaveValue('Heart failure with reduced ejection fraction [1]');
    await rationale.press('End');
    await rationale.pressSequentially('.');
    await pane.inspector.getByRole('button', { name: 'Save interpretation' }).click();
    const citation = pane.inspector.getByRole('button', {
      name: 'Citation 1: “decreased ejection fraction of 45%”',
    });
    await expect(citation).toBeVisible();

    // The citation jumps to its span wherever the text was scrolled.
    await pane.focusEditor();
    await page.keyboard.press('Control+End');
    await citation.click();
    await expect(pane.editor.locator('.gl-active')).not.toHaveCount(0);
    await pane.inspector.getByRole('tab', { name: /Here/ }).click();
    await expect(pane.activeCard).toContainText('decreased ejection fraction of 45%');
    await expect(pane.activeCard.getByTestId('relation-item')).toHaveText(
      /Document interpretation\s*→ cited as evidence/,
    );

    await shell.reload();
    await expect(pane.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
    await pane.inspector.getByRole('tab', { name: 'Document' }).click();
    await expect(
      pane.inspector.getByRole('checkbox', { name: 'Relevant', exact: true }),
    ).toBeChecked();
    await expect(pane.inspector.getByTestId('rationale-view')).toHaveText(
      'Heart failure with reduced ejection fraction [1].',
    );
  });
});

test.describe('text pane: a 10-K filing', () => {
  const FILING = 'aapl-10-k-2024-11-01.txt';

  test('shows overlapping and nested spans as stacked underlines and lists them all at the selection', async ({
    documents,
    page,
  }) => {
    await documents.importFile(corpusFile(`finance/sec_10k/${FILING}`));
    const pane = new TextPanePage(page);
    await pane.open(FILING);
    const sentence =
      'The Company expects its quarterly net sales and results of operations to fluctuate.';
    await pane.findAndSelect('expects its quarterly');
    await page.keyboard.press('Shift+Alt+S');
    await pane.labelWithKey('5'); // Condition: the whole sentence
    await pane.findAndSelect('quarterly net sales');
    await pane.labelWithKey('4'); // Amount, nested in the sentence
    await pane.findAndSelect('net sales and results of operations');
    await pane.labelWithKey('9'); // Risk factor, crossing the amount
    const spans = await pane.storedSpans();
    expect(spans.map((s) => s.exact)).toEqual([
      sentence,
      'quarterly net sales',
      'net sales and results of operations',
    ]);

    // Where all three overlap, one piece of text carries three stacking levels.
    const stacked = pane.editor.locator('.gl-s-4-0.gl-s-3-1.gl-s-8-2');
    await expect(stacked.first()).toBeVisible();
    // Monaco renders spaces as no-break spaces.
    expect((await stacked.allTextContents()).join('').replace(/\u00a0/g, ' ')).toBe('net sales');
    await expect(pane.editor.locator('.gl-tag-4, .gl-tag-3, .gl-tag-8')).toHaveCount(3);

    // Selecting the overlap lists every annotation there.
    await pane.findAndSelect('net sales and results');
    await expect(pane.inspector.getByRole('tab', { name: 'Here (3)' })).toBeVisible();
    await expect(pane.cards).toHaveCount(3);
    await pane.findAndSelect('results of operations to');
    await expect(pane.cards).toHaveCount(2);
  });
});

test.describe('text pane: files it cannot take', () => {
  test('refuses a clinical note that is not valid UTF-8, with a message, and stores nothing', async ({
    documents,
  }) => {
    const note = readFileSync(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    // One stray Latin-1 byte in the middle: decoding it leniently would shift every offset after it.
    const broken = Buffer.concat([note.subarray(0, 400), Buffer.from([0xe9]), note.subarray(400)]);
    await documents.importFile({ name: 'broken-note.txt', mimeType: 'text/plain', buffer: broken });
    await documents.expectProblem(
      'invalidEncoding',
      /“broken-note\.txt” is not valid UTF-8 text\. Save it as UTF-8 and import it again\. Nothing was stored\./,
    );
    await expect(documents.rows).toHaveCount(0);
  });
});
