/**
 * Recognising the server's echo of this client's own mutations in the pull that follows a push.
 *
 * When a push settles and an annotation drains with its last mutation applied, the local view holds
 * exactly that mutation (settleBatch leaves it alone). A pulled change that carries the same state
 * would rewrite the row with what it already holds, so it may be skipped — as long as nothing else
 * wrote the row in between, which is why every other write of the annotation forgets its echo.
 */
import type { AnnotationWire } from '../model/annotationSchema';
import { mutationAnnotationId, writesAnnotation } from './apply';
import type { Mutation } from './protocol';

/** Per annotation, the state the local view holds after its applied mutation (null: deleted). */
export type Echoes = Map<string, AnnotationWire | null>;

/**
 * Records a settled batch: annotations that drained with their last mutation applied now show that
 * mutation; every other annotation of the batch is forgotten (still pending, or restored to the
 * server's state after a rejection).
 */
export function recordSettled(
  echoes: Echoes,
  batch: readonly Mutation[],
  drained: readonly string[],
  restored: ReadonlySet<string>,
): void {
  const last = new Map<string, Mutation>();
  for (const mutation of batch) last.set(mutationAnnotationId(mutation), mutation);
  for (const id of last.keys()) echoes.delete(id);
  for (const id of drained) {
    const mutation = last.get(id);
    if (mutation === undefined || restored.has(id)) continue;
    echoes.set(id, writesAnnotation(mutation) ? mutation.annotation : null);
  }
}

/** Whether two JSON values are equal, ignoring key order and properties set to undefined. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((v) => v !== undefined).length;
  return left.length === rightCount && left.every(([k, v]) => sameJson(v, right[k]));
}

/**
 * The local-view writes of a pulled page (see routePull) that only repeat an echo: puts of the
 * state the echo holds, deletions of an annotation whose echo is its deletion. The caller still
 * checks that the row is there (or gone) before skipping, since a document removed on this
 * computer takes its annotations with it.
 */
export function echoedWrites(
  echoes: Echoes,
  routed: {
    readonly puts: ReadonlyMap<string, AnnotationWire>;
    readonly deletes: ReadonlySet<string>;
  },
): { puts: Set<string>; deletes: Set<string> } {
  const puts = new Set<string>();
  const deletes = new Set<string>();
  for (const [id, annotation] of routed.puts) {
    const echo = echoes.get(id);
    if (echo && sameJson(echo, annotation)) puts.add(id);
  }
  for (const id of routed.deletes) if (echoes.get(id) === null) deletes.add(id);
  return { puts, deletes };
}
