/**
 * Doing the work and getting paid, through the web host against the embedded platform: an expert
 * completes a text task (keyboard labelling in the Monaco pane) and a PDF task (text selected with
 * the mouse on the rendered page, labelled by key), a reviewer returns one with a reason, the
 * expert fixes and resubmits it, the reviewer approves, and the earnings view and the exported
 * statements show exactly what the ledger credited. The queue holds only work the expert
 * qualifies for, and an offer's document comes to her machine once she accepts it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { createLedger } from '../server/src/services/ledger';
import { printLedger } from '../server/src/services/ledger/testing/printLedger';
import { expect, test, type Page } from './fixtures';
import { PdfPanePage } from './pages/PdfPanePage';
import { TextPanePage } from './pages/TextPanePage';
import { QueuePage, ReviewPage, signInAs, TaskWorkspace } from './pages/WorkPages';

const TEN_K = '10-K numeric facts and risk factors';
const CUAD = 'CUAD contract clause review';
const TEN_K_DOC = 'medicis-10-k-1999_0000950153-99-001234.txt';
const CUAD_DOC = 'Quaker_Chemical_Corporation_-_NON_COMPETITION_AND_NON_SOLICITATION_AGREEMENT.pdf';
const RISK =
  'This in turn could cause a loss of our market share and negatively affect our revenues.';
const REVENUE = '77.0% of the Company’s net revenues';
const REASON = 'This is a supply risk: label it operational, not market';

async function download(page: Page, click: () => Promise<void>) {
  const waiting = page.waitForEvent('download');
  await click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.describe('work, review and pay', () => {
  test('an expert is returned one annotation with a reason, fixes it, and is paid once', async ({
    shell,
    page,
    webHost,
  }) => {
    void shell; // opens the app
    test.setTimeout(240_000);
    const queue = new QueuePage(page);
    const task = new TaskWorkspace(page);
    const review = new ReviewPage(page);

    // The expert's queue: the three demo projects she qualifies for (one an answer review; the
    // clinical notes are not for her), due dates, pay. Offers are not hers to take offline yet.
    await signInAs(page, 'expert');
    await page.getByRole('navigation').getByRole('button', { name: 'Work queue' }).click();
    await expect(queue.groups).toHaveCount(3);
    await expect(queue.groups.first().getByRole('heading')).toHaveText(TEN_K);
    await expect(queue.group(TEN_K)).toContainText('$45.00 per task');
    await expect(queue.item(TEN_K)).toHaveAttribute('data-status', 'offered');
    await expect(page.getByTestId('queue-group').filter({ hasText: 'Clinical notes' })).toHaveCount(
      0,
    );
    await page.getByRole('button', { name: 'Download next 5 for offline' }).click();
    await expect(page.getByText('Nothing to take offline yet')).toBeVisible();

    // Text task: the completeness check names the missing label, then the work goes in.
    await queue.item(TEN_K).getByRole('button', { name: 'Accept and start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: TEN_K_DOC })).toBeVisible();
    await expect(task.bar.getByTestId('task-status')).toHaveText('In progress');
    await expect(task.bar.getByTestId('task-timer')).toBeVisible();
    const text = new TextPanePage(page);
    await expect(text.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
    await text.focusEditor();
    await text.findAndSelect(RISK);
    await text.labelWithKey('6'); // Risk: market
    await expect(task.items).toHaveCount(1);
    await task.submit();
    await expect(page.getByTestId('completeness-problems')).toContainText(
      'at least one “Revenue” is required',
    );
    await text.focusEditor();
    await text.findAndSelect(REVENUE);
    await text.labelWithKey('1'); // Revenue
    await expect(task.items).toHaveCount(2);
    await task.submit();
    await expect(task.bar.getByTestId('task-status')).toHaveText('Submitted');
    await expect(page.getByTestId('locked-note')).toContainText(
      'locked unless a reviewer returns it',
    );

    // PDF task.
    await page.getByRole('navigation').getByRole('button', { name: 'Work queue' }).click();
    await queue.item(CUAD).getByRole('button', { name: 'Accept and start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: CUAD_DOC })).toBeVisible();
    const pane = new PdfPanePage(page);
    await pane.expectReady();
    await pane.expectRendered(0);
    for (const [words, key] of [
      ['Quaker Chemical Corporation', '2'], // Parties
      ['August 1, 2019', '3'], // Agreement Date
    ] as const) {
      const line = pane.textLayer(0).locator('span', { hasText: words }).first();
      const box = await pane.textBox(line, words);
      await pane.drag(
        { x: box.x + 1, y: box.y + box.height / 2 },
        { x: box.x + box.width - 1, y: box.y + box.height / 2 },
      );
      await page.keyboard.press(key);
    }
    await expect(task.items).toHaveCount(2);
    await task.submit();
    await expect(task.bar.getByTestId('task-status')).toHaveText('Submitted');

    // The reviewer returns the 10-K task with a reason on one annotation, approves the contract.
    await signInAs(page, 'reviewer');
    await review.open();
    await review.chooseProject(TEN_K);
    await expect(review.queueItems).toHaveCount(1);
    await review.queueItems.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByTestId('decision-row')).toHaveCount(2);
    await review.decision('market share').getByLabel('Reject').check();
    await expect(page.getByRole('button', { name: 'Return to the expert' })).toBeDisabled();
    await review.decision('market share').getByLabel('Reason (the expert sees it)').fill(REASON);
    await page.getByRole('button', { name: 'Return to the expert' }).click();
    await expect(page.getByText('Nothing is waiting for review in this project.')).toBeVisible();
    await review.chooseProject(CUAD);
    await review.queueItems.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByTestId('decision-row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Nothing is waiting for review in this project.')).toBeVisible();

    // The expert sees which annotation and why, fixes it and resubmits.
    await signInAs(page, 'expert');
    await page.getByRole('navigation').getByRole('button', { name: 'Work queue' }).click();
    await expect(queue.item(TEN_K)).toHaveAttribute('data-status', 'returned');
    await expect(queue.item(TEN_K)).toContainText('Returned: 1 point to fix');
    await expect(queue.item(CUAD)).toHaveAttribute('data-status', 'approved');
    await queue.item(TEN_K).getByRole('button', { name: 'Fix' }).click();
    const notice = page.getByTestId('return-notice');
    await expect(notice).toContainText(REASON);
    await notice.getByRole('button', { name: /market share/ }).click();
    await page
      .getByRole('complementary', { name: 'Annotations', exact: true })
      .getByLabel('Label', { exact: true })
      .selectOption({ label: 'Risk: operational' });
    await task.submit();
    await expect(task.bar.getByTestId('task-status')).toHaveText('Resubmitted');

    // The reviewer sees what was asked last time and approves.
    await signInAs(page, 'reviewer');
    await review.open();
    await review.chooseProject(TEN_K);
    await review.queueItems.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByText('Last time the task was returned for:')).toBeVisible();
    await expect(review.decision('market share')).toContainText('Risk: operational');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Nothing is waiting for review in this project.')).toBeVisible();

    // Earnings: 60.00 + 45.00 approved and on hold, each line traceable; the statements match.
    await signInAs(page, 'expert');
    await page.getByRole('navigation').getByRole('button', { name: 'Earnings' }).click();
    const balance = page.getByRole('region', { name: 'Owed by Demo Organisation' });
    await expect(balance.getByTestId('pending')).toHaveText('$105.00');
    await expect(balance.getByTestId('available')).toHaveText('$0.00');
    const lines = page.getByTestId('statement-line');
    await expect(lines).toHaveCount(2);
    await expect(lines.nth(0)).toContainText(`Label ${CUAD_DOC}`);
    await expect(lines.nth(0)).toContainText('$60.00');
    await expect(lines.nth(1)).toContainText(`Label ${TEN_K_DOC}`);
    await expect(lines.nth(1)).toContainText('$45.00');
    await expect(page.getByTestId('chart-by-project')).toBeVisible();
    await expect(page.getByTestId('chart-by-week')).toBeVisible();

    const csv = await download(page, () =>
      page.getByRole('button', { name: 'Export CSV' }).click(),
    );
    expect(csv.name).toMatch(/^glossator-statement-demo-organisation-USD-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.bytes
      .toString('utf8')
      .trimEnd()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0]).toEqual(expect.arrayContaining(['date', 'kind', 'amount', 'review', 'detail']));
    const col = (name: string) => rows[0]!.indexOf(name);
    const body = rows.slice(2, -1);
    expect(body.map((r) => [r[col('kind')], r[col('account')], r[col('amount')]])).toEqual([
      ['accrual', 'pending', '60.00'],
      ['accrual', 'pending', '45.00'],
    ]);
    expect(rows.at(-1)?.[col('pending_after')]).toBe('105.00');
    for (const [i, row] of body.entries())
      await expect(lines.nth(i)).toContainText(`review …${row[col('review')]!.slice(-8)}`);
    expect(body.map((r) => r[col('detail')])).toEqual(['per task 60.00 USD', 'per task 45.00 USD']);

    const pdf = await download(page, () =>
      page.getByRole('button', { name: 'Export PDF' }).click(),
    );
    const document = await PDFDocument.load(pdf.bytes);
    expect(document.getTitle()).toBe('Earnings statement USD');
    expect(document.getPageCount()).toBe(1);

    // The ledger behind it, for the record: two accruals, balanced, nothing twice.
    const file = new SqliteDatabase(join(webHost.dataDir, 'platform', 'glossator.sqlite'), {
      readonly: true,
    });
    const db = new Kysely<never>({ dialect: new SqliteDialect({ database: file }) });
    try {
      const journal = await printLedger(db);
      console.log(`ledger after the e2e run:\n${journal}`);
      expect(journal.match(/accrual/g)).toHaveLength(2);
      expect(await createLedger({ db, dialect: 'sqlite' }).verify()).toMatchObject({ ok: true });
    } finally {
      await db.destroy();
    }
  });
});
