import { corpusFile } from '../testing/corpusFile';
import { expect, test } from './fixtures';
import { PdfPanePage } from './pages/PdfPanePage';
import { putStoredAnnotations, squash, storedAnnotations } from './pages/pdfDb';

const SONOS = 'Sonos_Inc._-_Manufacturing_Agreement.pdf';

test.describe('PDF pane: labelling', () => {
  test('a CUAD clause selected by mouse and labelled by key is stored with its quote and comes back in the same place', async ({
    documents,
    shell,
    page,
  }, testInfo) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`legal/cuad/pdf/${SONOS}`), SONOS);
    await pdf.expectReady();
    await pdf.goToPage(3);
    await pdf.expectRendered(2);

    // Clause 1.1 runs over two lines of page 3.
    const layer = pdf.textLayer(2);
    const first = layer.locator('span', { hasText: /^1\.1\. “Affiliate” means/ });
    const last = layer.locator('span', { hasText: /^future \(control shall/ });
    const a = (await first.boundingBox())!;
    const b = (await last.boundingBox())!;
    await pdf.drag(
      { x: a.x + 1, y: a.y + a.height / 2 },
      { x: b.x + b.width - 1, y: b.y + b.height / 2 },
    );
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(squash(selected)).toMatch(
      /^1\.1\. “Affiliate” means any entity.*voting rights in the entity\)\.?$/,
    );
    await expect(pdf.palette).toBeVisible();

    await page.keyboard.press('3');
    await expect(pdf.sidebarItems).toHaveCount(1);
    await expect(pdf.sidebarItems.first()).toContainText('Obligation');
    await expect(pdf.sidebarItems.first()).toContainText('p. 3');
    const [stored] = await storedAnnotations(page);
    expect(stored?.target.kind).toBe('span');
    if (stored?.target.kind !== 'span') return;
    expect(stored.target.quote.exact).toBe(
      squash(selected).replace('in the future', 'in the\nfuture'),
    );
    expect(squash(stored.target.quote.exact)).toBe(squash(selected));
    expect(stored.target.pages?.map((p) => p.pageIndex)).toEqual([2]);
    expect(stored.target.pages?.[0]?.rects).toHaveLength(2);
    expect(stored.body.labels).toEqual(['obligation']);

    await pdf.expectRendered(2);
    const before = await pdf.markBoxes(stored.id);
    expect(before).toHaveLength(2);

    // A second label on words inside the clause: both stay visible, underlined at two depths.
    const from = await pdf.textBox(first, 'Sonos or IAC');
    await pdf.drag(
      { x: from.x + 1, y: from.y + from.height / 2 },
      { x: from.x + from.width - 1, y: from.y + from.height / 2 },
    );
    await page.keyboard.press('1');
    await expect(pdf.sidebarItems).toHaveCount(2);
    const party = (await storedAnnotations(page)).find((a) => a.id !== stored.id)!;
    expect(party.target.kind === 'span' && party.target.quote.exact).toBe('Sonos or IAC');
    const inner = (await pdf.markBoxes(party.id))[0]!;
    expect(inner.h).toBeGreaterThan(before[0]!.h);
    // The whole labelled page, tall enough to read: a taller window, page fitted to it.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await pdf.setZoom('fitPage');
    await pdf.expectRendered(2);
    await page.mouse.click(5, 5);
    await pdf.pageAt(2).screenshot({ path: testInfo.outputPath('labelled-page.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await pdf.setZoom('fitWidth');
    await testInfo.attach('labelled-page', {
      path: testInfo.outputPath('labelled-page.png'),
      contentType: 'image/png',
    });

    await shell.reload();
    await pdf.expectReady();
    await pdf.goToPage(3);
    await pdf.expectRendered(2);
    await expect(pdf.marks(stored.id)).toHaveCount(2);
    await expect(pdf.marks(party.id)).toHaveCount(1);
    const after = await pdf.markBoxes(stored.id);
    after.forEach((box, i) => {
      const was = before[i]!;
      expect(Math.abs(box.x - was.x)).toBeLessThan(0.6);
      expect(Math.abs(box.y - was.y)).toBeLessThan(0.6);
      expect(Math.abs(box.w - was.w)).toBeLessThan(0.6);
      expect(Math.abs(box.h - was.h)).toBeLessThan(0.6);
    });
  });

  test('a span across a page break keeps both parts, with rects on each page', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`legal/cuad/pdf/${SONOS}`), SONOS);
    await pdf.expectReady();
    await pdf.setZoom('50');
    await pdf.goToPage(3);
    await pdf.expectRendered(2);
    await pdf.expectRendered(3);
    // Put the page break mid-screen: a drag that ends near the edge would auto-scroll.
    await pdf.scroller.evaluate((el) => (el.scrollTop += 300));

    const from = pdf.textLayer(2).locator('span', { hasText: /^Product to not conform/ });
    const to = pdf.textLayer(3).locator('span', { hasText: /^the date that Component arrives/ });
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await pdf.drag(
      { x: a.x + 1, y: a.y + a.height / 2 },
      { x: b.x + b.width - 1, y: b.y + b.height / 2 },
    );
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    await page.keyboard.press('1');
    await expect(pdf.sidebarItems).toHaveCount(1);

    const [stored] = await storedAnnotations(page);
    if (stored?.target.kind !== 'span') throw new Error('expected a span');
    expect(stored.target.pages?.map((p) => p.pageIndex)).toEqual([2, 3]);
    expect(stored.target.quote.exact).toContain('\f');
    expect(stored.target.quote.exact).toMatch(/^Product to not conform/);
    expect(stored.target.quote.exact).toMatch(/arrives to IAC’s factory\.?$/);
    // The page footer ("Page 3 of 38") is part of the text between the two parts, as on screen;
    // the DOM selection has no page separator, so compare without whitespace.
    expect(stored.target.quote.exact.replace(/\s+/g, '')).toBe(selected.replace(/\s+/g, ''));
    await expect(pdf.pageAt(2).locator(`[data-annotation-id="${stored.id}"]`)).not.toHaveCount(0);
    await expect(pdf.pageAt(3).locator(`[data-annotation-id="${stored.id}"]`)).not.toHaveCount(0);
  });

  test('a clicked sidebar entry scrolls to its highlight, and edits undo and redo by keyboard', async ({
    documents,
    page,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`legal/cuad/pdf/${SONOS}`), SONOS);
    await pdf.expectReady();
    await pdf.goToPage(30);
    await pdf.expectRendered(29);
    const span = pdf.textLayer(29).locator('span').filter({ hasText: /\w{4}/ }).nth(3);
    await pdf.selectText(span, span);
    await page.keyboard.press('2');
    await expect(pdf.sidebarItems).toHaveCount(1);
    const [stored] = await storedAnnotations(page);

    await pdf.goToPage(1);
    await pdf.expectRendered(0);
    await expect(pdf.pageAt(29)).toHaveCount(0);
    await pdf.sidebarItems.first().getByRole('button').first().click();
    await expect(pdf.pageInput).toHaveValue('30');
    await expect(pdf.marks(stored!.id)).toBeInViewport();

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(pdf.sidebarItems).toHaveCount(0);
    await expect(pdf.marks(stored!.id)).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(pdf.sidebarItems).toHaveCount(1);
    await expect(pdf.marks(stored!.id)).toHaveCount(1);
    expect(await storedAnnotations(page)).toHaveLength(1);
  });
});

