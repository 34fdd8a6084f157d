/**
 * The sync engine's reads and writes of the local database. Each function that changes state does
 * it in one Dexie transaction, so a crash leaves either all of a step or none of it.
 */
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import { newId, type AnnotationId, type ClientId, type ProjectId } from '../../../shared/model/ids';
import { mutationAnnotationId } from '../../../shared/sync/apply';
import { INITIAL_CURSOR } from '../../../shared/sync/cursor';
import { basesNeeded, settleBatch, type BaseCopy } from '../../../shared/sync/pending';
import { recordSettled, type Echoes } from '../../../shared/sync/echo';
import type { Mutation, PushResponse } from '../../../shared/sync/protocol';
import { deleteByKeys } from '../db/deleteByKeys';
import type { BaseCopyRow, GlossatorDb, RejectedRow } from '../db/schema';
import { toMutation } from './mutations';

const CLIENT_ID_KEY = 'clientId';
export const cursorKey = (projectId: string): string => `cursor:${projectId}`;

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

/** The oldest mutations waiting to be pushed, in order (only those after `after`, if given). */
export async function readBatch(
  database: GlossatorDb,
  max: number,
  after?: number,
): Promise<Mutation[]> {
  const rows =
    after === undefined
      ? database.outbox.orderBy('mutationId')
      : database.outbox.where('mutationId').above(after);
  return (await rows.limit(max).toArray()).map(toMutation);
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

export function toBaseRow(id: string, projectId: string, base: BaseCopy): BaseCopyRow {
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
 *
 * A push of 500 runs this 20 times for 10,000 offline edits, so it keeps to few IndexedDB
 * requests: the batch's rows are one read of keys (mutation ids only grow, so the batch is a key
 * range), the other rows of its annotations are read as index keys, bases only where settleBatch
 * needs them, settled rows and drained bases leave as range deletes where they fill a range, and
 * nothing unchanged is written again.
 */
export async function settlePush(
  database: GlossatorDb,
  sent: readonly Mutation[],
  response: PushResponse,
  echoes?: Echoes,
): Promise<LocalChange> {
  const none: LocalChange = { annotations: 0, documentIds: new Set(), rejected: 0 };
  if (sent.length === 0) return none;
  const sentIds = new Set(sent.map((m) => m.id));
  const ids = sent.map((m) => m.id);
  const low = Math.min(...ids);
  const high = Math.max(...ids);
  const settled = await database.transaction(
    'rw',
    [database.outbox, database.baseCopies, database.annotations, database.rejected],
    async () => {
      // Rows of the batch still in the outbox (a row can be gone: an earlier answer settled it).
      const inRange = await database.outbox
        .where('mutationId')
        .between(low, high, true, true)
        .primaryKeys();
      const kept = new Set(inRange.filter((id) => sentIds.has(id)));
      const batch = sent.filter((m) => kept.has(m.id));
      if (batch.length === 0) return { change: none };
      const outboxRows = await outboxRowsOf(database, batch);
      const needed = basesNeeded({ batch, response, outboxRows });
      const base = new Map<string, BaseCopyRow>();
      if (needed.length > 0) {
        const rows = await database.baseCopies.bulkGet(needed);
        rows.forEach((row, i) => {
          if (row) base.set(needed[i]!, row);
        });
      }
      const result = settleBatch({ batch, response, base, outboxRows });
      // A base settleBatch handed back as it got it (only rejections touched its annotation) is
      // already stored.
      const changed = [...result.base].filter(([id, copy]) => copy !== base.get(id));
      const projectOf = await projectsOf(database, batch, [
        ...result.rejected.map(({ mutation }) => annotationIdOf(mutation)),
        ...changed.map(([id]) => id),
      ]);
      await deleteSettled(database, result.settled, inRange);
      if (result.rejected.length > 0) {
        const now = new Date().toISOString();
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
      }
      if (changed.length > 0) {
        await database.baseCopies.bulkPut(
          changed.map(([id, copy]) => toBaseRow(id, projectOf.get(id)!, copy)),
        );
      }
      await deleteByKeys(database.baseCopies, result.drained);
      const documentIds = await restore(database, result.restore);
      const change: LocalChange = {
        annotations: result.restore.size,
        documentIds,
        rejected: result.rejected.length,
      };
      return { change, batch, result };
    },
  );
  // Only once committed: the local view now shows the applied mutations.
  if (echoes && settled.result)
    recordSettled(
      echoes,
      settled.batch,
      settled.result.drained,
      new Set(settled.result.restore.keys()),
    );
  return settled.change;
}

/**
 * Removes settled outbox rows: one range delete when they are every row between the lowest and
 * the highest of them (`inRange` holds the keys of a range that contains them, read in the same
 * transaction), else one delete per row.
 */
async function deleteSettled(
  database: GlossatorDb,
  settled: readonly number[],
  inRange: readonly number[],
): Promise<void> {
  if (settled.length === 0) return;
  const low = Math.min(...settled);
  const high = Math.max(...settled);
  const between = inRange.filter((id) => id >= low && id <= high).length;
  if (between === settled.length) {
    await database.outbox.where('mutationId').between(low, high, true, true).delete();
  } else {
    await database.outbox.bulkDelete([...settled]);
  }
}

/**
 * Every outbox row of the batch's annotations as `[mutationId, annotationId]` (see settleBatch).
 * Usually one request: when the annotation index between the batch's lowest and highest annotation
 * id holds only the batch's own rows — annotations edited in the order they were made, as new ones
 * are (UUIDv7 ids) — those are all. Otherwise the index is walked for each annotation.
 */
async function outboxRowsOf(
  database: GlossatorDb,
  batch: readonly Mutation[],
): Promise<(readonly [number, string])[]> {
  const own = batch.map((m) => [m.id, annotationIdOf(m)] as const);
  const ids = [...new Set(own.map(([, id]) => id))];
  let low = ids[0]!;
  let high = low;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const inRange = await database.outbox
    .where('entityId')
    .between(low, high, true, true)
    .limit(batch.length + 1)
    .primaryKeys();
  const batchIds = new Set(batch.map((m) => m.id));
  if (inRange.length === batch.length && inRange.every((id) => batchIds.has(id))) return own;
  const rows: (readonly [number, string])[] = [];
  await database.outbox
    .where('entityId')
    .anyOf(ids)
    .eachKey((entityId, cursor) => {
      rows.push([cursor.primaryKey, entityId as string]);
    });
  return rows;
}

/** The projects of these annotations, from the batch's outbox rows (read only when needed). */
async function projectsOf(
  database: GlossatorDb,
  batch: readonly Mutation[],
  annotationIds: readonly string[],
): Promise<Map<string, ProjectId>> {
  if (annotationIds.length === 0) return new Map();
  const wanted = new Set(annotationIds);
  const rows = await database.outbox.bulkGet(
    batch.filter((m) => wanted.has(annotationIdOf(m))).map((m) => m.id),
  );
  return new Map(rows.flatMap((r) => (r ? [[r.entityId, r.projectId] as const] : [])));
}

const annotationIdOf = mutationAnnotationId;

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
