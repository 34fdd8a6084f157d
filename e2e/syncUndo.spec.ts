/**
 * Item 7 of "Trust first" in Chromium, as an expert works: Ctrl+Z and Ctrl+Shift+Z in the text
 * and PDF panes, through the web host, against the real platform process. Undoing the deletion of
 * a synced annotation brings it back on the platform too, and labelling, undoing and redoing keeps
 * the annotation; in neither case does the status bar list a refused change.
 */
import type { TestInfo } from '@playwright/test';
import type { DocumentRecord } from '../shared/model/document';
import type { PullResponse } from '../shared/sync/protocol';
import type { MyQueue } from '../shared/work/wire';
import { expect, test, type Page } from './fixtures';
import { startPlatformBehindProxy, type PlatformSetup } from './platformBehindProxy';
import { PdfPanePage } from './pages/PdfPanePage';
import { signInFromSettings } from './pages/SignInFlow';
import { SyncStatus } from './pages/SyncStatus';
import { TextPanePage } from './pages/TextPanePage';
import { WorkspacePage } from './pages/WorkspacePage';

const TEN_K = '10-K numeric facts and risk factors';
const CUAD = 'CUAD contract clause review';
const NOTE = 'medicis-10-k-1999_0000950153-99-001234.txt';
const PDF = 'Quaker_Chemical_Corporation_-_NON_COMPETITION_AND_NON_SOLICITATION_AGREEMENT.pdf';

let setup: PlatformSetup;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  setup = await startPlatformBehindProxy();
});
test.afterAll(async () => {
  await setup?.stop();
});