test.describe('PDF pane: regions', () => {
  test('a box drawn on the scanned court opinion is labelled by key, kept in user space, and undoable', async ({
    documents,
    page,
    shell,
  }) => {
    const name = 'scanned_opinion_image-only.pdf';
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`legal/court_pdfs/${name}`), name);
    await pdf.expectReady();
    await pdf.expectRendered(0);
    // No text on a scan: the page says so, and a drag draws a box without switching tools.
    await expect(pdf.pageAt(0)).toContainText('No text on this page');
    const box = (await pdf.pageAt(0).boundingBox())!;
    await pdf.drag(
      { x: box.x + box.width * 0.15, y: box.y + 120 },
      { x: box.x + box.width * 0.85, y: box.y + 260 },
    );
    await expect(page.getByTestId('pdf-pending-box')).toBeVisible();
    await expect(pdf.palette).toBeVisible();
    await page.keyboard.press('5');
    await expect(pdf.sidebarItems).toHaveCount(1);
    await expect(pdf.sidebarItems.first()).toContainText('Condition');
    await expect(pdf.sidebarItems.first()).toContainText('Region');

    const [stored] = await storedAnnotations(page);
    if (stored?.target.kind !== 'region') throw new Error('expected a region');
    expect(stored.target.page.pageIndex).toBe(0);
    const [rect] = stored.target.page.rects;
    // US Letter is 612 × 792 pt; the box is in the upper part of the page, in points.
    expect(rect!.x1).toBeGreaterThan(612 * 0.1);
    expect(rect!.x2).toBeLessThan(612 * 0.9);
    expect(rect!.y2).toBeGreaterThan(rect!.y1);
    expect(rect!.y1).toBeGreaterThan(792 / 2);
    const before = await pdf.markBoxes(stored.id);
    const fitted = await zoomPercent(pdf);

    // The same box at another zoom still covers the same part of the page.
    await pdf.setZoom('50');
    await pdf.expectRendered(0);
    const half = await pdf.markBoxes(stored.id);
    expect(half[0]!.w).toBeCloseTo(before[0]!.w * (50 / fitted), 0);
    expect(half[0]!.x).toBeCloseTo(before[0]!.x * (50 / fitted), 0);
    await pdf.setZoom('fitWidth');

    await shell.reload();
    await pdf.expectReady();
    await expect(pdf.marks(stored.id)).toHaveCount(1);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(pdf.sidebarItems).toHaveCount(1); // undo history does not survive a reload
    await pdf.sidebarItems.first().getByRole('button').first().click();
    await page.getByRole('button', { name: 'Delete annotation' }).click();
    await expect(pdf.marks(stored.id)).toHaveCount(0);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(pdf.marks(stored.id)).toHaveCount(1);
  });
});

