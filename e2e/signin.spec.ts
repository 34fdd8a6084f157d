import { expect, test } from './fixtures';
import { signInFromSettings } from './pages/SignInFlow';

test.describe('platform sign-in', () => {
  test('signs in through the platform’s own login page and out again', async ({ shell, page }) => {
    await shell.goTo('Settings');
    await expect(page.getByTestId('account-section')).toHaveAttribute('data-state', 'signedOut');
    await expect(page.getByTestId('persistence-note')).toContainText('kept in memory only');
    await signInFromSettings(page);
    await expect(page.getByTestId('signed-in-as')).toContainText('Signed in as');
    await expect(page.getByTestId('connection-state')).toHaveText('Online');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('account-section')).toHaveAttribute('data-state', 'signedOut');
    await expect(page.getByTestId('connection-state')).toHaveText('Local only');
  });
});
