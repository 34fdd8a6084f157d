/**
 * Becoming an AI trainer, end to end in Chromium against the real embedded platform: a new expert
 * (created by an admin with the platform tooling) builds a profile with a licence, a reviewer
 * verifies it, the expert takes the interview (built-in engine), reads scores with evidence,
 * accepts a suggested profile update, sees matched projects with reasons and accepts one (its
 * task appears in the project's task list: the Work queue view is another issue's); a requester
 * then opens a new project and the expert is notified.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { LAW_TRANSCRIPT } from '../shared/interview/fixtures/law';
import { expect, test } from './fixtures';
import { InterviewPage, type ShownPrompt } from './pages/InterviewPage';
import { ProfilePage } from './pages/ProfilePage';
import { signInFromSettings } from './pages/SignInFlow';
import { startWebHostProcess, type RunningWebHost } from './webHostProcess';

const root = resolve(__dirname, '..');
const REVIEWER = { email: 'reviewer@demo.glossator.test', password: 'demo-reviewer-password' };
const REQUESTER = { email: 'requester@demo.glossator.test', password: 'demo-requester-password' };
const GENERIC =
  'I would start from the governing rule and its source, apply it to the facts step by step, note the main exception, and flag what remains uncertain for the reviewer with my reasons.';
const GENERIC_FOLLOW_UP =
  'For example, in 2019 I advised a client on exactly this point: I checked the statute and the leading case, explained the risk in writing, and recommended a clause that removed the ambiguity.';

/** An admin creates the expert account with the platform tooling (password from the environment). */
function createExpert(dataDir: string, email: string, password: string): void {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'server/src/cli/main.ts'),
      'create-account',
      '--as',
      'admin@demo.glossator.test',
      '--email',
      email,
      '--name',
      'Nora Newcomer',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        GLOSSATOR_DATA_DIR: join(dataDir, 'platform'),
        DATABASE_URL: '',
        GLOSSATOR_ACCOUNT_PASSWORD: password,
      },
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
}

async function signOutIfSignedIn(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const section = page.getByTestId('account-section');
  await expect(section).toHaveAttribute('data-state', /signedIn|signedOut/);
  if ((await section.getAttribute('data-state')) === 'signedIn') {
    await section.getByRole('button', { name: 'Sign out' }).click();
    await expect(section).toHaveAttribute('data-state', 'signedOut');
  }
}

function answerFor(prompt: ShownPrompt, first: boolean): string {
  const fixture = LAW_TRANSCRIPT.answers[prompt.questionId];
  const text =
    prompt.kind === 'follow-up'
      ? (fixture?.followUp ?? GENERIC_FOLLOW_UP)
      : (fixture?.answer ?? GENERIC);
  return first ? `${text} I am fluent in French and draft in both languages.` : text;
}

/**
 * A browser on a second app (its own web host) on the same platform, for a staff member. Each
 * person gets a fresh browser context: the platform's sign-in session lives in its cookies.
 */
async function staffBrowser(browser: Browser, host: RunningWebHost, problems: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(host.appUrl);
  return { context, page };
}