async function zoomPercent(pdf: PdfPanePage): Promise<number> {
  return pdf.page.evaluate(() => {
    const page = document.querySelector<HTMLElement>('[data-testid="pdf-page"]')!;
    return (Number(getComputedStyle(page).getPropertyValue('--scale-factor')) * 100 * 72) / 96;
  });
}

test.describe('PDF pane: anchoring on load', () => {
  test('stale offsets are re-anchored by quote and lost quotes are listed as orphans, never dropped', async ({
    documents,
    page,
    shell,
  }) => {
    const pdf = new PdfPanePage(page);
    await pdf.importAndOpen(documents, corpusFile(`legal/cuad/pdf/${SONOS}`), SONOS);
    await pdf.expectReady();
    await pdf.goToPage(3);
    await pdf.expectRendered(2);
    const line = pdf.textLayer(2).locator('span', { hasText: /^1\.4\. “BOM” means/ });
    await pdf.selectText(line, line);
    await page.keyboard.press('4');
    await expect(pdf.sidebarItems).toHaveCount(1);
    const [good] = await storedAnnotations(page);
    if (good?.target.kind !== 'span') throw new Error('expected a span');

    // Another tool sends the same span with offsets from a different text extraction, and one
    // whose quote is not in this document at all.
    const moved = {
      ...good,
      id: '01890000-0000-7000-8000-000000000001',
      target: { ...good.target, position: { start: 5, end: 5 + good.target.quote.exact.length } },
    };
    const orphan = {
      ...good,
      id: '01890000-0000-7000-8000-000000000002',
      target: {
        kind: 'span',
        position: { start: 10, end: 40 },
        quote: { exact: 'This clause was never in this contract', prefix: '', suffix: '' },
        pages: [{ pageIndex: 4, rects: [{ x1: 72, y1: 500, x2: 300, y2: 512 }] }],
      },
    };
    await putStoredAnnotations(page, [moved, orphan]);
    await shell.reload();
    await pdf.expectReady();

    await expect(pdf.sidebarItems).toHaveCount(3);
    await expect(page.getByTestId('pdf-notices')).toContainText(
      '1 annotation no longer matched its stored position and was placed again by its quote.',
    );
    const orphans = page.getByTestId('pdf-orphans-button');
    await expect(orphans).toHaveText('1 unplaced');
    await orphans.click();
    const list = page.getByTestId('pdf-orphans');
    await expect(list).toContainText('“This clause was never in this contract”');
    await expect(list).toContainText('was on p. 5');
    await pdf.goToPage(3);
    await pdf.expectRendered(2);
    await expect(pdf.marks(moved.id)).toHaveCount(1);
    await expect(pdf.marks(orphan.id)).toHaveCount(0);
    // Nothing was rewritten or dropped by opening the document.
    expect((await storedAnnotations(page)).map((a) => a.id).sort()).toEqual(
      [good.id, moved.id, orphan.id].sort(),
    );
  });
});
