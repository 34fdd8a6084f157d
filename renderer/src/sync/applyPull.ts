/**
 * Applying pulled pages to the local database: the page, its cursor and the base copies of
 * pending annotations in one Dexie transaction (see localState.ts for the push side).
 */
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationId } from '../../../shared/model/ids';
import { echoedWrites, type Echoes } from '../../../shared/sync/echo';
import { mayPull, routePull, type BaseCopy, type RoutedPull } from '../../../shared/sync/pending';
import type { PullResponse } from '../../../shared/sync/protocol';
import type { GlossatorDb } from '../db/schema';
import { cursorKey, cursorOf, toBaseRow, type LocalChange } from './localState';

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
  echoes?: Echoes,
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
      const skip = echoes ? await echoesToSkip(database, echoes, routed) : new Set<string>();
      const documentIds = new Set<string>();
      const deletes = [...routed.deletes].filter((id) => !skip.has(id)) as AnnotationId[];
      if (deletes.length > 0) {
        const gone = await database.annotations.bulkGet(deletes);
        for (const a of gone) if (a) documentIds.add(a.documentId);
        await database.annotations.bulkDelete(deletes);
      }
      const puts = [...routed.puts.values()].filter(
        (a) => !skip.has(a.id),
      ) as unknown as Annotation[];
      for (const a of puts) documentIds.add(a.documentId);
      await database.annotations.bulkPut(puts);
      if (echoes) {
        // Written here (or now pending): the local view no longer shows what the echo recorded.
        for (const a of puts) echoes.delete(a.id);
        for (const id of deletes) echoes.delete(id);
        for (const id of routed.base.keys()) echoes.delete(id);
      }
      await database.baseCopies.bulkPut(
        [...routed.base].map(([id, copy]) => toBaseRow(id, page.projectId, copy)),
      );
      await database.syncState.put({ key: cursorKey(page.projectId), value: page.cursor });
      return { annotations: puts.length + deletes.length, documentIds, rejected: 0 };
    },
  );
}

/**
 * The pulled writes that repeat what the local view already shows (see shared/sync/echo.ts): an
 * echoed put is skipped only while its row is there, an echoed deletion only while it is gone.
 */
async function echoesToSkip(
  database: GlossatorDb,
  echoes: Echoes,
  routed: Pick<RoutedPull, 'puts' | 'deletes'>,
): Promise<Set<string>> {
  const echoed = echoedWrites(echoes, routed);
  const ids = [...echoed.puts, ...echoed.deletes];
  if (ids.length === 0) return new Set();
  const there = new Set(
    (await database.annotations.where(':id').anyOf(ids).primaryKeys()).map(String),
  );
  return new Set([
    ...[...echoed.puts].filter((id) => there.has(id)),
    ...[...echoed.deletes].filter((id) => !there.has(id)),
  ]);
}
