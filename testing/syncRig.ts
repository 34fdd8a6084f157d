/**
 * The app's annotation store and sync engine (renderer code, on fake-indexeddb) against a real
 * platform (server code on SQLite or PostgreSQL) over loopback HTTP: the parts an expert's undo
 * and sync go through, with nothing in between re-implemented. Tests import 'fake-indexeddb/auto'
 * before this module.
 */
import type { PlatformCallResult } from '../shared/ipc/contract';
import type { DocumentId, ProjectId } from '../shared/model/ids';
import { buildPath, operations, type OperationId } from '../shared/platform/operations';
import type { PullResponse } from '../shared/sync/protocol';
import type { AnnotationWire } from '../shared/model/annotationSchema';
import { db } from '../renderer/src/db/schema';
import { createSyncEngine, type SyncEngine } from '../renderer/src/sync/engine';
import type { PlatformCaller } from '../renderer/src/sync/platformCall';
import { useAnnotationStore } from '../renderer/src/stores/useAnnotationStore';
import type { Platform } from '../server/src/platform';

/**
 * What main's platform client does for the renderer, reduced to the transport: the operation's
 * method and path, the bearer token, and the answer or the platform's error as the engine sees it.
 */
export function loopbackCaller(platform: Platform, token: () => string): PlatformCaller {
  return async (op: OperationId, params, body) => {
    const spec = operations[op];
    const { path, query } = buildPath(spec.path, params);
    const url = new URL(platform.url + path);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await fetch(url, {
        method: spec.method,
        headers: {
          authorization: `Bearer ${token()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, failure: 'offline' };
    }
    const payload = (await response.json().catch(() => undefined)) as
      { error?: string; message?: string; expectedMutationId?: number } | undefined;
    if (response.ok) return { ok: true, data: payload } satisfies PlatformCallResult;
    return {
      ok: false,
      failure: 'rejected',
      status: response.status,
      code: payload?.error ?? 'error',
      message: payload?.message ?? `HTTP ${response.status}`,
      ...(payload?.expectedMutationId !== undefined
        ? { expectedMutationId: payload.expectedMutationId }
        : {}),
    };
  };
}

export interface Workstation {
  readonly engine: SyncEngine;
  /** One sync cycle as the app runs it (push everything, then pull), to the end. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app's local database (emptied: a fresh installation with a new client id), its annotation
 * store with `documentId` open, and a sync engine that reloads the open document after sync
 * changed it, as startSync wires them.
 */
export async function openWorkstation(
  call: PlatformCaller,
  projectId: string,
  documentId: string,
): Promise<Workstation> {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
  const store = useAnnotationStore.getState();
  await store.open(documentId as DocumentId, projectId as ProjectId);
  const engine = createSyncEngine({
    db: database,
    call,
    onStatus: () => undefined,
    onLocalChange: (change) => {
      if (change.documentIds.has(documentId)) void useAnnotationStore.getState().reload();
    },
    projects: () => Promise.resolve([projectId]),
    retryBaseMs: 1,
    retryCapMs: 5,
    random: () => 0,
  });
  return {
    engine,
    async sync() {
      engine.retryNow();
      await engine.idle();
      // The reload the last change asked for has finished too.
      await useAnnotationStore.getState().reload();
    },
    async close() {
      engine.stop();
      await engine.idle();
      useAnnotationStore.getState().close();
    },
  };
}

/** The live annotations of a document on the platform, read by `call`'s account. */
export async function platformAnnotations(
  call: PlatformCaller,
  projectId: string,
  documentId: string,
): Promise<Map<string, AnnotationWire>> {
  const found = new Map<string, AnnotationWire>();
  let cursor = '';
  for (;;) {
    const result = await call('sync.pull', { projectId, cursor, limit: 1000 });
    if (!result.ok) throw new Error(`pull failed: ${JSON.stringify(result)}`);
    const page = result.data as PullResponse;
    for (const change of page.changes) {
      if (change.deleted || !change.annotation) found.delete(change.annotationId);
      else if (change.annotation.documentId === documentId)
        found.set(change.annotationId, change.annotation);
    }
    cursor = page.cursor;
    if (!page.hasMore) return found;
  }
}
