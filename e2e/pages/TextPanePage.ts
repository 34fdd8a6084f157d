import { expect, type Locator, type Page } from '@playwright/test';

/** The text labelling pane of an open text document, driven as an expert would. */
export class TextPanePage {
  readonly root: Locator;
  readonly editor: Locator;
  readonly palette: Locator;
  readonly inspector: Locator;
  readonly cards: Locator;
  readonly sidebarItems: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('text-pane');
    this.editor = page.getByTestId('text-editor');
    this.palette = page.getByRole('toolbar', { name: 'Labels' });
    this.inspector = page.getByRole('complementary', { name: 'Annotations at the selection' });
    this.cards = page.getByTestId('span-card');
    this.sidebarItems = page.getByTestId('annotation-item');
    this.status = page.getByTestId('text-status');
  }

  /** Opens a document from the documents list and waits for Monaco to show its text. */
  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await expect(this.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  }

  /** Monaco's focused input: the editor has keyboard focus when this is the active element. */
  get input(): Locator {
    return this.editor.locator('textarea.inputarea, .native-edit-context').first();
  }

  /**
   * Clicks into the text (top left of what is visible), which gives the editor focus; clicks
   * again if the focus did not arrive (a click landing while the pane re-renders can be lost).
   */
  async focusEditor(): Promise<void> {
    await expect(async () => {
      await this.editor.click({ position: { x: 120, y: 12 } });
      await expect(this.input).toBeFocused({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  /**
   * Selects the `occurrence`-th match of `text` through the editor's own find widget (Ctrl+F,
   * type, Enter, Escape): keyboard only, and exactly what an expert would do.
   */
  async findAndSelect(text: string, occurrence = 1): Promise<void> {
    // The search starts from the top only if Ctrl+Home reaches the editor: focus it first.
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = this.editor.getByRole('textbox', { name: 'Find' });
    await expect(find).toBeFocused();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    for (let i = 1; i < occurrence; i++) await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  async labelWithKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Ctrl+G, a line number, Enter: the cursor goes to the start of that line. */
  async goToLine(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
  }

  /** The annotations stored in IndexedDB for the open document (what sync would send). */
  async storedSpans(): Promise<{ start: number; end: number; exact: string; labels: string[] }[]> {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('glossator');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const all = open.result.transaction('annotations').objectStore('annotations').getAll();
            all.onerror = () => reject(new Error(String(all.error)));
            all.onsuccess = () => {
              const rows = all.result as {
                target: {
                  kind: string;
                  position?: { start: number; end: number };
                  quote?: { exact: string };
                };
                body: { labels: string[] };
              }[];
              resolve(
                rows
                  .filter((r) => r.target.kind === 'span')
                  .map((r) => ({
                    start: r.target.position!.start,
                    end: r.target.position!.end,
                    exact: r.target.quote!.exact,
                    labels: r.body.labels,
                  }))
                  .sort((a, b) => a.start - b.start),
              );
              open.result.close();
            };
          };
        }),
    );
  }

  /** The rendered text of a span tag's label, as the decorations draw it. */
  spanDecorations(): Locator {
    return this.editor.locator('.gl-s');
  }

  card(label: string, quote: string): Locator {
    return this.cards.filter({ hasText: label }).filter({ hasText: quote });
  }

  sidebarItem(label: string, quote: string): Locator {
    return this.sidebarItems.filter({ hasText: label }).filter({ hasText: quote });
  }

  get activeCard(): Locator {
    return this.page.locator('[data-testid="span-card"].active');
  }

  /** The code search of the active span, once its code list is indexed. */
  async codeSearch(): Promise<Locator> {
    const search = this.activeCard.getByRole('combobox', { name: /^Search / });
    await expect(search).toBeEnabled({ timeout: 30_000 });
    return search;
  }

  get codeResults(): Locator {
    return this.activeCard.getByRole('listbox', { name: 'Matching codes' }).getByRole('option');
  }

  async relate(type: string, target: string): Promise<void> {
    await this.activeCard.getByRole('button', { name: 'Add a relation…' }).click();
    await this.activeCard.getByLabel('Relation type').selectOption({ label: type });
    await this.activeCard.getByLabel('Target span').selectOption({ label: target });
    await this.activeCard.getByRole('button', { name: 'Add relation' }).click();
  }
}