test.describe('becoming an AI trainer', () => {
  test('profile with a licence, interview, results, matching, accept, and a notification', async ({
    shell,
    page,
    webHost,
    browser,
  }, testInfo) => {
    test.setTimeout(300_000);
    const email = `nora-${Date.now()}@test.example`;
    const password = 'nora-password-123';
    createExpert(webHost.dataDir, email, password);
    await signOutIfSignedIn(page);
    await signInFromSettings(page, { email, password });
    await expect.poll(() => webHost.platformUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    let staff: Awaited<ReturnType<typeof staffBrowser>> | undefined;
    let host: RunningWebHost | undefined;
    const staffProblems: string[] = [];
    try {
      // ---- profile with a licence (education confirmed from a résumé) ----
      await shell.goTo('Profile');
      const profile = new ProfilePage(page);
      await profile.importResume('EDUCATION\nJD in Law, Fordham University School of Law, 2012');
      await profile.form.getByRole('button', { name: 'Add to the form' }).first().click();
      await profile.form.getByRole('checkbox', { name: 'Law' }).check();
      await profile.form.getByRole('checkbox', { name: 'contract law' }).check();
      await profile.form.getByRole('button', { name: 'Add a licence or certification' }).click();
      const licence = profile.lastRecord('Licences and certifications');
      await licence.getByLabel('Issuing body').fill('New York State Unified Court System');
      await licence.getByLabel('Jurisdiction (e.g. US-NY)').fill('US-NY');
      await licence.getByLabel('Number').fill('4512345');
      await profile.form.getByRole('button', { name: 'Add a position' }).click();
      const position = profile.lastRecord('Work history');
      await position.getByLabel('Position').fill('Senior associate, commercial contracts');
      await position.getByLabel('Organisation').fill('Hale & Dorr LLP');
      await position.getByLabel('Domain').selectOption('law');
      await position.getByLabel('From (month)').fill('2013-01');
      await profile.form.getByRole('button', { name: 'Add a language' }).click();
      await profile.form.getByLabel('Language (BCP 47)').fill('en');
      await profile.form.getByLabel('Level').selectOption('native');
      await profile.form.getByLabel('Hours per week').fill('20');
      await profile.form.getByLabel('Hourly rate expected').fill('60');
      await profile.save();
      await expect(profile.credentialStatus()).toHaveAttribute('data-status', 'pending');
      await expect(profile.credentialStatus()).toContainText('Pending review');

      // ---- a reviewer verifies the licence ----
      host = await startWebHostProcess({ GLOSSATOR_PLATFORM_URL: webHost.platformUrl });
      staff = await staffBrowser(browser, host, staffProblems);
      await signInFromSettings(staff.page, REVIEWER);
      await staff.page.getByRole('navigation').getByRole('button', { name: 'Profile' }).click();
      const item = staff.page.getByRole('listitem', { name: /Nora Newcomer: Bar admission/ });
      await expect(item).toContainText('4512345');
      await item.getByRole('button', { name: 'Verify' }).click();
      await expect(item).toHaveCount(0);
      await shell.goTo('Documents');
      await shell.goTo('Profile');
      await expect(profile.credentialStatus()).toHaveAttribute('data-status', 'verified');

      // ---- the interview, built-in engine ----
      await shell.goTo('Interview');
      await expect(page.getByText('we record when you paste')).toBeVisible();
      const interview = new InterviewPage(page);
      await interview.start();
      await expect(page.getByTestId('interview-progress')).toHaveText(
        /Question 1 of (8|9|10|11|12)/,
      );
      let first = true;
      for (let step = 0; step < 30; step++) {
        const prompt = await interview.current();
        if ((await interview.answer(prompt, answerFor(prompt, first))) === 'done') break;
        first = false;
      }
      await expect(interview.results).toBeVisible();
      const scores = page.getByTestId('competency-score');
      await expect(scores.first()).toBeVisible();
      const contract = page.locator('[data-competency="contract-drafting"]');
      await expect(contract).toContainText(/[234]\/4/);
      await expect(contract.getByTestId('evidence').first()).not.toBeEmpty();
      await expect(page.getByText(/Scored by the builtin engine/)).toBeVisible();

      // The transcript and results, as the expert saw them, for the issue note.
      const transcript = await page.locator('.transcript-turn').evaluateAll((turns) =>
        turns.map((t) => ({
          question: t.querySelector<HTMLElement>('.question')!.innerText.trim(),
          answer: (t.querySelector<HTMLElement>('.answer')?.innerText ?? '').trim(),
        })),
      );
      const scoreLines = await scores.evaluateAll((rows) =>
        rows.map((r) => ({
          heading: (r.querySelector('h3') as HTMLElement).innerText.trim(),
          evidence: [...r.querySelectorAll('blockquote')].map((b) => (b as HTMLElement).innerText),
        })),
      );
      const out = join(root, 'test-results');
      mkdirSync(out, { recursive: true });
      const markdown = [
        '# Interview transcript (e2e run, built-in engine)',
        '',
        ...transcript.flatMap((t) => [
          `**${t.question}**`,
          '',
          `> ${t.answer.replace(/\n/g, '\n> ')}`,
          '',
        ]),
        '## Scores',
        '',
        ...scoreLines.flatMap((s) => [`- ${s.heading}`, ...s.evidence.map((e) => `  - “${e}”`)]),
      ].join('\n');
      writeFileSync(join(out, 'vetting-transcript.md'), markdown);
      await testInfo.attach('transcript', { body: markdown, contentType: 'text/markdown' });

      // ---- one click on a suggested profile update ----
      const french = page.locator('[data-suggestion-id="language:fr"]');
      await french.getByRole('button', { name: 'Add to my profile' }).click();
      await expect(french.getByTestId('suggestion-added')).toBeVisible();

      // ---- projects for you: reasons, accept, the task appears ----
      await shell.goTo('Projects');
      const cuad = page.getByRole('article', { name: 'CUAD contract clause review' });
      await expect(cuad.getByTestId('match-reasons')).toContainText('verified NY bar licence');
      await expect(cuad.getByTestId('match-reasons')).toContainText(
        /interview: contract drafting [34]\/4/,
      );
      await expect(cuad.getByTestId('project-pay')).toContainText('$60.00 per task');
      await cuad.getByRole('button', { name: 'Accept' }).click();
      await expect(cuad).toHaveAttribute('data-state', 'accepted');
      await expect(cuad.getByTestId('my-tasks')).toContainText(
        'Label Quaker_Chemical_Corporation_-_NON_COMPETITION_AND_NON_SOLICITATION_AGREEMENT.pdf — accepted',
      );
      await expect(page.getByRole('article', { name: /Clinical notes/ })).toContainText(
        'needs medicine expertise',
      );

      // ---- a requester opens a new project; the expert (elsewhere in the app) is notified ----
      await shell.goTo('Profile');
      await signOutIfSignedIn(staff.page);
      await staff.context.close();
      staff = await staffBrowser(browser, host, staffProblems);
      await signInFromSettings(staff.page, REQUESTER);
      await staff.page.getByRole('navigation').getByRole('button', { name: 'Projects' }).click();
      const draft = staff.page.getByRole('article', {
        name: 'Restrictive covenants in employment agreements',
      });
      await draft.getByRole('button', { name: 'Open to experts' }).click();
      await expect(draft.getByTestId('project-status')).toHaveText('Open');
      await draft.getByRole('button', { name: 'Ranked candidates' }).click();
      await expect(
        draft.getByTestId('candidate').filter({ hasText: 'Nora Newcomer' }),
      ).toBeVisible();

      const toast = page.getByTestId('notification-toast');
      await expect(toast).toContainText(
        'New matching project: Restrictive covenants in employment agreements',
      );
      await expect(toast).toContainText('verified NY bar licence');
      await expect(page.getByTestId('projects-badge')).toBeVisible();
      await toast.getByRole('button', { name: 'View projects' }).click();
      await expect(
        page.getByRole('article', { name: 'Restrictive covenants in employment agreements' }),
      ).toBeVisible();
      await expect(page.getByTestId('projects-badge')).toHaveCount(0);
      expect(staffProblems, 'console errors in the staff app').toEqual([]);
    } finally {
      await staff?.context.close();
      await host?.stop();
      await signOutIfSignedIn(page);
    }
  });
});
