import { expect, type Locator, type Page } from '@playwright/test';

/** The expert's Profile view (and the reviewers' credential queue in the same view). */
export class ProfilePage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Expert profile' });
  }

  section(name: string): Locator {
    return this.form.getByRole('region', { name });
  }

  /** The last record (fieldset) of a section, e.g. the credential just added. */
  lastRecord(section: string): Locator {
    return this.section(section).getByRole('group').last();
  }

  async importResume(text: string): Promise<void> {
    await this.form.getByText('Import from a résumé').click();
    await this.form.getByLabel('Résumé text').fill(text);
    await this.form.getByRole('button', { name: 'Find suggestions' }).click();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save profile' }).click();
    await expect(this.page.getByTestId('profile-saved')).toBeVisible();
  }

  credentialStatus(): Locator {
    return this.section('Licences and certifications').getByTestId('credential-status').first();
  }
}
