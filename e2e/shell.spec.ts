import { expect, test } from './fixtures';

test.describe('app shell', () => {
  test('loads with every view reachable and nothing leaving the machine', async ({
    shell,
    page,
  }) => {
    await expect(shell.heading).toHaveText('Documents');
    await expect(page.getByTestId('connection-state')).toHaveText('Local only');
    await expect(page.getByText('Web host')).toBeVisible();
    const emptyStates: Record<string, RegExp> = {
      Projects: /Projects matched to your expertise will appear here/,
      'Work queue': /Tasks you accept appear here/,
      Interview: /interview with the AI interviewer will happen here/,
      Earnings: /Approved work, pending pay and statements will appear here/,
    };
    for (const [view, text] of Object.entries(emptyStates)) {
      await shell.goTo(view as 'Projects');
      await expect(shell.main.getByText(text)).toBeVisible();
    }
    await shell.goTo('Settings');
    await expect(page.getByTestId('app-version')).toContainText('Version 0.1.0');
  });

  test('is keyboard navigable: shortcuts, roving focus in the navigation, skip link', async ({
    shell,
    page,
  }) => {
    await page.keyboard.press('Control+Digit1');
    await expect(shell.heading).toHaveText('Projects');
    await expect(shell.main).toBeFocused();
    await page.keyboard.press('Control+Digit6');
    await expect(shell.heading).toHaveText('Settings');

    const current = shell.nav.getByRole('button', { name: 'Settings' });
    await current.focus();
    await page.keyboard.press('ArrowUp');
    await expect(shell.nav.getByRole('button', { name: 'Earnings' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(shell.nav.getByRole('button', { name: 'Projects' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toHaveText('Projects');
    await expect(shell.nav.getByRole('button', { name: 'Projects' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await shell.reload();
    await expect(shell.heading).toHaveText('Projects');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
  });

  test('switches theme and language, and keeps them after a reload', async ({ shell, page }) => {
    await shell.goTo('Settings');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByLabel('Language').selectOption('fr');
    await expect(shell.heading).toHaveText('Réglages');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await shell.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(shell.heading).toHaveText('Réglages');
    await expect(shell.nav.getByRole('button', { name: 'Documents' })).toBeVisible();
    await shell.nav.getByRole('button', { name: 'File de travail' }).click();
    await expect(shell.heading).toHaveText('File de travail');
    // Put the shared settings back for the other tests of this worker.
    await shell.nav.getByRole('button', { name: 'Réglages' }).click();
    await page.getByLabel('Langue').selectOption('en');
    await page.getByLabel('Theme').selectOption('system');
    await expect(shell.heading).toHaveText('Settings');
  });

  test('refuses a platform address that is not https', async ({ shell, page }) => {
    await shell.goTo('Settings');
    const field = page.getByLabel('Platform address');
    await field.fill('http://platform.example.org');
    await expect(page.getByText(/Enter an https:\/\/ address/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await field.fill('');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});
