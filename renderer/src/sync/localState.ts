/**
 * The sync engine's reads and writes of the local database. Each function that changes state does
 * it in one Dexie transaction, so a crash leaves either all of a step or none of it.
 */
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import { newId, type AnnotationId, type ClientId, type ProjectId } from '../../../shared/model/ids';
import { INITIAL_CURSOR } from '../../../shared/sync/cursor';
import { mayPull, routePull, settleBatch, type BaseCopy } from '../../../shared/sync/pending';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import type { BaseCopyRow, GlossatorDb, RejectedRow } from '../db/schema';
import { toMutation } from './mutations';

const CLIENT_ID_KEY = 'clientId';
const cursorKey = (projectId: string): string => `cursor:${projectId}`;

/** This installation's sync identity, created on first use and never changed. */
export async function clientIdOf(database: GlossatorDb): Promise<ClientId> {
  return database.transaction('rw', database.syncState, async () => {
    const row = await database.syncState.get(CLIENT_ID_KEY);
    if (typeof row?.value === 'string') return row.value as ClientId;
    const id = newId<ClientId>();
    await database.syncState.put({ key: CLIENT_ID_KEY, value: id });
    return id;
  });
}

export async function cursorOf(database: GlossatorDb, projectId: string): Promise<string> {
  const row = await database.syncState.get(cursorKey(projectId));
  return typeof row?.value === 'string' ? row.value : INITIAL_CURSOR;
}

/** The oldest mutations waiting to be pushed, in order. */
export async function readBatch(database: GlossatorDb, max: number): Promise<Mutation[]> {
  return (await database.outbox.orderBy('mutationId').limit(max).toArray()).map(toMutation);
}

/** The lowest and highest mutation ids in the outbox (undefined when it is empty). */
export async function outboxBounds(
  database: GlossatorDb,
): Promise<{ oldest?: number; newest?: number }> {
  const [oldest, newest] = await Promise.all([
    database.outbox.orderBy('mutationId').first(),
    database.outbox.orderBy('mutationId').last(),
  ]);
  return {
    ...(oldest ? { oldest: oldest.mutationId } : {}),
    ...(newest ? { newest: newest.mutationId } : {}),
  };
}

function toBaseRow(id: string, projectId: string, base: BaseCopy): BaseCopyRow {
  return { id, projectId: projectId as ProjectId, ...base };
}

/** What a settled push or an applied pull changed in the local view. */
export interface LocalChange {
  readonly annotations: number;
  readonly documentIds: ReadonlySet<string>;
  readonly rejected: number;
}

/**
 * Settles a push answer: the mutations it reports on leave the outbox, rejected ones go to the
 * rejected list, and annotations with nothing pending any more fall back to the server's state
 * when their last mutation was rejected.
 */
export async function settlePush(
  database: GlossatorDb,
  sent: readonly Mutation[],
  response: PushResponse,
): Promise<LocalChange> {
  return database.transaction(
    'rw',
    [database.outbox, database.baseCopies, database.annotations, database.rejected],
    async () => {
      const present = await database.outbox.bulkGet(sent.map((m) => m.id));
      const batch = sent.filter((_, i) => present[i] !== undefined);
      if (batch.length === 0) return { annotations: 0, documentIds: new Set(), rejected: 0 };
      const projectOf = new Map(present.flatMap((r) => (r ? [[r.entityId, r.projectId]] : [])));
      const ids = [...projectOf.keys()];
      const [rows, bases] = await Promise.all([
        database.outbox.where('entityId').anyOf(ids).toArray(),
        database.baseCopies.bulkGet(ids),
      ]);
      const base = new Map<string, BaseCopy>();
      bases.forEach((row, i) => {
        if (row) base.set(ids[i]!, row);
      });
      const result = settleBatch({
        batch,
        response,
        base,
        outboxRows: rows.map((r) => [r.mutationId, r.entityId] as const),
      });
      const now = new Date().toISOString();
      await database.outbox.bulkDelete(result.settled);
      await database.rejected.bulkPut(
        result.rejected.map(({ mutation, reason }): RejectedRow => ({
          mutationId: mutation.id,
          projectId: projectOf.get(annotationIdOf(mutation))!,
          annotationId: annotationIdOf(mutation),
          mutation,
          reason,
          rejectedAt: now,
        })),
      );
      await database.baseCopies.bulkPut(
        [...result.base].map(([id, copy]) => toBaseRow(id, projectOf.get(id)!, copy)),
      );
      await database.baseCopies.bulkDelete(result.drained);
      const documentIds = await restore(database, result.restore);
      return {
        annotations: result.restore.size,
        documentIds,
        rejected: result.rejected.length,
      };
    },
  );
}

