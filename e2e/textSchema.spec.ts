import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { TextPanePage } from './pages/TextPanePage';

const NOTE = 'D2N068_note.txt';

test.describe('label schema editor', () => {
  test('adds a label with a key, refuses a clash, and the pane labels with it at once', async ({
    documents,
    shell,
    page,
  }) => {
    await documents.importFile(corpusFile(`medical/aci_bench/notes/${NOTE}`));
    const pane = new TextPanePage(page);
    await pane.open(NOTE);
    await pane.root.getByRole('button', { name: 'Edit labels…' }).click();
    const dialog = page.getByTestId('schema-dialog');
    await expect(dialog.getByTestId('schema-label-row')).toHaveCount(9);

    await dialog.getByRole('button', { name: 'Add label' }).click();
    await dialog.getByLabel('Name of label 10').fill('Allergy');
    await dialog.getByLabel('Key of label 10').fill('1');
    await expect(dialog.getByText('Another label uses this key.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save schema' })).toBeDisabled();
    await dialog.getByLabel('Key of label 10').fill('a');
    await dialog.getByLabel('Name of relation type 1').fill('');
    await expect(dialog.getByText('Required.')).toBeVisible();
    await dialog.getByLabel('Name of relation type 1').fill('has dosage');
    await dialog.getByRole('button', { name: 'Save schema' }).click();
    await expect(dialog.getByText('Schema saved.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expect(pane.palette.getByRole('button', { name: /Allergy/ })).toBeVisible();
    await pane.focusEditor();
    await pane.findAndSelect('swelling in the lower extremities');
    await pane.labelWithKey('a');
    await expect(pane.sidebarItem('Allergy', 'swelling in the lower extremities')).toBeVisible();
    expect((await pane.storedSpans())[0]?.labels).toEqual(['allergy']);

    // The same schema is what Settings edits.
    await shell.goTo('Settings');
    await page.getByRole('button', { name: 'Edit label schema…' }).click();
    await expect(page.getByTestId('schema-dialog').getByLabel('Name of label 10')).toHaveValue(
      'Allergy',
    );
  });
});
