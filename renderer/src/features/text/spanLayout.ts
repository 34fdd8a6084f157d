import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import { MAX_LAYERS } from './labelStyles';
import { lowerBound, sortInSlices } from './sorting';

/** How one span annotation is drawn; `layer` is its stacking level among overlapping spans. */
export interface SpanRecord {
  readonly id: AnnotationId;
  annotation: Annotation;
  start: number;
  end: number;
  /** Index of the label in the schema, or -1 for a label the schema no longer has. */
  label: number;
  layer: number;
  /** Takes part in a relation (either end). */
  linked: boolean;
  /** Has linked codes. */
  coded: boolean;
}

export interface LayoutChanges {
  /** Spans no longer drawn. */
  readonly removed: AnnotationId[];
  /** Spans drawn for the first time or drawn differently (position, label, level, marks). */
  readonly changed: SpanRecord[];
}

/** Beyond this share of changed spans, a full re-layout is cheaper than patching. */
const REBUILD_SHARE = 0.05;

const order = (a: SpanRecord, b: SpanRecord): number =>
  a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The drawing of a document's spans, kept up to date incrementally: an edit to one span re-lays
 * out only the run of spans overlapping it, not all 50,000. Stacking levels are greedy in reading
 * order (longer spans first on a tie), the same as shared/anchor/spanLayers.ts.
 */
export class SpanLayout {
  private readonly byId = new Map<AnnotationId, SpanRecord>();
  private sorted: SpanRecord[] = [];
  /** How many relations point at each annotation. */
  private readonly incoming = new Map<AnnotationId, number>();
  /** Annotations that are not spans (the document note), for the relations they hold. */
  private readonly others = new Map<AnnotationId, Annotation>();
  private previous: readonly Annotation[] = [];

  constructor(
    private readonly labelIndex: (labelId: string) => number,
    private readonly textLength: number,
  ) {}

  get size(): number {
    return this.sorted.length;
  }

  get(id: AnnotationId): SpanRecord | undefined {
    return this.byId.get(id);
  }

  /**
   * The first layout of a document, built in slices with `pause()` between them so that even
   * 50,000 spans never hold the main thread for long. The layout must be empty.
   */
  async build(
    annotations: readonly Annotation[],
    pause: () => Promise<void>,
  ): Promise<LayoutChanges> {
    const SLICE = 2500;
    const relinked = new Set<AnnotationId>();
    for (let from = 0; from < annotations.length; from += SLICE) {
      for (const annotation of annotations.slice(from, from + SLICE)) {
        if (annotation.target.kind === 'span') {
          this.byId.set(annotation.id, this.recordOf(annotation));
          relinked.add(annotation.id);
        } else this.others.set(annotation.id, annotation);
        this.countRelations(undefined, annotation, relinked);
      }
      await pause();
    }
    this.previous = annotations.slice();
    for (const id of relinked) {
      const record = this.byId.get(id);
      if (record)
        record.linked =
          (record.annotation.body.relations?.length ?? 0) > 0 || (this.incoming.get(id) ?? 0) > 0;
    }
    this.sorted = await sortInSlices([...this.byId.values()], order, pause);
    this.relayout(0, this.sorted.length - 1, new Set());
    return { removed: [], changed: [...this.sorted] };
  }

  /**
   * Brings the layout in line with `annotations` and says which spans to redraw. The host passes
   * a new list on every edit that keeps unchanged annotations as the same objects in the same
   * places, so comparing with the previous list is mostly pointer comparisons.
   */
  update(annotations: readonly Annotation[]): LayoutChanges {
    const previous = this.previous;
    // A copy: a caller that mutates its list in place must not fool the comparison.
    this.previous = annotations.slice();
    const touched = new Set<SpanRecord>();
    const moved: SpanRecord[] = [];
    const added: SpanRecord[] = [];
    /** Annotations whose "takes part in a relation" mark must be looked at again. */
    const relinked = new Set<AnnotationId>();
    let spans = 0;
    let others = 0;

    for (let i = 0; i < annotations.length; i++) {
      const annotation = annotations[i]!;
      const isSpan = annotation.target.kind === 'span';
      if (isSpan) spans++;
      else others++;
      if (annotation === previous[i]) continue;
      if (!isSpan) {
        const before = this.others.get(annotation.id);
        if (before !== annotation) this.countRelations(before, annotation, relinked);
        this.others.set(annotation.id, annotation);
        continue;
      }
      const record = this.byId.get(annotation.id);
      if (!record) {
        const created = this.recordOf(annotation);
        this.byId.set(annotation.id, created);
        added.push(created);
        this.countRelations(undefined, annotation, relinked);
        relinked.add(annotation.id);
        continue;
      }
      if (record.annotation === annotation) continue;
      const before = record.annotation;
      if (before.body.relations !== annotation.body.relations) {
        this.countRelations(before, annotation, relinked);
        relinked.add(annotation.id);
      }
      const next = this.recordOf(annotation);
      record.annotation = annotation;
      if (next.start !== record.start || next.end !== record.end) {
        moved.push(record);
        record.start = next.start;
        record.end = next.end;
      }
      if (next.label !== record.label || next.coded !== record.coded) {
        record.label = next.label;
        record.coded = next.coded;
        touched.add(record);
      }
    }

    // Something was deleted only if fewer annotations came than are known.
    const removed: SpanRecord[] = [];
    if (spans !== this.byId.size || others !== this.others.size) {
      const present = new Set(annotations.map((a) => a.id));
      for (const record of this.byId.values())
        if (!present.has(record.id)) {
          removed.push(record);
          this.countRelations(record.annotation, undefined, relinked);
        }
      for (const record of removed) this.byId.delete(record.id);
      for (const [id, other] of this.others)
        if (!present.has(id)) {
          this.countRelations(other, undefined, relinked);
          this.others.delete(id);
        }
    }

    for (const id of relinked) {
      const record = this.byId.get(id);
      if (!record) continue;
      const linked =
        (record.annotation.body.relations?.length ?? 0) > 0 || (this.incoming.get(id) ?? 0) > 0;
      if (linked !== record.linked) {
        record.linked = linked;
        touched.add(record);
      }
    }

    const changesCount = removed.length + moved.length + added.length;
    if (changesCount > this.sorted.length * REBUILD_SHARE) {
      this.sorted = [...this.byId.values()].sort(order);
      this.relayout(0, this.sorted.length - 1, touched);
    } else if (changesCount > 0) {
      this.patch(removed, moved, added, touched);
    }
    for (const record of added) touched.add(record);
    for (const record of moved) touched.add(record);
    return {
      removed: removed.map((r) => r.id),
      changed: [...touched].filter((r) => this.byId.has(r.id)),
    };
  }

