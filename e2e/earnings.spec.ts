/**
 * Earnings owed by two organisations, through the web host against a real platform: the demo
 * expert has approved work from the demo organisation and from a second one, which took some of
 * its own payment back with a reason. The Earnings screen shows what each organisation owes,
 * each statement with the reasons, and a payout asked of one organisation leaves the other's
 * balance alone. In English, then in French and dark.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { definition } from '../server/src/testing/fixture';
import { startPlatform, type Platform } from '../server/src/platform';
import { toPrincipal } from '../server/src/services/accounts/accounts';
import type { Principal } from '../server/src/services/core/principal';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/AppShellPage';
import { signInFromSettings } from './pages/SignInFlow';
import { startWebHostProcess, type RunningWebHost } from './webHostProcess';

const REASON = 'Two notes were labelled twice; this takes back the second payment for them';
const SHOTS = process.env.GLOSSATOR_SCREENSHOTS ?? join('test-results', 'earnings');

async function principal(platform: Platform, email: string): Promise<Principal> {
  const row = await platform.services.db.kysely
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return toPrincipal((await platform.services.accounts.byId(row.id))!);
}

/** A project of the requester's organisation with `tasks` approved tasks of the expert. */
async function paidProject(
  platform: Platform,
  people: { requester: Principal; reviewer: Principal; expert: Principal },
  name: string,
  pay: { rateMinor: number; currency: string },
  tasks: number,
): Promise<string> {
  const { projects, documents, tasks: taskService, work } = platform.services;
  const project = await projects.create(
    people.requester,
    definition(name, { pay: { kind: 'perTask', ...pay } }),
  );
  for (let i = 0; i < tasks; i++) {
    const document = await documents.upload(people.requester, project.id, {
      name: `${name} ${i + 1}.txt`,
      bytes: new TextEncoder().encode(`Note ${i + 1} of ${name}.`),
    });
    const task = await taskService.createTask(people.requester, project.id, {
      documentId: document.id,
      title: `Label ${name} ${i + 1}`,
    });
    const offer = await taskService.offer(people.requester, project.id, {
      taskId: task.id,
      expertId: people.expert.id,
    });
    await taskService.transition(people.expert, project.id, offer.id, 'accepted', undefined);
    const submitted = await work.submit.submit(people.expert, project.id, offer.id, []);
    await work.review.decide(people.reviewer, project.id, offer.id, {
      submissionId: submitted.submissionId,
      decisions: [],
    });
  }
  return project.id;
}

