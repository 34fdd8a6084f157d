import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { assignLayers } from '../../../../shared/anchor/spanLayers';
import { MAX_LAYERS } from './labelStyles';

/** What the editor draws for one span annotation; `key` changes whenever the drawing must. */
export interface SpanView {
  readonly id: AnnotationId;
  readonly start: number;
  readonly end: number;
  /** Index of the label in the schema, or -1 for a label the schema no longer has. */
  readonly labelIndex: number;
  readonly layer: number;
  readonly linked: boolean;
  readonly coded: boolean;
  readonly key: string;
}

/** The span annotations of a document as the editor draws them, with their stacking levels. */
export function spanViews(
  annotations: readonly Annotation[],
  schema: LabelSchema,
  textLength: number,
): SpanView[] {
  const labelIndex = new Map(schema.labels.map((label, i) => [label.id, i] as const));
  const spans: { annotation: Annotation; start: number; end: number }[] = [];
  for (const annotation of annotations) {
    const target = annotation.target;
    if (target.kind !== 'span') continue;
    const start = Math.max(0, Math.min(target.position.start, textLength));
    const end = Math.max(start, Math.min(target.position.end, textLength));
    spans.push({ annotation, start, end });
  }
  const layers = assignLayers(spans);
  const linkedTargets = new Set<AnnotationId>();
  for (const { annotation } of spans)
    for (const relation of annotation.body.relations ?? []) linkedTargets.add(relation.targetId);
  return spans.map(({ annotation, start, end }, i) => {
    const label = labelIndex.get(annotation.body.labels[0] ?? '') ?? -1;
    const layer = Math.min(layers[i] ?? 0, MAX_LAYERS - 1);
    const linked = (annotation.body.relations?.length ?? 0) > 0 || linkedTargets.has(annotation.id);
    const coded = (annotation.body.codes?.length ?? 0) > 0;
    return {
      id: annotation.id,
      start,
      end,
      labelIndex: label,
      layer,
      linked,
      coded,
      key: `${start},${end},${label},${layer},${linked ? 1 : 0}${coded ? 1 : 0}`,
    };
  });
}

/** Classes of a span's inline decoration and its tag. */
export function spanClasses(view: SpanView): { inline: string; tag: string; gutter: string } {
  const label = view.labelIndex;
  const flags = `${view.linked ? ' gl-linked' : ''}${view.coded ? ' gl-coded' : ''}`;
  return {
    inline: label < 0 ? `gl-s gl-s-unknown-${view.layer}` : `gl-s gl-s-${label}-${view.layer}`,
    tag: label < 0 ? `gl-tag gl-tag-unknown${flags}` : `gl-tag gl-tag-${label}${flags}`,
    gutter: label < 0 ? 'gl-gut gl-gut-unknown' : `gl-gut gl-gut-${label}`,
  };
}
