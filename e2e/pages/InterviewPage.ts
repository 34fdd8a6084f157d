import { expect, type Locator, type Page } from '@playwright/test';

export interface ShownPrompt {
  readonly turnId: string;
  readonly questionId: string;
  readonly kind: string;
  readonly text: string;
}

/** The Interview view: the chat, one prompt at a time, then the results page. */
export class InterviewPage {
  readonly prompt: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.prompt = page.getByTestId('current-prompt');
    this.results = page.getByTestId('interview-results');
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start the interview' }).click();
    await expect(this.prompt).toBeVisible();
  }

  async current(): Promise<ShownPrompt> {
    return {
      turnId: (await this.prompt.getAttribute('data-turn-id')) ?? '',
      questionId: (await this.prompt.getAttribute('data-question-id')) ?? '',
      kind: (await this.prompt.getAttribute('data-kind')) ?? '',
      text: (await this.prompt.locator('.markdown').innerText()).trim(),
    };
  }

  /** Answers the prompt shown; resolves when the next prompt or the results appear. */
  async answer(prompt: ShownPrompt, text: string): Promise<'next' | 'done'> {
    await this.page.getByLabel('Your answer').fill(text);
    await this.page.getByRole('button', { name: 'Send answer' }).click();
    await expect(async () => {
      const alert = this.page.getByRole('main').getByRole('alert');
      if (await alert.isVisible())
        throw new Error(`the interview says: ${await alert.innerText()}`);
      const moved =
        (await this.results.isVisible()) ||
        ((await this.prompt.isVisible()) &&
          (await this.prompt.getAttribute('data-turn-id')) !== prompt.turnId);
      expect(moved).toBe(true);
    }).toPass({ timeout: 30_000 });
    return (await this.results.isVisible()) ? 'done' : 'next';
  }
}
