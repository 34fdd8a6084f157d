/**
 * The client's rules for annotations that have changes still in the outbox, as pure functions.
 *
 * The renderer shows the local view (server state with pending mutations on top) straight from its
 * annotations table. For an annotation with pending mutations it also keeps the server's state as
 * last known (its `base`): pulls update the base instead of the local view, so a pull never
 * overwrites a pending change, and when a pending mutation is rejected the local view falls back
 * to the base, which is what the server holds.
 *
 * One ordering rule makes this exact: the client pulls only while no push is in doubt (sent and not
 * answered). Then every pulled change for an annotation with pending mutations was committed before
 * those mutations reach the server, so a mutation the server applies is later than anything in the
 * base, and the base may simply take its value.
 */
import type { AnnotationWire } from '../model/annotationSchema';
import { mutationAnnotationId, writesAnnotation } from './apply';
import type { AnnotationChange, Mutation, PushResponse, RejectReason } from './protocol';
import type { RejectedMutation } from './reconcile';

/** The server's state of an annotation that has pending local mutations. */
export interface BaseCopy {
  /**
   * The server version last pulled for it; 0 when the base came from a local snapshot or from a
   * push the server acknowledged (whose version the push answer does not say). Pulls only raise it.
   */
  readonly version: number;
  /** Absent when the server does not hold it (never pushed yet, or deleted). */
  readonly annotation?: AnnotationWire;
}

/**
 * The base to keep when the user edits an annotation: the first pending edit snapshots the local
 * row (which, with nothing pending, is the server's state as far as this client knows).
 */
export function baseBeforeEdit(
  existing: BaseCopy | undefined,
  hasPending: boolean,
  current: AnnotationWire | undefined,
): BaseCopy | undefined {
  if (existing !== undefined || hasPending) return existing;
  return current === undefined ? { version: 0 } : { version: 0, annotation: current };
}

export interface SettleInput {
  /** The mutations sent in the push, oldest first. */
  readonly batch: readonly Mutation[];
  readonly response: PushResponse;
  /** The bases of the batch's annotations (absent: the server does not hold it). */
  readonly base: ReadonlyMap<string, BaseCopy>;
  /**
   * Every outbox row of the batch's annotations as `[mutationId, annotationId]`, the batch's own
   * rows included: those this answer does not settle keep their annotation pending.
   */
  readonly outboxRows: readonly (readonly [number, string])[];
}

export interface SettleResult {
  /** Mutation ids to remove from the outbox. */
  readonly settled: number[];
  /** Rejected mutations, for the visible rejected list. */
  readonly rejected: RejectedMutation[];
  /** New bases for annotations that stay pending. */
  readonly base: Map<string, BaseCopy>;
  /** Annotations with nothing pending any more: their base is dropped. */
  readonly drained: string[];
  /**
   * Local-view writes for drained annotations whose last mutation was rejected: the server's state
   * (null: the server does not hold it). A drained annotation whose last mutation was applied
   * already shows exactly that mutation, so it needs no write.
   */
  readonly restore: Map<string, AnnotationWire | null>;
}

/**
 * Settles a push answer against the batch that was sent. Only mutations of the batch that the
 * answer reports on leave the outbox: an answer for an older push (a duplicate, or a replay whose
 * `lastMutationId` runs past the batch) settles nothing it does not name.
 */
