import { readFileSync } from 'node:fs';
import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/WorkspacePage';

const CASE = 'S0004-06142007000100015-1';

function bratEntityCount(ann: string): number {
  return ann.split('\n').filter((line) => /^T\d+\t/.test(line)).length;
}

test.describe('open formats in the app', () => {
  test('imports MEDDOCAN BRAT annotations onto a clinical case and exports them as W3C', async ({
    documents,
    page,
  }) => {
    const annPath = corpusFile(`medical/meddocan/test_brat/${CASE}.ann`);
    const expected = bratEntityCount(readFileSync(annPath, 'utf8'));
    await documents.importFile(corpusFile(`medical/meddocan/test_brat/${CASE}.txt`));
    const workspace = new WorkspacePage(page);
    await workspace.open(`${CASE}.txt`);

    await workspace.importAnnotations('BRAT standoff (.txt + .ann)', annPath);
    await expect(workspace.importDialog.getByTestId('conversion-report')).toContainText(
      `${expected} annotation(s) ready to add`,
    );
    await workspace.importDialog
      .getByRole('button', { name: `Add ${expected} annotations` })
      .click();
    await expect(workspace.importDialog.getByRole('status')).toHaveText(
      `${expected} annotations added.`,
    );
    await workspace.importDialog.getByRole('button', { name: 'Close' }).click();
    await expect(workspace.annotationItems).toHaveCount(expected);

    const [file] = await workspace.export('W3C Web Annotation (JSON-LD)');
    const exported = JSON.parse(file!.text) as { items?: unknown[]; first?: { items: unknown[] } };
    const items = exported.items ?? exported.first?.items ?? [];
    expect(items).toHaveLength(expected);
    expect(file!.text).toContain('TextQuoteSelector');
    expect(file!.text).toContain('TextPositionSelector');

    await page.reload();
    await expect(workspace.annotationItems).toHaveCount(expected);
  });

  test('reports what an export leaves out, and why', async ({ documents, page }) => {
    await documents.importFile(corpusFile(`medical/meddocan/test_brat/${CASE}.txt`));
    const workspace = new WorkspacePage(page);
    await workspace.open(`${CASE}.txt`);
    const annPath = corpusFile(`medical/meddocan/test_brat/${CASE}.ann`);
    const expected = bratEntityCount(readFileSync(annPath, 'utf8'));
    await workspace.importAnnotations('BRAT standoff (.txt + .ann)', annPath);
    await workspace.importDialog.getByRole('button', { name: /^Add \d+ annotations$/ }).click();
    await workspace.importDialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    // Chat data needs a written rationale; these PHI spans have none, so each is listed, not dropped silently.
    await workspace.exportDialog
      .getByLabel('Format')
      .selectOption({ label: 'Chat JSONL (instruction tuning)' });
    const report = workspace.exportDialog.getByTestId('conversion-report');
    await expect(report).toContainText(`${expected} issues`);
    await expect(report.getByRole('listitem')).toHaveCount(expected);
    await expect(report.getByRole('listitem').first()).toContainText(/rationale/i);
  });
});
