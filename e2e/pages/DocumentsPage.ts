import { expect, type Locator, type Page } from '@playwright/test';

export class DocumentsPage {
  readonly importButton: Locator;
  readonly rows: Locator;
  readonly notice: Locator;
  readonly passwordDialog: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByRole('button', { name: /Import document/ });
    this.rows = page.getByTestId('document-row');
    this.notice = page.getByTestId('import-notice');
    this.passwordDialog = page.getByTestId('password-dialog');
    this.confirmDialog = page.getByTestId('confirm-dialog');
  }

  /** Imports through the real flow: the host asks the page for a file and the chooser answers. */
  async startImport(
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(file);
  }

  async importFile(
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    await this.startImport(file);
    await expect(this.notice).toBeVisible({ timeout: 60_000 });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async expectProblem(problem: string, message: RegExp): Promise<void> {
    await expect(this.notice).toHaveAttribute('data-problem', problem);
    await expect(this.notice).toHaveText(message);
  }

  async answerPassword(password: string | undefined): Promise<void> {
    await expect(this.passwordDialog).toBeVisible();
    if (password === undefined) {
      await this.passwordDialog.getByRole('button', { name: 'Cancel' }).click();
      return;
    }
    await this.passwordDialog.getByLabel('Password').fill(password);
    await this.passwordDialog.getByRole('button', { name: 'Open' }).click();
  }

  async delete(name: string, confirm: boolean): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmDialog.getByRole('button', { name: confirm ? 'Delete' : 'Cancel' }).click();
    await expect(this.confirmDialog).toBeHidden();
  }
}