export function settleBatch(input: SettleInput): SettleResult {
  const { batch, response } = input;
  const outcomes = new Map(response.outcomes.map((o) => [o.id, o] as const));
  const base = new Map(input.base);
  const lastOutcome = new Map<string, 'applied' | RejectReason>();
  const settled: number[] = [];
  const rejected: RejectedMutation[] = [];
  for (const mutation of batch) {
    const outcome = outcomes.get(mutation.id);
    if (outcome === undefined || mutation.id > response.lastMutationId) continue;
    const id = mutationAnnotationId(mutation);
    settled.push(mutation.id);
    if (outcome.status === 'rejected') {
      rejected.push({ mutation, reason: outcome.reason });
      lastOutcome.set(id, outcome.reason);
      continue;
    }
    lastOutcome.set(id, 'applied');
    const version = base.get(id)?.version ?? 0;
    if (writesAnnotation(mutation)) {
      base.set(id, { version, annotation: mutation.annotation });
    } else {
      base.set(id, { version });
    }
  }
  const done = new Set(settled);
  const stillPending = new Set(
    input.outboxRows.filter(([mutationId]) => !done.has(mutationId)).map(([, id]) => id),
  );
  const drained: string[] = [];
  const restore = new Map<string, AnnotationWire | null>();
  for (const [id, last] of lastOutcome) {
    if (stillPending.has(id)) continue;
    drained.push(id);
    if (last !== 'applied') restore.set(id, base.get(id)?.annotation ?? null);
    base.delete(id);
  }
  for (const id of [...base.keys()]) if (!stillPending.has(id)) base.delete(id);
  return { settled, rejected, base, drained, restore };
}

/**
 * The annotations whose bases settleBatch reads: those that stay pending (their base takes the
 * applied mutations' values on top of its version) and those with a mutation the answer does not
 * apply (a rejection restores the base). Any other annotation of the batch drains with its last
 * mutation applied, which needs no base, so a push that all goes through reads none.
 */
export function basesNeeded(
  input: Pick<SettleInput, 'batch' | 'response' | 'outboxRows'>,
): string[] {
  const { batch, response } = input;
  const outcomes = new Map(response.outcomes.map((o) => [o.id, o] as const));
  const settled = new Set<number>();
  const needed = new Set<string>();
  for (const mutation of batch) {
    const outcome = outcomes.get(mutation.id);
    if (outcome === undefined || mutation.id > response.lastMutationId) continue;
    settled.add(mutation.id);
    if (outcome.status === 'rejected') needed.add(mutationAnnotationId(mutation));
  }
  for (const [mutationId, id] of input.outboxRows) if (!settled.has(mutationId)) needed.add(id);
  return [...needed];
}

export interface RoutedPull {
  /** Local-view writes for annotations with nothing pending (last change per id wins). */
  readonly puts: Map<string, AnnotationWire>;
  readonly deletes: Set<string>;
  /** Updated bases of annotations with pending mutations. */
  readonly base: Map<string, BaseCopy>;
}

/**
 * Routes a pulled page: changes to annotations with pending mutations go to their base (versions
 * only move forward), all others straight to the local view.
 */
export function routePull(
  changes: readonly AnnotationChange[],
  pending: ReadonlySet<string>,
  base: ReadonlyMap<string, BaseCopy>,
): RoutedPull {
  const puts = new Map<string, AnnotationWire>();
  const deletes = new Set<string>();
  const nextBase = new Map<string, BaseCopy>();
  for (const change of changes) {
    const id = change.annotationId;
    if (pending.has(id)) {
      const known = nextBase.get(id) ?? base.get(id);
      if (known !== undefined && known.version >= change.version) continue;
      nextBase.set(
        id,
        change.deleted || !change.annotation
          ? { version: change.version }
          : { version: change.version, annotation: change.annotation },
      );
    } else if (change.deleted || !change.annotation) {
      puts.delete(id);
      deletes.add(id);
    } else {
      deletes.delete(id);
      puts.set(id, change.annotation);
    }
  }
  return { puts, deletes, base: nextBase };
}

/**
 * Whether a pull may run: only when no outbox row has been sent without an answer. `sentUpTo` is
 * the highest mutation id sent in a push not yet answered (after a restart: the highest id in the
 * outbox, since any of them may have been sent). `oldestPending` is the outbox's lowest id.
 */
export function mayPull(oldestPending: number | undefined, sentUpTo: number): boolean {
  return oldestPending === undefined || oldestPending > sentUpTo;
}
