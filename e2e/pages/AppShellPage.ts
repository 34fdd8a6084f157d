import { expect, type Locator, type Page } from '@playwright/test';

export type ViewName =
  'Projects' | 'Work queue' | 'Documents' | 'Interview' | 'Earnings' | 'Settings' | 'Profile';

export class AppShellPage {
  readonly nav: Locator;
  readonly main: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation');
    this.main = page.locator('main#main');
    this.statusBar = page.getByRole('status').filter({ has: page.getByTestId('connection-state') });
  }

  async open(appUrl: string): Promise<void> {
    await this.page.goto(appUrl);
    await expect(this.nav).toBeVisible();
  }

  async goTo(view: ViewName): Promise<void> {
    await this.nav.getByRole('button', { name: view }).click();
    await expect(this.heading).toHaveText(view);
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.nav).toBeVisible();
  }
}
