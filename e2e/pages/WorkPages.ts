import { expect, type Locator, type Page } from '@playwright/test';
import { signInFromSettings } from './SignInFlow';

export const DEMO = {
  expert: { email: 'expert@demo.glossator.test', password: 'demo-expert-password' },
  reviewer: { email: 'reviewer@demo.glossator.test', password: 'demo-reviewer-password' },
} as const;

/**
 * Switches the signed-in platform account: signs out, forgets the platform's own login session
 * (its cookies; the web host's session cookie stays), and signs in as `who` on the real login page.
 */
export async function signInAs(page: Page, who: keyof typeof DEMO): Promise<void> {
  await signOut(page);
  const cookies = await page.context().cookies();
  for (const cookie of cookies)
    if (cookie.name !== 'glossator_webhost')
      await page.context().clearCookies({ name: cookie.name });
  await signInFromSettings(page, DEMO[who]);
}

/**
 * Signs the platform account out from Settings if it is signed in. The web host keeps the session
 * for its whole worker, so a test that signs in signs out before the next test starts.
 */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const account = page.getByTestId('account-section');
  if ((await account.getAttribute('data-state')) === 'signedIn') {
    await account.getByRole('button', { name: 'Sign out' }).click();
    await expect(account).toHaveAttribute('data-state', 'signedOut');
  }
}

export class QueuePage {
  readonly groups: Locator;
  constructor(readonly page: Page) {
    this.groups = page.getByTestId('queue-group');
  }
  group(project: string | RegExp): Locator {
    return this.groups.filter({ has: this.page.getByRole('heading', { name: project }) });
  }
  item(project: string | RegExp): Locator {
    return this.group(project).getByTestId('queue-item');
  }
}

export class TaskWorkspace {
  readonly bar: Locator;
  readonly items: Locator;
  constructor(readonly page: Page) {
    this.bar = page.getByTestId('task-bar');
    this.items = page.getByTestId('annotation-item');
  }

  async submit(): Promise<void> {
    await this.bar.getByRole('button', { name: /^(Submit|Resubmit)$/ }).click();
  }
}

export class ReviewPage {
  constructor(readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  }
  async chooseProject(name: string): Promise<void> {
    await this.page.getByLabel('Project', { exact: true }).selectOption({ label: name });
  }
  get queueItems(): Locator {
    return this.page.getByTestId('review-item');
  }
  decision(quote: string): Locator {
    return this.page.getByTestId('decision-row').filter({ hasText: quote });
  }
}