test.describe('earnings from two organisations', () => {
  let platform: Platform;
  let host: RunningWebHost;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'glossator-e2e-earnings-'));
    platform = await startPlatform({
      host: '127.0.0.1',
      port: 0,
      dataDir: join(dir, 'platform'),
      logger: false,
      onSeeded: () => undefined,
      // No hold period, so approved work can be paid out in the test.
      services: { work: { holdMs: 0 } },
    });
    const expert = await principal(platform, 'expert@demo.glossator.test');
    const demo = {
      requester: await principal(platform, 'requester@demo.glossator.test'),
      reviewer: await principal(platform, 'reviewer@demo.glossator.test'),
      expert,
    };
    const { accounts, work } = platform.services;
    const northwind = await accounts.createOrganisation('Northwind Legal');
    const staff = async (role: 'requester' | 'reviewer') =>
      toPrincipal(
        await accounts.create({
          email: `${role}@northwind.test`,
          displayName: `Northwind ${role}`,
          password: `${role}-northwind-password`,
          role,
          organisationId: northwind,
        }),
      );
    const other = {
      requester: await staff('requester'),
      reviewer: await staff('reviewer'),
      expert,
    };
    const demoProject = await paidProject(
      platform,
      demo,
      'Retainer clauses',
      { rateMinor: 6_000, currency: 'USD' },
      1,
    );
    await work.pay.bonus(demo.requester, demoProject, {
      expertId: expert.id,
      amountMinor: 500,
      reason: 'Careful work on the indemnity clauses',
      idempotencyKey: uuidv7(),
    });
    const northwindProject = await paidProject(
      platform,
      other,
      'Clinical notes',
      { rateMinor: 4_500, currency: 'EUR' },
      2,
    );
    await work.pay.adjust(other.requester, northwindProject, {
      expertId: expert.id,
      amountMinor: -1_250,
      reason: REASON,
      idempotencyKey: uuidv7(),
    });
    host = await startWebHostProcess({ GLOSSATOR_PLATFORM_URL: platform.url });
  });

  test.afterAll(async () => {
    await host?.stop();
    await platform?.close();
  });

  test('shows what each organisation owes, with reasons, and pays out from one of them', async ({
    page,
    problems,
  }) => {
    void problems;
    test.setTimeout(120_000);
    mkdirSync(SHOTS, { recursive: true });
    const shell = new AppShellPage(page);
    await shell.open(host.appUrl);
    await signInFromSettings(page);
    await shell.goTo('Earnings');

    const owedBy = (name: string) => page.getByRole('region', { name: `Owed by ${name}` });
    await expect(owedBy('Demo Organisation').getByTestId('available')).toHaveText('$65.00');
    await expect(owedBy('Northwind Legal').getByTestId('available')).toHaveText('€77.50');
    const statements = page.getByTestId('statement-section');
    await expect(statements).toHaveCount(2);
    await expect(
      page.getByRole('heading', { name: 'Statement: Demo Organisation (USD)' }),
    ).toBeVisible();
    const northwindStatement = statements.filter({
      has: page.getByRole('heading', { name: 'Statement: Northwind Legal (EUR)' }),
    });
    await expect(northwindStatement.getByTestId('statement-reason')).toHaveText(
      `Reason: ${REASON}`,
    );
    await expect(
      statements.first().getByTestId('statement-reason').filter({ hasText: 'indemnity' }),
    ).toHaveText('Reason: Careful work on the indemnity clauses');
    await page.screenshot({ path: join(SHOTS, 'earnings-en.png') });
    await northwindStatement.screenshot({ path: join(SHOTS, 'statement-northwind-en.png') });

    // A payout asked of Northwind Legal: its balance falls, the demo organisation's does not.
    await page.getByLabel('From').selectOption({ label: 'Northwind Legal (€77.50 available)' });
    await page.getByLabel('Amount', { exact: true }).fill('50.00');
    await page.getByRole('button', { name: 'Request payout' }).click();
    await expect(page.getByText('Payout of €50.00 requested from Northwind Legal.')).toBeVisible();
    await expect(owedBy('Northwind Legal').getByTestId('available')).toHaveText('€27.50');
    await expect(owedBy('Demo Organisation').getByTestId('available')).toHaveText('$65.00');
    await expect(northwindStatement.locator('[data-kind="payout"]')).toHaveCount(1);
    await page
      .getByRole('region', { name: 'Request a payout' })
      .screenshot({ path: join(SHOTS, 'payout-en.png') });

    // French, dark.
    await shell.goTo('Settings');
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Language').selectOption('fr');
    await shell.nav.getByRole('button', { name: 'Revenus' }).click();
    await expect(
      page.getByRole('region', { name: 'Dû par Northwind Legal' }).getByTestId('available'),
    ).toHaveText('27,50 €');
    const releve = statements.filter({
      has: page.getByRole('heading', { name: 'Relevé : Northwind Legal (EUR)' }),
    });
    await expect(releve.getByTestId('statement-reason')).toHaveText(`Motif : ${REASON}`);
    await expect(page.getByLabel('De', { exact: true })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'earnings-fr-dark.png') });
    await releve.screenshot({ path: join(SHOTS, 'statement-northwind-fr-dark.png') });
    // Put the settings back (the profile is the test's own, but keep the habit of the suite).
    await shell.nav.getByRole('button', { name: 'Réglages' }).click();
    await page.getByLabel('Langue').selectOption('en');
    await page.getByLabel('Theme').selectOption('system');
  });
});