function annotationIdOf(mutation: Mutation): string {
  return mutation.kind === 'annotation.put' ? mutation.annotation.id : mutation.annotationId;
}

/** Writes the server's state into the local view; returns the documents it touched. */
async function restore(
  database: GlossatorDb,
  states: ReadonlyMap<string, AnnotationWire | null>,
): Promise<Set<string>> {
  if (states.size === 0) return new Set();
  const ids = [...states.keys()] as AnnotationId[];
  const before = await database.annotations.bulkGet(ids);
  const documentIds = new Set(before.flatMap((a) => (a ? [a.documentId as string] : [])));
  const puts = [...states.values()].filter((a) => a !== null) as unknown as Annotation[];
  for (const a of puts) documentIds.add(a.documentId);
  await database.annotations.bulkDelete(ids.filter((id) => states.get(id) === null));
  await database.annotations.bulkPut(puts);
  return documentIds;
}

/**
 * Applies one pulled page with its new cursor, atomically. The page is dropped (false) when the
 * stored cursor is no longer the one it was asked with, or when a push is in doubt (`sentUpTo`:
 * see mayPull), since then a pending change could be overwritten by an older server state.
 */
export async function applyPullPage(
  database: GlossatorDb,
  askedWith: string,
  page: PullResponse,
  sentUpTo: number,
): Promise<LocalChange | false> {
  return database.transaction(
    'rw',
    [database.syncState, database.annotations, database.baseCopies, database.outbox],
    async () => {
      if ((await cursorOf(database, page.projectId)) !== askedWith) return false;
      const oldest = await database.outbox.orderBy('mutationId').first();
      if (!mayPull(oldest?.mutationId, sentUpTo)) return false;
      const ids = [...new Set(page.changes.map((c) => c.annotationId))];
      const pending = new Set<string>();
      if (oldest && ids.length > 0) {
        for (const id of await database.outbox.where('entityId').anyOf(ids).keys())
          pending.add(id as string);
      }
      const base = new Map<string, BaseCopy>();
      if (pending.size > 0) {
        const rows = await database.baseCopies.bulkGet([...pending]);
        for (const row of rows) if (row) base.set(row.id, row);
      }
      const routed = routePull(page.changes, pending, base);
      const documentIds = new Set<string>();
      if (routed.deletes.size > 0) {
        const deletes = [...routed.deletes] as AnnotationId[];
        const gone = await database.annotations.bulkGet(deletes);
        for (const a of gone) if (a) documentIds.add(a.documentId);
        await database.annotations.bulkDelete(deletes);
      }
      const puts = [...routed.puts.values()] as unknown as Annotation[];
      for (const a of puts) documentIds.add(a.documentId);
      await database.annotations.bulkPut(puts);
      await database.baseCopies.bulkPut(
        [...routed.base].map(([id, copy]) => toBaseRow(id, page.projectId, copy)),
      );
      await database.syncState.put({ key: cursorKey(page.projectId), value: page.cursor });
      return { annotations: routed.puts.size + routed.deletes.size, documentIds, rejected: 0 };
    },
  );
}
