import type { Page } from '@playwright/test';

/** What the app stored for an annotation (read back from IndexedDB, as Dexie wrote it). */
export interface StoredAnnotation {
  id: string;
  documentId: string;
  target:
    | {
        kind: 'span';
        position: { start: number; end: number };
        quote: { exact: string; prefix: string; suffix: string };
        pages?: {
          pageIndex: number;
          rects: { x1: number; y1: number; x2: number; y2: number }[];
        }[];
      }
    | {
        kind: 'region';
        page: { pageIndex: number; rects: { x1: number; y1: number; x2: number; y2: number }[] };
      };
  body: { labels: string[]; rationale?: string };
}

/** Reads every stored annotation straight from the app's IndexedDB. */
export function storedAnnotations(page: Page): Promise<StoredAnnotation[]> {
  return page.evaluate(
    () =>
      new Promise<StoredAnnotation[]>((resolve, reject) => {
        const open = indexedDB.open('glossator');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result
            .transaction('annotations')
            .objectStore('annotations')
            .getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as StoredAnnotation[]);
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
  );
}

/** Replaces a stored document's bytes (to simulate a file damaged after import). */
export function corruptStoredBytes(page: Page, garbage: string): Promise<void> {
  return page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('glossator');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('contents', 'readwrite');
          const store = tx.objectStore('contents');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const row of all.result as { bytes: Uint8Array }[])
              store.put({ ...row, bytes: new TextEncoder().encode(text) });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    garbage,
  );
}

/** Whitespace-insensitive form of a selection or quote (line breaks vs spaces, page breaks). */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Writes annotations straight into IndexedDB, as sync or an import from another tool would. */
export function putStoredAnnotations(page: Page, rows: readonly unknown[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('glossator');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('annotations', 'readwrite');
          for (const row of list) tx.objectStore('annotations').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    rows,
  );
}
