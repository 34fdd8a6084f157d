import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { PdfPanePage } from './pages/PdfPanePage';
import { storedAnnotations } from './pages/pdfDb';

const BOOK = 'freeculture.pdf';
const SONOS = 'Sonos_Inc._-_Manufacturing_Agreement.pdf';

function domStats(pdf: PdfPanePage) {
  return pdf.page.evaluate(() => ({
    canvases: document.querySelectorAll('.pdfv-canvas').length,
    pages: document.querySelectorAll('[data-testid="pdf-page"]').length,
    textSpans: document.querySelectorAll('.textLayer span').length,
    nodes: document.getElementsByTagName('*').length,
  }));
}

test.describe('PDF pane: viewer', () => {
  test.setTimeout(120_000);

  test('a 352-page book stays virtualised: few pages and canvases in the DOM wherever one goes', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`pdf_robustness/pdfs/${BOOK}`), BOOK);
    await pdf.expectReady();
    await pdf.expectRendered(0);
    await expect(pdf.toolbar).toContainText('of 352');
    const start = await domStats(pdf);

    // Scroll through 40 pages a screen at a time, as a reader would.
    for (let i = 0; i < 60; i++) {
      await pdf.scroller.evaluate((el) => (el.scrollTop += el.clientHeight * 0.9));
      await page.waitForTimeout(30);
    }
    const scrolled = await domStats(pdf);
    expect(scrolled.canvases).toBeLessThanOrEqual(10);
    expect(scrolled.pages).toBeLessThanOrEqual(6);
    expect(scrolled.nodes).toBeLessThan(start.nodes * 1.5 + 500);

    await pdf.goToPage(300);
    await pdf.expectRendered(299);
    await expect(pdf.pageInput).toHaveValue('300');
    const far = await domStats(pdf);
    expect(far.canvases).toBeLessThanOrEqual(10);
    expect(far.pages).toBeLessThanOrEqual(6);

    // Zoomed far out many pages are mounted, yet no more than ten get a canvas.
    await pdf.setZoom('25');
    await page.waitForTimeout(500);
    const small = await domStats(pdf);
    expect(small.pages).toBeGreaterThan(4);
    expect(small.canvases).toBeLessThanOrEqual(10);
  });

  test('the outline jumps to its chapters, find highlights every match and steps through them', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`pdf_robustness/pdfs/${BOOK}`), BOOK);
    await pdf.expectReady();
    await pdf.toolbar.getByRole('button', { name: 'Outline' }).click();
    const outline = page.getByTestId('pdf-outline');
    await expect(outline.getByRole('button').first()).toBeVisible();
    const entries = outline.getByRole('button');
    await entries.nth(Math.min(5, (await entries.count()) - 1)).click();
    await expect(pdf.pageInput).not.toHaveValue('1');

    await pdf.scroller.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('pdf-find-input');
    await expect(find).toBeFocused();
    await find.fill('Lessig');
    const status = page.getByTestId('pdf-find-status');
    await expect(status).toHaveText(/^1 of \d+$/);
    const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(2);
    await expect(page.getByTestId('pdf-find-match').first()).toBeVisible();
    await expect(page.locator('.pdfv-find.current')).toBeInViewport();
    await find.press('Enter');
    await expect(status).toHaveText(`2 of ${total}`);
    await expect(page.locator('.pdfv-find.current')).toBeInViewport();
    await find.press('Shift+Enter');
    await expect(status).toHaveText(`1 of ${total}`);
  });

  test('zoom and rotation move the page and its highlights together', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`legal/cuad/pdf/${SONOS}`), SONOS);
    await pdf.expectReady();
    await pdf.setZoom('100');
    await pdf.goToPage(3);
    await pdf.expectRendered(2);
    const line = pdf.textLayer(2).locator('span', { hasText: /^1\.4\. “BOM” means/ });
    await pdf.selectText(line, line);
    await page.keyboard.press('4');
    await expect(pdf.sidebarItems).toHaveCount(1);
    const [stored] = await storedAnnotations(page);
    const flat = (await pdf.markBoxes(stored!.id))[0]!;
    expect(flat.w).toBeGreaterThan(flat.h);

    await pdf.toolbar.getByRole('button', { name: 'Rotate clockwise' }).click();
    await pdf.expectRendered(2);
    const turned = (await pdf.markBoxes(stored!.id))[0]!;
    // A quarter turn: the line now runs down the page, at the same size.
    expect(turned.h).toBeCloseTo(flat.w, 0);
    expect(turned.w).toBeCloseTo(flat.h, 0);
    const pageBox = (await pdf.pageAt(2).boundingBox())!;
    expect(pageBox.width).toBeGreaterThan(pageBox.height);

    await pdf.toolbar.getByRole('button', { name: 'Zoom in' }).click();
    await pdf.expectRendered(2);
    const zoomed = (await pdf.markBoxes(stored!.id))[0]!;
    expect(zoomed.h).toBeGreaterThan(turned.h);
  });
});
