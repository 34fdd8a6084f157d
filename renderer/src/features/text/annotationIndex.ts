import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { RelationEnd } from '../../../../shared/model/relations';

/**
 * Annotations by id and the relations pointing at each, kept up to date by comparing each new list
 * with the previous one slot by slot: the store replaces only what an edit touched, so an edit
 * among 50,000 annotations costs a pass over array slots, not over the objects themselves.
 */
export class AnnotationIndex {
  private readonly byId = new Map<AnnotationId, Annotation>();
  /** Sources of the relations pointing at each annotation. */
  private readonly incoming = new Map<AnnotationId, Set<AnnotationId>>();
  private previous: readonly Annotation[] = [];

  update(annotations: readonly Annotation[]): void {
    const previous = this.previous;
    this.previous = annotations.slice();
    for (let i = 0; i < annotations.length; i++) {
      const annotation = annotations[i]!;
      if (annotation === previous[i]) continue;
      const before = this.byId.get(annotation.id);
      if (before === annotation) continue;
      this.unlink(before);
      this.byId.set(annotation.id, annotation);
      this.link(annotation);
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

  get(id: AnnotationId | undefined): Annotation | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** As shared/model/relations.ts `relationsOf`, without scanning the list. */
  relationsOf(id: AnnotationId): { outgoing: RelationEnd[]; incoming: RelationEnd[] } {
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
