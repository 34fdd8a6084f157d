/**
 * Offline-first sync in Chromium, through the web host, against the real platform process.
 *
 * "Offline" here is the platform becoming unreachable from the app's services: a loopback proxy
 * between the web host and the platform refuses every request and drops open streams (see
 * e2e/platformBehindProxy.ts). The page itself keeps reaching the web host on loopback, as it does
 * on a real machine whose network is gone. (Chromium's `context.setOffline(true)` is not used: its
 * emulation also cuts loopback, so the page would lose the web host's WebSocket, i.e. the app's
 * own services, which no real network outage does.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../shared/model/annotation';
import type { DocumentContent, DocumentRecord } from '../shared/model/document';
import { newId, type AnnotationId } from '../shared/model/ids';
import type { PullResponse } from '../shared/sync/protocol';
import type { MyQueue } from '../shared/work/wire';
import { exportW3c } from '../shared/formats/w3c';
import { expect, test } from './fixtures';
import { startPlatformBehindProxy, type PlatformSetup } from './platformBehindProxy';
import { signInFromSettings } from './pages/SignInFlow';
import { SyncStatus } from './pages/SyncStatus';
import { TextPanePage } from './pages/TextPanePage';
import { WorkspacePage } from './pages/WorkspacePage';

/**
 * Typed in the text pane while offline: phrases of the 10-K (longer than the imported one-word
 * spans, so new spans) and the label key (Revenue, Cash).
 */
const TYPED = [
  ['net revenues', '1'],
  ['fiscal 1999', '5'],
] as const;

