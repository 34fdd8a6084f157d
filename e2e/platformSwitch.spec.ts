import { expect, test } from './fixtures';
import { signInFromSettings } from './pages/SignInFlow';
import { startRecordingProxy } from '../testing/recordingProxy';

test.describe('changing the platform address', () => {
  test('signs out of the old platform first and sends the new one nothing', async ({
    shell,
    page,
  }) => {
    const elsewhere = await startRecordingProxy();
    const address = page.getByLabel('Platform address');
    try {
      await shell.goTo('Settings');
      await signInFromSettings(page);
      await expect(page.getByTestId('connection-state')).toHaveText('Online');

      await address.fill(elsewhere.url);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      const account = page.getByTestId('account-section');
      await expect(account).toHaveAttribute('data-state', 'signedOut');
      await expect(account).toContainText(elsewhere.url);
      await expect(page.getByTestId('connection-state')).toHaveText('Local only');
      await page.screenshot({ path: 'test-results/platform-switch-signed-out.png' });
      expect(elsewhere.log).toEqual([]);
    } finally {
      // The web host is shared with the other specs: give it back its embedded platform.
      await address.fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByTestId('account-section')).not.toContainText(elsewhere.url);
      await elsewhere.close();
    }
    // Back at the embedded platform: signing in works again (the browser still has its login
    // session there, so only the consent page shows). Signed out after, as the other specs expect.
    const account = page.getByTestId('account-section');
    const popup = page.context().waitForEvent('page');
    await account.getByRole('button', { name: 'Sign in…' }).click();
    const consent = await popup;
    await consent.getByRole('button', { name: /allow/i }).click();
    await expect(consent.getByRole('heading', { name: 'You are signed in' })).toBeVisible();
    await consent.close();
    await expect(account).toHaveAttribute('data-state', 'signedIn');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(account).toHaveAttribute('data-state', 'signedOut');
  });
});
