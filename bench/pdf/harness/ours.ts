import { createElement, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import type { Annotation, AnnotationTarget } from '../../../shared/model/annotation';
import type { DocumentContent, DocumentRecord } from '../../../shared/model/document';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
} from '../../../shared/model/ids';
import { DEFAULT_LOCAL_SCHEMA } from '../../../shared/model/labelSchema';
import { db } from '../../../renderer/src/db/schema';
import { PdfPane } from '../../../renderer/src/features/pdf/PdfPane';
import { AnnotationSidebar } from '../../../renderer/src/features/workspace/AnnotationSidebar';
import { initI18n } from '../../../renderer/src/i18n';
import { useAnnotationStore } from '../../../renderer/src/stores/useAnnotationStore';
import '../../../renderer/src/styles/app.css';
import { appeared, domStats, frameUntil, nextFrame, sleep, type Harness } from './probes';

interface BenchText {
  text: string;
  pageStarts: number[];
  annotations: { target: AnnotationTarget; label: string }[];
}

const store = useAnnotationStore;
let selected: AnnotationId | undefined;

/** The pane with the app's real annotation store (Dexie + outbox + undo), as the workspace hosts it. */
function Host({ record, content }: { record: DocumentRecord; content: DocumentContent }) {
  const annotations = useSyncExternalStore(store.subscribe, () => store.getState().annotations);
  const pane = createElement(PdfPane, {
    document: record,
    content,
    annotations,
    schema: DEFAULT_LOCAL_SCHEMA,
    selectedId: selected,
    onSelect: (id) => (selected = id),
    onCreate: (target, body) => store.getState().create(target, body),
    onUpdate: (id, patch) => store.getState().update(id, patch),
    onDelete: (ids) => store.getState().remove(ids),
  });
  if (!WITH_SIDEBAR) return pane;
  // ?sidebar: the workspace's annotation list beside the pane, as DocumentWorkspace lays it out.
  return createElement(
    'div',
    { className: 'workspace-body', style: { flex: 1, minHeight: 0 } },
    pane,
    createElement(AnnotationSidebar, {
      annotations,
      schema: DEFAULT_LOCAL_SCHEMA,
      selectedId: selected,
      onSelect: (id: AnnotationId) => (selected = id),
      onUpdate: (id, patch) => store.getState().update(id, patch),
      onDelete: (ids) => store.getState().remove(ids),
    }),
  );
}

const WITH_SIDEBAR = new URLSearchParams(location.search).has('sidebar');

function rendered(pageIndex: number): boolean {
  return !!document.querySelector(`[data-page-index="${pageIndex}"][data-canvas="rendered"]`);
}

/** The pane adds a page's canvas only once it is completely drawn (like pdf.js's pagerendered). */
function drawn(pageIndex: number): Promise<void> {
  return appeared(`[data-page-index="${pageIndex}"] canvas.pdfv-canvas`);
}

async function prepare(): Promise<{ record: DocumentRecord; content: DocumentContent }> {
  await initI18n('en');
  const [bytes, data] = await Promise.all([
    fetch('./doc.pdf').then(async (r) => new Uint8Array(await r.arrayBuffer())),
    fetch('./doc.json').then((r) => r.json() as Promise<BenchText>),
  ]);
  const projectId = newId<ProjectId>();
  const documentId = newId<DocumentId>();
  const now = new Date().toISOString();
  const seeded: Annotation[] = data.annotations.map((a) => ({
    id: newId<AnnotationId>(),
    projectId,
    documentId,
    target: a.target,
    body: { labels: [a.label] },
    createdAt: now,
    updatedAt: now,
  }));
  await db().annotations.bulkPut(seeded);
  await store.getState().open(documentId, projectId);
  const record: DocumentRecord = {
    id: documentId,
    projectId,
    name: 'contract-2000.pdf',
    kind: 'pdf',
    mediaType: 'application/pdf',
    size: bytes.length,
    sha256: '',
    pageCount: data.pageStarts.length,
    charCount: data.text.length,
    warnings: [],
    createdAt: now,
  };
  return {
    record,
    content: { documentId, bytes, text: data.text, pageStarts: data.pageStarts },
  };
}

function pageInput(): HTMLInputElement {
  return document.querySelector<HTMLInputElement>('[data-testid="pdf-page-input"]')!;
}

function scroller(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-testid="pdf-scroller"]')!;
}

/** Types a page number into the toolbar and presses Enter, as the expert would. */
function typePage(page: number): void {
  const input = pageInput();
  // React tracks the value it set; the prototype's setter makes this look like typing.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, String(page));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

const ready = prepare();

const harness: Harness = {
  async open() {
    const { record, content } = await ready;
    // Let the seeding's IndexedDB writes settle so they do not run inside the measurement.
    await sleep(500);
    const t0 = performance.now();
    createRoot(document.getElementById('host')!).render(createElement(Host, { record, content }));
    await drawn(0);
    return performance.now() - t0;
  },
  async jump(page) {
    typePage(1);
    await frameUntil(() => rendered(0));
    await sleep(200);
    const t0 = performance.now();
    typePage(page);
    await drawn(page - 1);
    return performance.now() - t0;
  },
  async scrollTo(page) {
    const el = scroller();
    while (Number(pageInput().value) < page) {
      el.scrollTop += el.clientHeight;
      await nextFrame();
      await nextFrame();
    }
    await frameUntil(() => rendered(page - 1));
    await sleep(1000);
  },
  stats: domStats,
  async label(attempt) {
    const current = Number(pageInput().value) - 1;
    await frameUntil(
      () =>
        rendered(current) &&
        !!document.querySelector(`[data-page-index="${current}"] .textLayer span`),
    );
    const spans = [
      ...document.querySelectorAll<HTMLElement>(`[data-page-index="${current}"] .textLayer span`),
    ].filter((s) => (s.textContent ?? '').length > 40);
    const text = spans[(attempt * 7) % spans.length]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 35);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    await nextFrame();
    const stored = (): number =>
      document.querySelectorAll('.pdfv-mark:not([data-annotation-id="saving"])').length;
    const before = document.querySelectorAll('.pdfv-mark').length;
    const storedBefore = stored();
    const t0 = performance.now();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }),
    );
    // Checked in the same frame callback the browser paints after.
    await frameUntil(() => document.querySelectorAll('.pdfv-mark').length > before, 5_000);
    const screen = performance.now() - t0;
    await frameUntil(() => stored() > storedBefore, 5_000);
    return { screen, stored: performance.now() - t0 };
  },
};
window.harness = harness;
