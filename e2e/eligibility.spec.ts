/**
 * The demo as its expert sees it, in Chromium against the embedded platform: her Work queue offers
 * only work of projects that Projects lists as "for you", never one it calls "not yet for you" —
 * in English and in French, light and dark (screenshots attached to the report).
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAs, signOut } from './pages/WorkPages';

async function titles(page: Page, testId: string): Promise<string[]> {
  return (await page.getByTestId(testId).getByRole('heading', { level: 3 }).allTextContents())
    .map((t) => t.trim())
    .sort();
}

/** The view as shown, and its "not yet for you" cards (the main pane scrolls on its own). */
async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  const excluded = page.getByTestId('catalogue-excluded');
  if ((await excluded.count()) === 0) return;
  const detail = testInfo.outputPath(`${name}-not-yet.png`);
  await excluded.first().screenshot({ path: detail });
  await testInfo.attach(`${name}-not-yet`, { path: detail, contentType: 'image/png' });
}

test.describe('the demo expert’s work and projects', () => {
  test('item 6: the Work queue offers exactly the projects Projects calls hers', async ({
    shell,
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signInAs(page, 'expert');

    await shell.goTo('Projects');
    await expect(page.getByTestId('catalogue-match').first()).toBeVisible();
    const forYou = await titles(page, 'catalogue-match');
    const notYet = await titles(page, 'catalogue-excluded');
    expect(forYou).toEqual([
      '10-K numeric facts and risk factors',
      'Answer review: 10-K analyst questions',
      'CUAD contract clause review',
    ]);
    expect(notYet).toEqual(['Clinical notes: problems, medications and dosages']);
    const clinical = page.getByTestId('catalogue-excluded');
    await expect(clinical).toContainText('needs medicine expertise');
    await expect(clinical).toContainText('needs a verified medical licence');
    await snap(page, testInfo, 'projects-en-light');

    await shell.goTo('Work queue');
    const groups = page.getByTestId('queue-group');
    await expect(groups).toHaveCount(forYou.length);
    const queued = (await groups.getByRole('heading', { level: 2 }).allTextContents()).sort();
    expect(queued).toEqual(forYou);
    for (const name of notYet) expect(queued).not.toContain(name);
    await snap(page, testInfo, 'queue-en-light');

    // The same in French, dark.
    await shell.goTo('Settings');
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Language').selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await shell.nav.getByRole('button', { name: 'Projets' }).click();
    await expect(page.getByRole('heading', { name: 'Pas encore pour vous' })).toBeVisible();
    await expect(page.getByTestId('catalogue-match')).toHaveCount(forYou.length);
    await snap(page, testInfo, 'projects-fr-dark');
    await shell.nav.getByRole('button', { name: 'File de travail' }).click();
    await expect(page.getByTestId('queue-group')).toHaveCount(forYou.length);
    await page.getByRole('button', { name: /Télécharger/ }).click();
    await expect(page.getByText('Rien à emporter hors ligne pour l’instant')).toBeVisible();
    await snap(page, testInfo, 'queue-fr-dark');

    // Put the shared settings back for the other tests of this worker.
    await shell.nav.getByRole('button', { name: 'Réglages' }).click();
    await page.getByLabel('Langue').selectOption('en');
    await page.getByLabel('Theme').selectOption('system');
    await expect(shell.heading).toHaveText('Settings');
    await signOut(page);
  });
});