  private recordOf(annotation: Annotation): SpanRecord {
    const target = annotation.target;
    const position = target.kind === 'span' ? target.position : { start: 0, end: 0 };
    const start = Math.max(0, Math.min(position.start, this.textLength));
    return {
      id: annotation.id,
      annotation,
      start,
      end: Math.max(start, Math.min(position.end, this.textLength)),
      label: this.labelIndex(annotation.body.labels[0] ?? ''),
      layer: -1,
      linked: false,
      coded: (annotation.body.codes?.length ?? 0) > 0,
    };
  }

  private countRelations(
    before: Annotation | undefined,
    after: Annotation | undefined,
    relinked: Set<AnnotationId>,
  ): void {
    for (const relation of before?.body.relations ?? []) {
      this.incoming.set(relation.targetId, (this.incoming.get(relation.targetId) ?? 1) - 1);
      relinked.add(relation.targetId);
    }
    for (const relation of after?.body.relations ?? []) {
      this.incoming.set(relation.targetId, (this.incoming.get(relation.targetId) ?? 0) + 1);
      relinked.add(relation.targetId);
    }
  }

  /** A few spans came, went or moved: splice them and re-lay out the runs around them. */
  private patch(
    removed: readonly SpanRecord[],
    moved: readonly SpanRecord[],
    added: readonly SpanRecord[],
    touched: Set<SpanRecord>,
  ): void {
    const leaving = new Set([...removed, ...moved]);
    const anchors: number[] = [];
    if (leaving.size > 0) {
      const kept: SpanRecord[] = [];
      for (const record of this.sorted) {
        if (leaving.has(record)) anchors.push(record.start);
        else kept.push(record);
      }
      this.sorted = kept;
    }
    for (const record of [...moved, ...added]) {
      this.sorted.splice(
        lowerBound(this.sorted, (r) => order(r, record) < 0),
        0,
        record,
      );
      anchors.push(record.start);
    }
    const prefixMaxEnd = new Float64Array(this.sorted.length);
    let maxEnd = -1;
    this.sorted.forEach((record, i) => {
      maxEnd = Math.max(maxEnd, record.end);
      prefixMaxEnd[i] = maxEnd;
    });
    const n = this.sorted.length;
    const done = new Set<number>();
    for (const start of anchors) {
      const at = lowerBound(this.sorted, (r) => r.start < start);
      // The runs on both sides of the edit: a removed span may have joined them into one.
      for (const k of [at - 1, at]) {
        if (k < 0 || k >= n) continue;
        let from = k;
        while (from > 0 && prefixMaxEnd[from - 1]! > this.sorted[from]!.start) from--;
        if (done.has(from)) continue;
        done.add(from);
        let to = k;
        while (to + 1 < n && prefixMaxEnd[to]! > this.sorted[to + 1]!.start) to++;
        this.relayout(from, to, touched);
      }
    }
  }

  /** Greedy levels for sorted[from..to], which no span outside overlaps. */
  private relayout(from: number, to: number, touched: Set<SpanRecord>): void {
    const levelEnds: number[] = [];
    for (let i = from; i <= to; i++) {
      const record = this.sorted[i]!;
      let level = levelEnds.findIndex((end) => end <= record.start);
      if (level < 0) level = levelEnds.push(0) - 1;
      levelEnds[level] = record.end;
      const layer = Math.min(level, MAX_LAYERS - 1);
      if (layer !== record.layer) {
        record.layer = layer;
        touched.add(record);
      }
    }
  }
}