async function call<T>(
  op: Parameters<PlatformSetup['api']['client']['call']>[0],
  params = {},
  body?: unknown,
) {
  const result = await setup.api.client.call(op, params, body);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result)}`);
  return result.data as T;
}

/**
 * The project and document the platform offers the demo expert, by name; she accepts its task
 * first (from another device), since an offer is not membership.
 */
async function platformDocument(project: string, name: string) {
  const queue = await call<MyQueue>('work.queue');
  const projectId = queue.projects.find((p) => p.name === project)!.id;
  const offer = queue.items.find((i) => i.projectId === projectId && i.status === 'offered');
  if (offer)
    await call(
      'assignments.transition',
      { projectId, assignmentId: offer.assignmentId },
      { status: 'accepted' },
    );
  const records = await call<DocumentRecord[]>('documents.list', { projectId });
  return { projectId, documentId: records.find((r) => r.name === name)!.id };
}

/** The ids and labels the platform holds for a document (read by the expert's other device). */
async function onPlatform(projectId: string, documentId: string): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  let cursor = '';
  for (;;) {
    const page = await call<PullResponse>('sync.pull', { projectId, cursor, limit: 1000 });
    for (const change of page.changes) {
      if (change.deleted || !change.annotation) held.delete(change.annotationId);
      else if (change.annotation.documentId === documentId)
        held.set(change.annotationId, change.annotation.body.labels.join());
    }
    cursor = page.cursor;
    if (!page.hasMore) return held;
  }
}

async function signInAndOpen(page: Page, name: string): Promise<SyncStatus> {
  const sync = new SyncStatus(page);
  await page.goto(setup.webHost.appUrl);
  // The web host keeps its session for the next test's page; sign in only when it has none.
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const account = page.getByTestId('account-section');
  await expect(account).toHaveAttribute('data-state', /^(signedIn|signedOut|expired)$/);
  if ((await account.getAttribute('data-state')) !== 'signedIn') await signInFromSettings(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByTestId('document-row').filter({ hasText: name })).toHaveCount(1, {
    timeout: 60_000,
  });
  await sync.expectSynced();
  await new WorkspacePage(page).open(name);
  return sync;
}

/** Synced, and nothing refused: the status bar lists no refused change. */
async function expectSyncedClean(sync: SyncStatus): Promise<void> {
  await sync.expectSynced();
  await expect(sync.rejectedButton).toHaveCount(0);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const ids = (items: ReturnType<Page['getByTestId']>) =>
  items.evaluateAll((all) => all.map((item) => item.getAttribute('data-annotation-id') ?? ''));

test.describe('undo and redo sync as ordinary changes', () => {
  test('text pane: delete → Ctrl+Z → synced → reload → on the platform; label → Ctrl+Z → Ctrl+Shift+Z → there and synced', async ({
    page,
    problems,
  }, testInfo) => {
    test.setTimeout(240_000);
    void problems;
    const { projectId, documentId } = await platformDocument(TEN_K, NOTE);
    const sync = await signInAndOpen(page, NOTE);
    const pane = new TextPanePage(page);
    await expect(pane.editor.locator('.view-lines')).toBeVisible({ timeout: 30_000 });

    // Label a figure and let it sync.
    await pane.findAndSelect('net revenues');
    await page.keyboard.press('1');
    await expect(pane.sidebarItems).toHaveCount(1);
    await expectSyncedClean(sync);
    const [made] = await ids(pane.sidebarItems);
    expect(await onPlatform(projectId, documentId)).toEqual(new Map([[made!, 'revenue']]));

    // Delete it from the keyboard; the platform no longer has it.
    await pane.focusEditor();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press(']');
    await expect(pane.activeCard).toContainText('net revenues');
    await page.keyboard.press('Delete');
    await expect(pane.sidebarItems).toHaveCount(0);
    await expectSyncedClean(sync);
    expect(await onPlatform(projectId, documentId)).toEqual(new Map());

    // Ctrl+Z: it comes back, and the platform takes it back.
    await page.keyboard.press('Control+Z');
    await expect(pane.sidebarItems).toHaveCount(1);
    await expectSyncedClean(sync);
    await screenshot(page, testInfo, 'text-undone-delete-synced');
    expect(await onPlatform(projectId, documentId)).toEqual(new Map([[made!, 'revenue']]));
    await page.reload();
    await expect(pane.sidebarItems).toHaveCount(1, { timeout: 30_000 });
    expect(await ids(pane.sidebarItems)).toEqual([made]);
    await expectSyncedClean(sync);

    // Label, undo, redo, without waiting for sync in between: the annotation stays.
    await pane.findAndSelect('FDA');
    await page.keyboard.press('7');
    await expect(pane.sidebarItems).toHaveCount(2);
    await page.keyboard.press('Control+Z');
    await expect(pane.sidebarItems).toHaveCount(1);
    await page.keyboard.press('Control+Shift+Z');
    await expect(pane.sidebarItems).toHaveCount(2);
    await expectSyncedClean(sync);
    await page.reload();
    await expect(pane.sidebarItems).toHaveCount(2, { timeout: 30_000 });
    await expectSyncedClean(sync);
    await screenshot(page, testInfo, 'text-label-undo-redo-synced');
    const held = await onPlatform(projectId, documentId);
    expect([...held.values()].sort()).toEqual(['revenue', 'risk-regulatory']);
    expect([...held.keys()].sort()).toEqual((await ids(pane.sidebarItems)).sort());
  });

  test('PDF pane: delete → Ctrl+Z → synced → reload → on the platform; label → Ctrl+Z → Ctrl+Shift+Z → there and synced', async ({
    page,
    problems,
  }, testInfo) => {
    test.setTimeout(240_000);
    void problems;
    const { projectId, documentId } = await platformDocument(CUAD, PDF);
    const sync = await signInAndOpen(page, PDF);
    const pdf = new PdfPanePage(page);
    await pdf.expectReady();
    await pdf.expectRendered(0);
    const words = pdf.textLayer(0).locator('span').filter({ hasText: /\w{4}/ });

    // Select a line of page 1 with the mouse and label it by key; it syncs.
    await pdf.selectText(words.nth(2), words.nth(2));
    await page.keyboard.press('1');
    await expect(pdf.sidebarItems).toHaveCount(1);
    await expectSyncedClean(sync);
    const [made] = await ids(pdf.sidebarItems);
    expect([...(await onPlatform(projectId, documentId)).keys()]).toEqual([made]);

    // Select it in the sidebar, Delete, synced: gone from the platform.
    await pdf.sidebarItems.first().getByRole('button').first().click();
    await page.keyboard.press('Delete');
    await expect(pdf.sidebarItems).toHaveCount(0);
    await expectSyncedClean(sync);
    expect(await onPlatform(projectId, documentId)).toEqual(new Map());

    // Ctrl+Z in the pane: back here and on the platform, after a reload too.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(pdf.sidebarItems).toHaveCount(1);
    await expect(pdf.marks(made)).toHaveCount(1);
    await expectSyncedClean(sync);
    await screenshot(page, testInfo, 'pdf-undone-delete-synced');
    expect([...(await onPlatform(projectId, documentId)).keys()]).toEqual([made]);
    await page.reload();
    await pdf.expectReady();
    await expect(pdf.sidebarItems).toHaveCount(1, { timeout: 30_000 });
    await expectSyncedClean(sync);

    // Label another line, Ctrl+Z, Ctrl+Shift+Z: it stays, synced.
    await pdf.expectRendered(0);
    await pdf.selectText(words.nth(4), words.nth(4));
    await page.keyboard.press('2');
    await expect(pdf.sidebarItems).toHaveCount(2);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(pdf.sidebarItems).toHaveCount(1);
    await page.keyboard.press('Control+Shift+z');
    await expect(pdf.sidebarItems).toHaveCount(2);
    await expectSyncedClean(sync);
    await page.reload();
    await pdf.expectReady();
    await expect(pdf.sidebarItems).toHaveCount(2, { timeout: 30_000 });
    await expectSyncedClean(sync);
    await screenshot(page, testInfo, 'pdf-label-undo-redo-synced');
    expect([...(await onPlatform(projectId, documentId)).keys()].sort()).toEqual(
      (await ids(pdf.sidebarItems)).sort(),
    );
  });
});
