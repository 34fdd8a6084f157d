/**
 * The floor: the least a client can do to get the same records into IndexedDB — the same pull
 * pages (same page size, next page asked for while the current one is written, as the engine
 * does) parsed with `response.json()` and written with the plain IndexedDB API, one transaction a
 * page, into a store with the same key and indexes as the app's annotations table. For pushing:
 * the same mutations POSTed with fetch in the engine's batch size, nothing read or written locally.
 */
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import type { PullResponse, PushResponse } from '../../../shared/sync/protocol';
import { editedAnnotation } from '../records';
import type { FirstSync, RawPush, Target } from './api';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function openRaw(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('annotations', { keyPath: 'id' });
    store.createIndex('documentId', 'documentId');
    store.createIndex('projectId', 'projectId');
  };
  return request(open);
}

function writePage(database: IDBDatabase, annotations: readonly AnnotationWire[]): Promise<void> {
  const tx = database.transaction('annotations', 'readwrite');
  const store = tx.objectStore('annotations');
  for (const annotation of annotations) store.put(annotation);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

async function pull(target: Target, cursor: string, limit: number): Promise<PullResponse> {
  const url = new URL('sync/pull', `${target.url}/`);
  url.searchParams.set('projectId', target.projectId);
  url.searchParams.set('cursor', cursor);
  url.searchParams.set('limit', String(limit));
  const response = await fetch(url, { headers: { authorization: `Bearer ${target.token}` } });
  if (!response.ok) throw new Error(`pull answered ${response.status}`);
  return (await response.json()) as PullResponse;
}

export async function floorFirstSync(
  target: Target,
  dbName: string,
  pageSize: number,
): Promise<FirstSync> {
  const database = await openRaw(dbName);
  const start = performance.now();
  let pending = pull(target, '', pageSize);
  let pulled = 0;
  let pages = 0;
  for (;;) {
    const page = await pending;
    pages++;
    const next = page.hasMore ? pull(target, page.cursor, pageSize) : undefined;
    await writePage(
      database,
      page.changes.flatMap((c) => (c.annotation ? [c.annotation] : [])),
    );
    pulled += page.changes.length;
    if (!next) break;
    pending = next;
  }
  const ms = performance.now() - start;
  const local = await request(
    database.transaction('annotations').objectStore('annotations').count(),
  );
  database.close();
  return { ms, local, pulled, pages };
}

/** Reads the annotations to edit from the synced Dexie database (plain IndexedDB, untimed). */
async function firstAnnotations(dbName: string, count: number): Promise<AnnotationWire[]> {
  const database = await request(indexedDB.open(dbName));
  const all = database.transaction('annotations').objectStore('annotations').getAll(null, count);
  const annotations = (await request(all)) as AnnotationWire[];
  database.close();
  return annotations;
}

export async function floorPush(
  target: Target,
  dbName: string,
  count: number,
  round: number,
  batch: number,
): Promise<RawPush> {
  const annotations = await firstAnnotations(dbName, count);
  if (annotations.length !== count) throw new Error(`only ${annotations.length} to edit`);
  const clientId = crypto.randomUUID();
  const mutations = annotations.map((a, i) => ({
    id: i + 1,
    kind: 'annotation.put' as const,
    annotation: editedAnnotation(a, round),
  }));
  const start = performance.now();
  let applied = 0;
  let requests = 0;
  for (let from = 0; from < mutations.length; from += batch) {
    const response = await fetch(`${target.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, mutations: mutations.slice(from, from + batch) }),
    });
    requests++;
    if (!response.ok) throw new Error(`push answered ${response.status}`);
    const answer = (await response.json()) as PushResponse;
    applied += answer.outcomes.filter((o) => o.status === 'applied').length;
  }
  return { ms: performance.now() - start, applied, requests };
}
