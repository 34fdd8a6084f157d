import { corpusFile } from '../testing/corpusFile';
import { expect, test, type Page } from './fixtures';
import { PdfPanePage } from './pages/PdfPanePage';
import { squash, storedAnnotations } from './pages/pdfDb';

const ROBUST = 'pdf_robustness/pdfs';

async function labelledQuote(page: Page): Promise<{ exact: string; pages: number[] }> {
  const stored = await storedAnnotations(page);
  const target = stored.at(-1)?.target;
  if (target?.kind !== 'span') throw new Error('expected a span');
  return {
    exact: target.quote.exact,
    pages: target.pages?.filter((p) => p.rects.length > 0).map((p) => p.pageIndex) ?? [],
  };
}

/** Drags along a text-layer element from one side to the other (reading direction given). */
async function dragAlong(pdf: PdfPanePage, selector: string, direction: 'ltr' | 'rtl' | 'ttb') {
  const box = (await pdf.page.locator(selector).first().boundingBox())!;
  const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const [from, to] =
    direction === 'ttb'
      ? [
          { x: mid.x, y: box.y + 1 },
          { x: mid.x, y: box.y + box.height - 1 },
        ]
      : direction === 'rtl'
        ? [
            // Inset from the right edge: the space after the word (the next run) overlaps it.
            { x: box.x + box.width - 6, y: mid.y },
            { x: box.x + 1, y: mid.y },
          ]
        : [
            { x: box.x + 1, y: mid.y },
            { x: box.x + box.width - 1, y: mid.y },
          ];
  await pdf.drag(from, to);
  return pdf.page.evaluate(() => window.getSelection()?.toString() ?? '');
}

test.describe('PDF pane: CJK, vertical and right-to-left text', () => {
  test('vertical Japanese selects down the column and stores the characters in reading order', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`${ROBUST}/vertical.pdf`), 'vertical.pdf');
    await pdf.expectReady();
    await pdf.expectRendered(0);
    const span = pdf.textLayer(0).locator('span', { hasText: 'あいうえお' });
    const box = (await span.boundingBox())!;
    expect(box.height).toBeGreaterThan(box.width); // laid out as a column
    const selected = await dragAlong(
      pdf,
      '[data-page-index="0"] .textLayer span:has-text("あいうえお")',
      'ttb',
    );
    expect(selected).toBe('あいうえお');
    await page.keyboard.press('1');
    await expect(pdf.sidebarItems).toHaveCount(1);
    const quote = await labelledQuote(page);
    expect(quote.exact).toBe('あいうえお');
    expect(quote.pages).toEqual([0]);
    const [mark] = await pdf.markBoxes((await storedAnnotations(page))[0]!.id);
    expect(mark!.h).toBeGreaterThan(mark!.w); // the highlight is a column too
  });

  test('Simplified Chinese selects and stores exactly what is shown', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`${ROBUST}/issue19360.pdf`), 'issue19360.pdf');
    await pdf.expectReady();
    await pdf.expectRendered(0);
    const selected = await dragAlong(pdf, '[data-page-index="0"] .textLayer span', 'ltr');
    expect(squash(selected)).toBe('坚持社会主义核心价值体系 增强文化自觉和文化自信');
    await page.keyboard.press('2');
    await expect(pdf.sidebarItems).toHaveCount(1);
    expect((await labelledQuote(page)).exact).toBe(squash(selected));
  });

  test('Arabic selected right to left is stored in logical order', async ({ documents, page }) => {
    const pdf = new PdfPanePage(page);
    const name = 'ArabicCIDTrueType.pdf';
    await pdf.importAndOpen(documents, corpusFile(`${ROBUST}/${name}`), name);
    await pdf.expectReady();
    await pdf.expectRendered(0);
    const words = pdf.textLayer(0).locator('span[dir="rtl"]');
    await expect(words.first()).toBeAttached();
    // One word, dragged from its right edge (where Arabic starts) to its left.
    const first = (await words.first().textContent()) ?? '';
    const selected = await dragAlong(
      pdf,
      '[data-page-index="0"] .textLayer span[dir="rtl"]',
      'rtl',
    );
    expect(selected).toBe(first);
    await page.keyboard.press('3');
    await expect(pdf.sidebarItems).toHaveCount(1);
    const quote = await labelledQuote(page);
    expect(quote.exact).toBe(first);
    // The stored quote is the same code units as the text layer (logical order, nothing reversed).
    expect([...quote.exact].map((c) => c.codePointAt(0))).toEqual(
      [...first].map((c) => c.codePointAt(0)),
    );
  });
});
