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
});
