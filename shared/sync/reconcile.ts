/**
 * The client's half of sync, as pure functions over plain data. The renderer keeps the outbox,
 * the rejected list, its copy of server state and the cursor in one Dexie database and applies each
 * function's result in one transaction.
 */
import type { AnnotationWire } from '../model/annotationSchema';
import { mutationAnnotationId, writesAnnotation } from './apply';
import type { AnnotationChange, Mutation, PushResponse, RejectReason } from './protocol';

export interface RejectedMutation {
  readonly mutation: Mutation;
  readonly reason: RejectReason;
}

/** The server's state of one annotation as this client last pulled it. */
export interface ServerCopy {
  readonly version: number;
  readonly deleted: boolean;
  readonly annotation?: AnnotationWire;
}

export interface Settled {
  readonly outbox: Mutation[];
  /** Newly rejected mutations, to add to the visible rejected list (never dropped silently). */
  readonly rejected: RejectedMutation[];
}

/**
 * Settles the outbox against a push response: every mutation up to `lastMutationId` leaves the
 * outbox, and those the server rejected move to the rejected list with its reason. A stale or
 * duplicated response settles nothing twice, because settled mutations are no longer there.
 */
export function settlePush(outbox: readonly Mutation[], response: PushResponse): Settled {
  const reasons = new Map<number, RejectReason>();
  for (const outcome of response.outcomes) {
    if (outcome.status === 'rejected') reasons.set(outcome.id, outcome.reason);
  }
  const kept: Mutation[] = [];
  const rejected: RejectedMutation[] = [];
  for (const mutation of outbox) {
    if (mutation.id > response.lastMutationId) {
      kept.push(mutation);
      continue;
    }
    const reason = reasons.get(mutation.id);
    if (reason !== undefined) rejected.push({ mutation, reason });
  }
  return { outbox: kept, rejected };
}

/** The next push: the oldest mutations, in order. */
export function nextBatch(outbox: readonly Mutation[], max: number): Mutation[] {
  return outbox.slice(0, max);
}

/**
 * Applies pulled changes to the client's copy of server state. Versions only move forward, so a
 * page that arrives twice or late changes nothing.
 */
export function applyChanges(
  base: ReadonlyMap<string, ServerCopy>,
  changes: readonly AnnotationChange[],
): Map<string, ServerCopy> {
  const next = new Map(base);
  for (const change of changes) {
    const known = next.get(change.annotationId);
    if (known !== undefined && known.version >= change.version) continue;
    next.set(change.annotationId, {
      version: change.version,
      deleted: change.deleted,
      ...(change.annotation ? { annotation: change.annotation } : {}),
    });
  }
  return next;
}

/** What the user sees: the server's state with the still-pending mutations replayed on top. */
export function localView(
  base: ReadonlyMap<string, ServerCopy>,
  outbox: readonly Mutation[],
): Map<string, AnnotationWire> {
  const view = new Map<string, AnnotationWire>();
  for (const [id, copy] of base) {
    if (!copy.deleted && copy.annotation) view.set(id, copy.annotation);
  }
  for (const mutation of outbox) {
    const id = mutationAnnotationId(mutation);
    if (writesAnnotation(mutation)) {
      // A pending edit of something the server has since deleted will be rejected; show the
      // deletion now rather than flicker. (A restore may bring it back; the answer will say.)
      if (base.get(id)?.deleted && mutation.kind === 'annotation.put') continue;
      view.set(id, mutation.annotation);
    } else {
      view.delete(id);
    }
  }
  return view;
}
