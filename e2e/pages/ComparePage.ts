import { expect, type Locator, type Page } from '@playwright/test';

/** The answer-review workspace (renderer/src/features/compare), driven as an expert would. */
export class ComparePage {
  readonly root: Locator;
  readonly rankingItems: Locator;
  readonly problems: Locator;
  readonly rewriteEditor: Locator;
  readonly rewritePreview: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('compare-workspace');
    this.rankingItems = page.getByTestId('ranking-item');
    this.problems = page.getByTestId('review-problems');
    this.rewriteEditor = page.getByTestId('rewrite-editor');
    this.rewritePreview = page.getByTestId('rewrite-preview');
  }

  answer(letter: string): Locator {
    return this.page.getByRole('article', { name: `Answer ${letter}`, exact: true });
  }

  rankingItem(letter: string): Locator {
    return this.rankingItems.filter({ hasText: `Answer ${letter}` });
  }

  /** Drags one ranking row onto another with the mouse (HTML5 drag and drop in Chromium). */
  async drag(from: string, to: string): Promise<void> {
    const source = this.rankingItem(from);
    const target = this.rankingItem(to);
    await source.scrollIntoViewIfNeeded();
    await source.hover();
    await this.page.mouse.down();
    const box = await target.boundingBox();
    if (!box) throw new Error(`ranking row ${to} is not visible`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await this.page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2, { steps: 2 });
    await this.page.mouse.up();
  }

  async ranking(): Promise<string[]> {
    return (await this.rankingItems.allTextContents()).map((t) => t.replace(/^\d+⠿/, '').trim());
  }

  /** Scores one answer on each criterion, in rubric order: the first by click, the rest by key. */
  async score(letter: string, scores: readonly number[]): Promise<void> {
    const rows = this.answer(letter).getByTestId('rubric-row');
    await expect(rows).toHaveCount(scores.length);
    for (const [i, score] of scores.entries()) {
      const row = rows.nth(i);
      if (i === 0) await row.getByRole('radio', { name: String(score) }).click();
      else {
        await row.getByRole('radio').first().focus();
        await this.page.keyboard.press(String(score));
      }
      await expect(row.getByRole('radio', { name: String(score) })).toHaveAttribute(
        'aria-checked',
        'true',
      );
    }
  }

  /** Selects `passage` inside an answer's text, as a mouse selection would. */
  async selectInAnswer(letter: string, passage: string): Promise<void> {
    const text = this.answer(letter).getByTestId('answer-text');
    await text.evaluate((pre, wanted) => {
      const whole = pre.textContent ?? '';
      const start = whole.indexOf(wanted);
      if (start < 0) throw new Error(`"${wanted}" is not in the answer`);
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        const end = start + wanted.length;
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      (pre as HTMLElement).focus();
    }, passage);
  }
}
