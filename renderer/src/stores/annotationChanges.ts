import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationId } from '../../../shared/model/ids';

/** One annotation's state before and after an edit; undefined means it did not exist. */
export interface AnnotationChange {
  readonly id: AnnotationId;
  readonly before?: Annotation;
  readonly after?: Annotation;
}

export function invert(changes: readonly AnnotationChange[]): AnnotationChange[] {
  return changes.map(({ id, before, after }) => ({ id, before: after, after: before })).reverse();
}

/** The in-memory list after an edit, keeping order stable (new annotations at the end). */
export function applyToList(
  list: readonly Annotation[],
  changes: readonly AnnotationChange[],
): Annotation[] {
  const byId = new Map(list.map((a) => [a.id, a] as const));
  for (const change of changes) {
    if (change.after) byId.set(change.id, change.after);
    else byId.delete(change.id);
  }
  return [...byId.values()];
}
