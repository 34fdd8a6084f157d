/**
 * Reviewing AI answers like an expert (issue 10), through the web host against the embedded
 * platform: the seeded finance answer review on the Medicis 10-K. The expert ranks three answers
 * (drag and keys), scores the rubric, marks an error in answer B citing the 10-K, writes a
 * rewrite, submits and reloads: everything is still there. The preference pairs and the W3C
 * export carry the ranking, the citation and the rewrite; the pair is written to test-results.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  FINANCE_EVIDENCE,
  FINANCE_PROMPT,
  FINANCE_WRONG_PASSAGE,
} from '../shared/compare/financeDemo';
import { expect, test } from './fixtures';
import { ComparePage } from './pages/ComparePage';
import { TextPanePage } from './pages/TextPanePage';
import { QueuePage, ReviewPage, signInAs, signOut, TaskWorkspace } from './pages/WorkPages';
import { WorkspacePage } from './pages/WorkspacePage';

const PROJECT = 'Answer review: 10-K analyst questions';
const COMMENT = 'These are fiscal 1998 figures; fiscal 1999 names McKesson and Cardinal only';
const REWRITE_LINES = [
  'Prescription pharmaceuticals were **77.0%** of net revenues in fiscal 1999.',
  'Customers above 10%: McKesson (18.0%) and Cardinal (14.1%).',
];
const REWRITE = REWRITE_LINES.join('\n');

interface Pair {
  input: { messages: { role: string; content: string }[] };
  preferred_output: { role: string; content: string }[];
  non_preferred_output: { role: string; content: string }[];
}

test.describe('answer review', () => {
  test('rank, score, mark an error citing the 10-K, rewrite, submit, reload, export', async ({
    shell,
    page,
  }, testInfo) => {
    void shell;
    test.setTimeout(240_000);
    const queue = new QueuePage(page);
    const task = new TaskWorkspace(page);
    const compare = new ComparePage(page);
    const text = new TextPanePage(page);

    await signInAs(page, 'expert');
    await page.getByRole('navigation').getByRole('button', { name: 'Work queue' }).click();
    await queue.item(PROJECT).getByRole('button', { name: 'Accept and start' }).click();
    await expect(compare.root).toBeVisible({ timeout: 30_000 });
    await expect(compare.root.getByRole('region', { name: 'Prompt' })).toContainText(
      FINANCE_PROMPT,
    );
    await expect(page.getByTestId('answer-column')).toHaveCount(3);
    await expect(compare.problems).toContainText('Still to do');

    // Rank: drag C to the top, then Alt+↓ moves it below A: A, C, B.
    await compare.drag('C', 'A');
    await expect.poll(() => compare.ranking()).toEqual(['Answer C', 'Answer A', 'Answer B']);
    await compare.rankingItem('C').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => compare.ranking()).toEqual(['Answer A', 'Answer C', 'Answer B']);

    // Rubric: accuracy, completeness, safety, citation of sources.
    await compare.score('A', [5, 5, 5, 4]);
    await compare.score('B', [1, 4, 1, 1]);
    await compare.score('C', [4, 2, 5, 2]);

    // Evidence: select the fiscal 1999 sentence in the 10-K and label it (key 1).
    await expect(text.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
    await text.focusEditor();
    await text.findAndSelect(FINANCE_EVIDENCE);
    await text.labelWithKey('1');
    await expect(page.getByTestId('cited-by')).toContainText(FINANCE_EVIDENCE.slice(0, 40));

    // The error in answer B: select the passage, choose the type, E.
    const b = compare.answer('B');
    await b.getByLabel('Error type').first().selectOption({ label: 'Wrong period' });
    await compare.selectInAnswer('B', FINANCE_WRONG_PASSAGE);
    await page.keyboard.press('e');
    const mark = b.getByTestId('error-mark');
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveAttribute('data-type', 'wrong-period');
    await expect(b.locator('mark.error-mark')).toHaveText(FINANCE_WRONG_PASSAGE);
    const comment = mark.getByTestId('comment-input');
    await comment.fill(COMMENT);
    await comment.press('Alt+c');
    await expect(comment).toHaveValue(`${COMMENT} [1]`);
    await comment.blur();
    const citation = mark.getByTestId('citation');
    await expect(citation).toContainText('During fiscal 1999, McKesson and Cardinal');

    // Both ways: the citation selects the span; the span lists the comment citing it.
    await page.getByRole('radio', { name: '5' }).first().focus();
    await citation.click();
    const citedBy = page.getByTestId('cited-by');
    await expect(citedBy.getByRole('button', { name: 'Answer B: error mark' })).toBeVisible();
    await citedBy.getByRole('button', { name: 'Answer B: error mark' }).click();
    await expect(comment).toBeFocused();

    // The rewrite, in Monaco, with its sanitised preview.
    await page.keyboard.press('Alt+r');
    await compare.rewriteEditor.click();
    for (const [i, line] of REWRITE_LINES.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await expect(compare.rewritePreview.locator('strong')).toHaveText('77.0%');
    await compare.root.getByRole('heading', { name: 'Prompt' }).click();

    // Diff: answer B against the rewrite.
    await page.keyboard.press('Alt+d');
    const diff = page.getByTestId('diff-view');
    await diff.getByLabel('From').selectOption({ label: 'Answer B' });
    await diff.getByLabel('To').selectOption({ label: 'Your answer' });
    await expect(diff.locator('ins').first()).toBeVisible();
    await expect(diff.getByTestId('diff-stats')).toContainText('characters removed');
    await page.keyboard.press('Alt+d');
    await expect(compare.problems).toHaveAttribute('data-count', '0');

    await task.submit();
    await expect(task.bar.getByTestId('task-status')).toHaveText('Submitted');

    // Reload: the ranking, scores, mark, citation and rewrite are all still there.
    await page.reload();
    await expect(compare.root).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => compare.ranking()).toEqual(['Answer A', 'Answer C', 'Answer B']);
    const rowB = compare.answer('B').getByTestId('rubric-row').first();
    await expect(rowB.getByRole('radio', { name: '1' })).toHaveAttribute('aria-checked', 'true');
    await expect(compare.answer('B').getByTestId('error-mark')).toHaveCount(1);
    await expect(compare.answer('B').getByTestId('citation')).toContainText('During fiscal 1999');
    await expect(compare.rewritePreview.locator('strong')).toHaveText('77.0%');
    await expect(compare.problems).toHaveAttribute('data-count', '0');
    await expect(task.bar.getByTestId('task-status')).toHaveText('Submitted');

    // Exports: the preference pairs and W3C carry the ranking, the citation and the rewrite.
    const workspace = new WorkspacePage(page);
    const [prefFile] = await workspace.export('Preference pairs (DPO)');
    await workspace.exportDialog.getByRole('button', { name: 'Close' }).click();
    const pairs = prefFile!.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Pair);
    const out = testInfo.outputPath('preference-pairs.jsonl');
    await mkdir(testInfo.outputDir, { recursive: true });
    await writeFile(out, prefFile!.text);
    await mkdir('test-results', { recursive: true });
    await writeFile(join('test-results', 'compare-preference-pairs.jsonl'), prefFile!.text);
    await testInfo.attach('preference-pairs.jsonl', {
      body: prefFile!.text,
      contentType: 'application/jsonl',
    });
    console.log(`exported preference pairs (${pairs.length}):\n${prefFile!.text}`);
    expect(pairs.every((p) => p.input.messages.at(-1)?.content === FINANCE_PROMPT)).toBe(true);
    const preferred = pairs.map((p) => p.preferred_output[0]?.content);
    const rejected = pairs.map((p) => p.non_preferred_output[0]?.content);
    expect(preferred.slice(0, 3)).toEqual([REWRITE, REWRITE, REWRITE]);
    expect(pairs).toHaveLength(6);
    // After the rewrite: A > C, A > B, C > B (the ranking).
    expect(preferred.slice(3).map((t) => t?.slice(0, 20))).toEqual([
      'Prescription pharmac',
      'Prescription pharmac',
      'Prescription product',
    ]);
    expect(rejected.slice(3).map((t) => t?.slice(0, 20))).toEqual([
      'Prescription product',
      'About **77%** of net',
      'About **77%** of net',
    ]);

    const [w3cFile] = await workspace.export('W3C Web Annotation (JSON-LD)');
    const w3c = JSON.parse(w3cFile!.text) as { first?: { items: Record<string, unknown>[] } };
    const items = w3c.first?.items ?? [];
    const review = items.find((a) => a.motivation === 'assessing')!;
    const bodies = review.body as Record<string, unknown>[];
    const ranking = bodies.find((b) => b['glossator:ranking']);
    expect(
      (ranking!['glossator:ranking'] as { answers: { id: string; rank: number }[] }).answers.map(
        (a) => `${a.rank}:${a.id}`,
      ),
    ).toEqual(['1:a', '2:c', '3:b']);
    expect(bodies.find((b) => b.purpose === 'editing')).toMatchObject({
      value: REWRITE,
      format: 'text/markdown',
    });
    const evidence = items.find((a) => JSON.stringify(a.target).includes(FINANCE_EVIDENCE))!;
    expect(bodies.find((b) => b['glossator:citation'])).toMatchObject({
      purpose: 'linking',
      source: evidence.id,
    });
    const assessment = bodies.find((b) => b['glossator:review']) as {
      'glossator:review': { errors: { quote: string; errorType: string; comment: string }[] };
    };
    expect(assessment['glossator:review'].errors).toEqual([
      expect.objectContaining({
        quote: FINANCE_WRONG_PASSAGE,
        errorType: 'wrong-period',
        comment: expect.stringContaining(
          `[[cite:${String(evidence.id).replace('urn:uuid:', '')}]]`,
        ),
      }),
    ]);

    // The reviewer reads the review as the expert left it: ranking, scores with their anchors,
    // the error mark with the cited 10-K passage, and the rewrite.
    await page.reload();
    await signInAs(page, 'reviewer');
    const reviewer = new ReviewPage(page);
    await reviewer.open();
    await reviewer.chooseProject(PROJECT);
    await reviewer.queueItems.first().getByRole('button', { name: 'Review' }).click();
    const summary = page.getByTestId('answer-review-summary');
    await expect(summary.locator('.review-ranking li strong')).toHaveText([
      'Answer A',
      'Answer C',
      'Answer B',
    ]);
    await expect(summary.locator('.review-scores')).toContainText('Answer B');
    await expect(summary.locator('.review-scores')).toContainText('A central figure is wrong');
    const reviewedMark = summary.locator('.review-errors li');
    await expect(reviewedMark).toContainText(`Answer B · Wrong period: ${FINANCE_WRONG_PASSAGE}`);
    await expect(reviewedMark.locator('.review-citation')).toHaveText(FINANCE_EVIDENCE);
    await expect(summary.locator('.review-rewrite strong')).toHaveText('77.0%');

    // Leave the worker's web host signed out: the next spec starts local-only.
    await signOut(page);
  });
});
