import { expect, type Locator, type Page } from '@playwright/test';

/** An open document: its header actions, the annotation sidebar and the exchange dialogs. */
export class WorkspacePage {
  readonly sidebar: Locator;
  readonly annotationItems: Locator;
  readonly exportDialog: Locator;
  readonly importDialog: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('complementary', { name: 'Annotations', exact: true });
    this.annotationItems = page.getByTestId('annotation-item');
    this.exportDialog = page.getByTestId('export-dialog');
    this.importDialog = page.getByTestId('import-annotations-dialog');
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async importAnnotations(format: string, file: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import annotations…' }).click();
    await this.importDialog.getByLabel('Format').selectOption({ label: format });
    const chooser = this.page.waitForEvent('filechooser');
    await this.importDialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles(file);
    await expect(this.importDialog.getByTestId('conversion-report')).toBeVisible();
  }

  /** Exports in the given format and returns the downloaded files' text. */
  async export(format: string): Promise<{ name: string; text: string }[]> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
    await this.exportDialog.getByLabel('Format').selectOption({ label: format });
    await expect(this.exportDialog.getByTestId('conversion-report')).toBeVisible();
    const files: { name: string; text: string }[] = [];
    this.page.on('download', (download) => {
      void download.path().then(async (path) => {
        const { readFile } = await import('node:fs/promises');
        files.push({ name: download.suggestedFilename(), text: await readFile(path, 'utf8') });
      });
    });
    await this.exportDialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.exportDialog.getByRole('status')).toHaveText(/file(s)? saved/);
    await expect.poll(() => files.length).toBeGreaterThan(0);
    return files;
  }
}
