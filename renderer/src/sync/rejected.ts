/**
 * The user's answers to a rejected mutation: try it again as a new mutation (after fixing what
 * the platform objected to), or let it go. Nothing is ever dropped without one of these.
 */
import type { Annotation } from '../../../shared/model/annotation';
import { newId, type AnnotationId } from '../../../shared/model/ids';
import { deleteAnnotations, putAnnotations } from '../db/annotations';
import type { GlossatorDb } from '../db/schema';

/** Forgets a rejected mutation (the server's state stays as it is). */
export async function discardRejected(db: GlossatorDb, mutationId: number): Promise<void> {
  await db.rejected.delete(mutationId);
}

/**
 * Queues the rejected change again as a new mutation. A put of an annotation the platform has
 * deleted comes back under a new id, since a deletion there is final. Returns the annotation id
 * the change now concerns.
 */
export async function requeueRejected(
  db: GlossatorDb,
  mutationId: number,
  fix: (annotation: Annotation) => Annotation = (a) => a,
): Promise<string | undefined> {
  return db.transaction(
    'rw',
    [db.rejected, db.annotations, db.outbox, db.syncState, db.baseCopies],
    async () => {
      const row = await db.rejected.get(mutationId);
      if (!row) return undefined;
      await db.rejected.delete(mutationId);
      const { mutation } = row;
      if (mutation.kind === 'annotation.delete') {
        await deleteAnnotations(db, [mutation.annotationId as AnnotationId]);
        return mutation.annotationId;
      }
      const original = mutation.annotation as unknown as Annotation;
      const again = fix({
        ...original,
        ...(row.reason === 'deleted' ? { id: newId<AnnotationId>() } : {}),
        updatedAt: new Date().toISOString(),
      });
      await putAnnotations(db, [again]);
      return again.id;
    },
  );
}
