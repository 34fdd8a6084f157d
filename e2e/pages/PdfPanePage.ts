import { expect, type Locator, type Page } from '@playwright/test';
import type { DocumentsPage } from './DocumentsPage';

/** The PDF labelling pane: pages, toolbar, palette, find, password and error states. */
export class PdfPanePage {
  readonly pane: Locator;
  readonly scroller: Locator;
  readonly pages: Locator;
  readonly palette: Locator;
  readonly pageInput: Locator;
  readonly zoom: Locator;
  readonly sidebarItems: Locator;
  readonly password: Locator;
  readonly error: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('pdf-pane');
    this.scroller = page.getByTestId('pdf-scroller');
    this.pages = page.getByTestId('pdf-page');
    this.palette = page.getByTestId('pdf-label-palette');
    this.pageInput = page.getByTestId('pdf-page-input');
    this.zoom = page.getByTestId('pdf-zoom');
    this.sidebarItems = page.getByTestId('annotation-item');
    this.password = page.getByTestId('pdf-password');
    this.error = page.getByTestId('pdf-error');
    this.toolbar = page.getByRole('toolbar', { name: 'PDF tools' });
  }

  /** Opens an imported document from the documents view. */
  async open(documents: DocumentsPage, name: string): Promise<void> {
    await documents.row(name).getByRole('button', { name, exact: true }).click();
    await expect(this.pane).toBeVisible();
  }

  /** Imports a file through the documents view and opens it. */
  async importAndOpen(documents: DocumentsPage, file: string, name: string): Promise<void> {
    await documents.importFile(file);
    await this.open(documents, name);
  }

  async expectReady(): Promise<void> {
    await expect(this.pane).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  }

  pageAt(index: number): Locator {
    return this.page.locator(`[data-testid="pdf-page"][data-page-index="${index}"]`);
  }

  async expectRendered(index: number): Promise<void> {
    await expect(this.pageAt(index)).toHaveAttribute('data-canvas', 'rendered', {
      timeout: 30_000,
    });
  }

  textLayer(index: number): Locator {
    return this.pageAt(index).locator('.textLayer');
  }

  marks(annotationId?: string): Locator {
    return this.page.locator(
      annotationId ? `.pdfv-mark[data-annotation-id="${annotationId}"]` : '.pdfv-mark',
    );
  }

  async goToPage(n: number): Promise<void> {
    await this.pageInput.fill(String(n));
    await this.pageInput.press('Enter');
  }

  async setZoom(value: string): Promise<void> {
    await this.zoom.selectOption(value);
  }

  /** Drags the mouse from one point to another (selection, or a box with the box tool). */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await this.page.mouse.move(to.x, to.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Selects by mouse from the start of one text-layer element to the end of another. */
  async selectText(from: Locator, to: Locator): Promise<string> {
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('text to select is not on screen');
    await this.drag(
      { x: a.x + 1, y: a.y + a.height / 2 },
      { x: b.x + b.width - 1, y: b.y + b.height / 2 },
    );
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** Where a piece of a text-layer element's text is on screen (to select part of a line). */
  async textBox(
    element: Locator,
    text: string,
  ): Promise<{ x: number; y: number; width: number; height: number }> {
    return element.evaluate((el, wanted) => {
      const node = el.firstChild!;
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in "${node.textContent}"`);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, text);
  }

  /** The bounding boxes (page-relative, CSS px) of an annotation's highlights. */
  async markBoxes(annotationId: string): Promise<{ x: number; y: number; w: number; h: number }[]> {
    return this.page.evaluate((id) => {
      return [
        ...document.querySelectorAll<HTMLElement>(`.pdfv-mark[data-annotation-id="${id}"]`),
      ].map((el) => {
        const page = el.closest('.pdfv-page')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return { x: box.left - page.left, y: box.top - page.top, w: box.width, h: box.height };
      });
    }, annotationId);
  }
}
