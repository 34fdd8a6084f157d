import { expect, type Page } from '@playwright/test';

export const DEMO_EXPERT = {
  email: 'expert@demo.glossator.test',
  password: 'demo-expert-password',
};

/**
 * Signs in from Settings the way a user does: the app opens the platform's login page (a new tab
 * in the web host, the system browser in Electron); the user logs in and allows access; the
 * platform redirects to the app's loopback listener.
 */
export async function signInFromSettings(page: Page, account = DEMO_EXPERT): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const account_ = page.getByTestId('account-section');
  const popup = page.context().waitForEvent('page');
  await account_.getByRole('button', { name: 'Sign in…' }).click();
  const login = await popup;
  await login.getByLabel(/e-?mail/i).fill(account.email);
  await login.getByLabel(/password/i).fill(account.password);
  await login.getByRole('button', { name: /sign in|log in/i }).click();
  await login.getByRole('button', { name: /allow/i }).click();
  await expect(login.getByRole('heading', { name: 'You are signed in' })).toBeVisible();
  await login.close();
  await expect(account_).toHaveAttribute('data-state', 'signedIn');
}