/** A project the demo expert qualifies for: her queue offers its task; she accepts it first. */
const TEN_K = '10-K numeric facts and risk factors';
const TEN_K_DOC = 'medicis-10-k-1999_0000950153-99-001234.txt';
const LABELS = [
  'revenue',
  'net-income',
  'earnings-per-share',
  'total-assets',
  'cash',
  'risk-market',
  'risk-regulatory',
  'risk-operational',
  'risk-financial',
];

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
  body: unknown = undefined,
) {
  const result = await setup.api.client.call(op, params, body);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result)}`);
  return result.data as T;
}

/** What the platform holds for a document, read through its API by another device of the expert. */
async function serverAnnotations(projectId: string, documentId: string) {
  const found = new Map<string, NonNullable<PullResponse['changes'][number]['annotation']>>();
  let cursor = '';
  for (;;) {
    const page = await call<PullResponse>('sync.pull', { projectId, cursor, limit: 1000 });
    for (const change of page.changes) {
      if (change.deleted) found.delete(change.annotationId);
      else if (change.annotation?.documentId === documentId)
        found.set(change.annotationId, change.annotation);
    }
    cursor = page.cursor;
    if (!page.hasMore) return found;
  }
}

/** A W3C file of `count` span annotations on words of the document, with known ids. */
function w3cFile(record: DocumentRecord, text: string, count: number, from: number) {
  const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
  const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
    const word = words[(from + i) % words.length]!;
    const start = word.index;
    const end = start + word[0].length;
    return {
      id: newId<AnnotationId>(),
      projectId: record.projectId,
      documentId: record.id,
      target: {
        kind: 'span',
        position: { start, end },
        quote: {
          exact: word[0],
          prefix: text.slice(Math.max(0, start - 20), start),
          suffix: text.slice(end, end + 20),
        },
      },
      body: { labels: [LABELS[(from + i) % LABELS.length]!] },
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    };
  });
  const content = { documentId: record.id, bytes: new Uint8Array(), text } as DocumentContent;
  const [file] = exportW3c([{ record, content, annotations }]).files;
  const path = join(mkdtempSync(join(tmpdir(), 'glossator-w3c-')), `${count}-${from}.jsonld`);
  writeFileSync(path, file!.text);
  return { path, ids: annotations.map((a) => a.id as string) };
}

test.describe('offline-first sync', () => {
  test('annotates online and offline, survives a reload offline, and the platform ends up with exactly that work', async ({
    page,
    problems,
  }) => {
    test.setTimeout(300_000);
    void problems;
    const sync = new SyncStatus(page);
    const workspace = new WorkspacePage(page);

    // The demo expert accepts the 10-K task offered to her (from another device): an offer is
    // not membership, so only now is the project, and its document, hers to sync.
    const queue = await call<MyQueue>('work.queue');
    const tenK = queue.projects.find((p) => p.name === TEN_K)!;
    const offer = queue.items.find((i) => i.projectId === tenK.id)!;
    await call(
      'assignments.transition',
      {
        projectId: tenK.id,
        assignmentId: offer.assignmentId,
      },
      { status: 'accepted' },
    );
    const projects = await call<{ id: string; name: string }[]>('projects.list');
    expect(projects.map((p) => p.name)).toEqual([TEN_K]);
    const records = await call<DocumentRecord[]>('documents.list', { projectId: tenK.id });
    const record = records.find((r) => r.name === TEN_K_DOC)!;
    const { text } = await call<{ text: string }>('documents.content', {
      projectId: tenK.id,
      documentId: record.id,
    });

    await page.goto(setup.webHost.appUrl);
    await signInFromSettings(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
    await expect(sync.projects).toHaveCount(projects.length);
    for (const p of projects)
      await expect(sync.projects.filter({ hasText: p.name })).toHaveCount(1);
    // Documents of accepted tasks come down for offline use on the first sync.
    await expect(page.getByTestId('document-row').filter({ hasText: record.name })).toHaveCount(1, {
      timeout: 60_000,
    });
    await sync.expectSynced();

    // Online: 20 annotations, synced at once.
    await workspace.open(record.name);
    const online = w3cFile(record, text, 20, 0);
    await addAnnotations(workspace, online.path, 20);
    await sync.expectSynced();
    expect([...(await serverAnnotations(tenK.id, record.id)).keys()].sort()).toEqual(
      [...online.ids].sort(),
    );

    // Offline: the platform is unreachable. The expert adds 200 annotations and relabels one of
    // the synced ones by hand; all of it waits on this computer.
    setup.proxy.setReachable(false);
    const before = { ...setup.proxy.stats };
    const offline = w3cFile(record, text, 200, 20);
    await addAnnotations(workspace, offline.path, 220);
    const relabelled = online.ids[0]!;
    const item = page.locator(
      `[data-testid="annotation-item"][data-annotation-id="${relabelled}"]`,
    );
    await item.locator('.annotation-summary').click();
    await item.getByLabel('Label', { exact: true }).selectOption({ label: 'Net income' });
    await expect(item.locator('.annotation-label')).toHaveText('Net income');
    // …and labels two spans in the text pane with the keyboard.
    const pane = new TextPanePage(page);
    for (const [words, key] of TYPED) {
      await pane.focusEditor();
      await pane.findAndSelect(words);
      await pane.labelWithKey(key);
    }
    await expect(workspace.annotationItems).toHaveCount(222);
    const pending = offline.ids.length + 1 + TYPED.length;
    await sync.expectOffline(pending);
    // The app did try the platform, and none of it got through.
    expect(setup.proxy.stats.refused).toBeGreaterThan(before.refused);
    expect(setup.proxy.stats.pushes).toBe(before.pushes);

    // Reload while offline: every annotation is still there, still waiting to sync.
    await page.reload();
    await expect(workspace.annotationItems).toHaveCount(222, { timeout: 30_000 });
    await sync.expectOffline(pending);
    expect(setup.proxy.stats.pushes).toBe(before.pushes);

    // Back online: the outbox drains.
    setup.proxy.setReachable(true);
    await sync.expectSynced();

    // After a reload, the app shows each annotation once and the platform holds exactly the 222,
    // each once, with the offline relabel and the two typed spans.
    await page.reload();
    await expect(workspace.annotationItems).toHaveCount(222, { timeout: 30_000 });
    await sync.expectSynced();
    const shown = await workspace.annotationItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-annotation-id')),
    );
    const held = await serverAnnotations(tenK.id, record.id);
    const imported = new Set([...online.ids, ...offline.ids]);
    const typed = [...held.values()].filter((a) => !imported.has(a.id));
    expect(
      typed
        .map((a) => [a.target.kind === 'span' ? a.target.quote.exact : '', a.body.labels])
        .sort(),
    ).toEqual([
      ['fiscal 1999', ['cash']],
      ['net revenues', ['revenue']],
    ]);
    expect(held.size).toBe(imported.size + TYPED.length);
    // The same set the app shows, and nothing shown twice.
    expect([...(shown as string[])].sort()).toEqual([...held.keys()].sort());
    expect(held.get(relabelled)?.body.labels).toEqual(['net-income']);
    for (const annotation of held.values()) {
      expect(annotation.target.kind).toBe('span');
      expect(LABELS).toContain(annotation.body.labels[0]);
    }
  });
});

async function addAnnotations(workspace: WorkspacePage, file: string, total: number) {
  await workspace.importAnnotations('W3C Web Annotation (JSON-LD)', file);
  const dialog = workspace.importDialog;
  await dialog.getByRole('button', { name: /^Add \d+ annotations$/ }).click();
  await expect(dialog.getByRole('status')).toHaveText(/annotations added\./);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(workspace.annotationItems).toHaveCount(total);
}
