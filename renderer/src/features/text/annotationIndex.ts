import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { RelationEnd } from '../../../../shared/model/relations';

/** Annotations indexed per task by `warm`: a few milliseconds of work each. */
const WARM_SLICE = 2500;

/**
 * Annotations by id and the relations pointing at each, kept up to date by comparing each new list
 * with the previous one slot by slot: the store replaces only what an edit touched, so an edit
 * among 50,000 annotations costs a pass over array slots, not over the objects themselves.
 *
 * `update` only records the list; the index catches up on the first question asked of it, or
 * ahead of time in small slices (`warm`). Opening a document with 50,000 annotations therefore
 * does not index them before the text is shown.
 */
export class AnnotationIndex {
  private readonly byId = new Map<AnnotationId, Annotation>();
  /** Sources of the relations pointing at each annotation. */
  private readonly incoming = new Map<AnnotationId, Set<AnnotationId>>();
  /** The list the answers must be about. */
  private wanted: readonly Annotation[] = [];
  /** The list last indexed in full (a copy: a caller mutating its own list cannot fool it). */
  private previous: readonly Annotation[] = [];
  /** Whether `wanted` has changed since the last full pass. */
  private stale = true;
  /** Whether a full pass has ever run (`previous` means something). */
  private indexed = false;

  /** Makes `annotations` the list answered for; the indexing itself waits until it is needed. */
  update(annotations: readonly Annotation[]): void {
    this.wanted = annotations;
    this.stale = true;
  }

  /**
   * Indexes the wanted list in slices, each after a `pause()`, so that a first index of tens of
   * thousands of annotations never holds the main thread for long; `pause` resolving false
   * stops it. Questions asked meanwhile are still answered correctly (they finish the job).
   */
  async warm(pause: () => Promise<boolean>): Promise<void> {
    // Only a first index is built in slices: later lists differ from the last one in a few slots,
    // which one pass finds quickly. (A full pass also ends the slicing: it compares with the list
    // it indexed, so nothing may be put in between.)
    for (let from = 0; !this.indexed && from < this.wanted.length; from += WARM_SLICE) {
      if (!(await pause())) return;
      const list = this.wanted;
      for (let i = from; i < Math.min(list.length, from + WARM_SLICE); i++) this.put(list[i]!);
    }
    // Whatever changed while warming (new lists, deletions) is settled by one full pass, which
    // by now mostly finds each annotation already in place.
    this.sync();
  }

  get(id: AnnotationId | undefined): Annotation | undefined {
    if (id === undefined) return undefined;
    this.sync();
    return this.byId.get(id);
  }

  /** As shared/model/relations.ts `relationsOf`, without scanning the list. */
  relationsOf(id: AnnotationId): { outgoing: RelationEnd[]; incoming: RelationEnd[] } {
    this.sync();
    const self = this.byId.get(id);
    const outgoing: RelationEnd[] = [];
    for (const relation of self?.body.relations ?? []) {
      const other = this.byId.get(relation.targetId);
      if (other) outgoing.push({ relation, other });
    }
    const incoming: RelationEnd[] = [];
    for (const sourceId of this.incoming.get(id) ?? []) {
      const other = this.byId.get(sourceId);
      for (const relation of other?.body.relations ?? [])
        if (other && relation.targetId === id) incoming.push({ relation, other });
    }
    return { outgoing, incoming };
  }

  private sync(): void {
    if (!this.stale) return;
    const annotations = this.wanted;
    const previous = this.previous;
    this.previous = annotations.slice();
    this.stale = false;
    this.indexed = true;
    for (let i = 0; i < annotations.length; i++) {
      const annotation = annotations[i]!;
      if (annotation !== previous[i]) this.put(annotation);
    }
    // New ones are in the map by now, so a deletion shows as more known than given.
    if (annotations.length !== this.byId.size) {
      const present = new Set(annotations.map((a) => a.id));
      for (const [id, annotation] of this.byId)
        if (!present.has(id)) {
          this.unlink(annotation);
          this.byId.delete(id);
        }
    }
  }

  /** Indexes one annotation (a no-op when it is already indexed as it is). */
  private put(annotation: Annotation): void {
    const before = this.byId.get(annotation.id);
    if (before === annotation) return;
    this.unlink(before);
    this.byId.set(annotation.id, annotation);
    this.link(annotation);
  }

  private link(annotation: Annotation): void {
    for (const relation of annotation.body.relations ?? []) {
      let sources = this.incoming.get(relation.targetId);
      if (!sources) this.incoming.set(relation.targetId, (sources = new Set()));
      sources.add(annotation.id);
    }
  }

  private unlink(annotation: Annotation | undefined): void {
    for (const relation of annotation?.body.relations ?? []) {
      const sources = this.incoming.get(relation.targetId);
      sources?.delete(annotation!.id);
      if (sources?.size === 0) this.incoming.delete(relation.targetId);
    }
  }
}

/** The read side of the index, as of one list of annotations. */
export interface AnnotationLookup {
  get(id: AnnotationId | undefined): Annotation | undefined;
  relationsOf(id: AnnotationId): { outgoing: RelationEnd[]; incoming: RelationEnd[] };
}
