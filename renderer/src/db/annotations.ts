import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import { LOCAL_PROJECT_ID, type AnnotationId, type DocumentId } from '../../../shared/model/ids';
import { baseBeforeEdit } from '../../../shared/sync/pending';
import { targetsFirst } from '../../../shared/sync/relationOrder';
import type { BaseCopyRow, GlossatorDb, OutboxRow } from './schema';

const NEXT_MUTATION_KEY = 'nextMutationId';

/** Allocates `count` consecutive mutation ids. Must run inside a transaction that includes syncState. */
async function allocateMutationIds(database: GlossatorDb, count: number): Promise<number> {
  const row = await database.syncState.get(NEXT_MUTATION_KEY);
  const first = typeof row?.value === 'number' ? row.value : 1;
  await database.syncState.put({ key: NEXT_MUTATION_KEY, value: first + count });
  return first;
}

/** Local-workspace documents never leave the machine, so their changes need no outbox row. */
function syncs(annotation: Pick<Annotation, 'projectId'>): boolean {
  return annotation.projectId !== LOCAL_PROJECT_ID;
}

/** An annotation about to change, with what the local view holds for it now. */
interface Touched {
  readonly id: string;
  readonly projectId: Annotation['projectId'];
  readonly current: Annotation | undefined;
}

/**
 * Before the first pending change to an annotation, keeps what the server holds (as far as this
 * client knows) so that a rejection can restore it; see shared/sync/pending.ts.
 */
async function snapshotBases(database: GlossatorDb, touched: readonly Touched[]): Promise<void> {
  if (touched.length === 0) return;
  const bases = await database.baseCopies.bulkGet(touched.map((t) => t.id));
  const unknown = touched.filter((_, i) => bases[i] === undefined);
  if (unknown.length === 0) return;
  const pending = new Set(
    (
      await database.outbox
        .where('entityId')
        .anyOf(unknown.map((t) => t.id))
        .keys()
    ).map(String),
  );
  const rows: BaseCopyRow[] = [];
  for (const { id, projectId, current } of unknown) {
    const base = baseBeforeEdit(undefined, pending.has(id), current as AnnotationWire | undefined);
    if (base) rows.push({ id, projectId, ...base });
  }
  await database.baseCopies.bulkPut(rows);
}

async function enqueue(
  database: GlossatorDb,
  changes: readonly { annotation: Annotation; op: OutboxRow['op'] }[],
): Promise<void> {
  if (changes.length === 0) return;
  const first = await allocateMutationIds(database, changes.length);
  const createdAt = new Date().toISOString();
  await database.outbox.bulkAdd(
    changes.map(({ annotation, op }, i) => ({
      mutationId: first + i,
      projectId: annotation.projectId,
      entity: 'annotation' as const,
      entityId: annotation.id,
      op,
      payload: op === 'delete' ? { id: annotation.id } : annotation,
      createdAt,
    })),
  );
}

/**
 * Creates or replaces annotations and queues their sync in the same transaction. `restore` is for
 * annotations that come back after this account deleted them (undo of a deletion, redo of a
 * creation): the platform accepts those only as restores, and refuses a plain put as a conflict.
 */
export async function putAnnotations(
  database: GlossatorDb,
  annotations: readonly Annotation[],
  op: 'put' | 'restore' = 'put',
): Promise<void> {
  await database.transaction(
    'rw',
    [database.annotations, database.outbox, database.syncState, database.baseCopies],
    async () => {
      // Relation targets go out before their sources (see shared/sync/relationOrder.ts).
      const syncing = targetsFirst(annotations.filter(syncs));
      const ids = [...new Set(syncing.map((a) => a.id))];
      const before = await database.annotations.bulkGet(ids);
      const projectOf = new Map(syncing.map((a) => [a.id, a.projectId] as const));
      await snapshotBases(
        database,
        ids.map((id, i) => ({ id, projectId: projectOf.get(id)!, current: before[i] })),
      );
      await database.annotations.bulkPut([...annotations]);
      await enqueue(
        database,
        syncing.map((annotation) => ({ annotation, op })),
      );
    },
  );
}

/** Deletes annotations and queues their deletion in the same transaction. Unknown ids are ignored. */
export async function deleteAnnotations(
  database: GlossatorDb,
  ids: readonly AnnotationId[],
): Promise<void> {
  await database.transaction(
    'rw',
    [database.annotations, database.outbox, database.syncState, database.baseCopies],
    async () => {
      const unique = [...new Set(ids)];
      const existing = (await database.annotations.bulkGet(unique)).filter(
        (a): a is Annotation => a !== undefined,
      );
      const syncing = existing.filter(syncs);
      await snapshotBases(
        database,
        syncing.map((a) => ({ id: a.id, projectId: a.projectId, current: a })),
      );
      await database.annotations.bulkDelete(existing.map((a) => a.id));
      await enqueue(
        database,
        syncing.map((annotation) => ({ annotation, op: 'delete' })),
      );
    },
  );
}

export function annotationsOf(
  database: GlossatorDb,
  documentId: DocumentId,
): Promise<Annotation[]> {
  return database.annotations.where('documentId').equals(documentId).toArray();
}
