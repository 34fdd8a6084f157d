import type { Annotation } from '../../../shared/model/annotation';
import { LOCAL_PROJECT_ID, type AnnotationId, type DocumentId } from '../../../shared/model/ids';
import type { GlossatorDb, OutboxRow } from './schema';

const NEXT_MUTATION_KEY = 'nextMutationId';

/** Allocates the next mutation id. Must run inside a transaction that includes syncState. */
async function nextMutationId(database: GlossatorDb): Promise<number> {
  const row = await database.syncState.get(NEXT_MUTATION_KEY);
  const id = typeof row?.value === 'number' ? row.value : 1;
  await database.syncState.put({ key: NEXT_MUTATION_KEY, value: id + 1 });
  return id;
}

/** Local-workspace documents never leave the machine, so their changes need no outbox row. */
function syncs(annotation: Pick<Annotation, 'projectId'>): boolean {
  return annotation.projectId !== LOCAL_PROJECT_ID;
}

async function enqueue(
  database: GlossatorDb,
  annotation: Pick<Annotation, 'id' | 'projectId'>,
  op: OutboxRow['op'],
  payload: unknown,
): Promise<void> {
  if (!syncs(annotation)) return;
  await database.outbox.add({
    mutationId: await nextMutationId(database),
    projectId: annotation.projectId,
    entity: 'annotation',
    entityId: annotation.id,
    op,
    payload,
    createdAt: new Date().toISOString(),
  });
}

/** Creates or replaces annotations and queues their sync in the same transaction. */
export async function putAnnotations(
  database: GlossatorDb,
  annotations: readonly Annotation[],
): Promise<void> {
  await database.transaction(
    'rw',
    database.annotations,
    database.outbox,
    database.syncState,
    async () => {
      for (const annotation of annotations) {
        await database.annotations.put(annotation);
        await enqueue(database, annotation, 'put', annotation);
      }
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
    database.annotations,
    database.outbox,
    database.syncState,
    async () => {
      for (const id of ids) {
        const existing = await database.annotations.get(id);
        if (!existing) continue;
        await database.annotations.delete(id);
        await enqueue(database, existing, 'delete', { id });
      }
    },
  );
}

export function annotationsOf(
  database: GlossatorDb,
  documentId: DocumentId,
): Promise<Annotation[]> {
  return database.annotations.where('documentId').equals(documentId).toArray();
}
