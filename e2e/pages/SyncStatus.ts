import { expect, type Locator, type Page } from '@playwright/test';

/** The status bar's sync state and the Documents view's platform projects. */
export class SyncStatus {
  readonly state: Locator;
  readonly connection: Locator;
  readonly projects: Locator;
  readonly rejectedButton: Locator;

  constructor(readonly page: Page) {
    this.state = page.getByTestId('sync-state');
    this.connection = page.getByTestId('connection-state');
    this.projects = page.getByTestId('platform-project');
    this.rejectedButton = page.getByTestId('rejected-button');
  }

  /** Everything pushed and pulled: no change waiting. */
  async expectSynced(timeout = 90_000): Promise<void> {
    await expect(this.state).toHaveAttribute('data-phase', 'idle', { timeout });
    await expect(this.state).toHaveAttribute('data-pending', '0', { timeout });
    await expect(this.state).toHaveText('All changes synced');
  }

  async expectOffline(pending: number): Promise<void> {
    await expect(this.state).toHaveAttribute('data-phase', 'offline', { timeout: 30_000 });
    await expect(this.state).toHaveAttribute('data-pending', String(pending));
    await expect(this.state).toContainText(`${pending} changes kept on this computer`);
  }
}
