import type { Annotation } from '../model/annotation';

/** One label on one text span: offsets in UTF-16 code units, `end` exclusive (as in the model). */
export interface LabelledSpan {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/**
 * `exact`: same document, label, start and end. `overlap`: same document and label and at least one
 * shared code unit. Either way a span matches at most one span of the other side (a maximum
 * one-to-one matching), so one long span cannot be credited for several short ones.
 */
export type SpanMatchMode = 'exact' | 'overlap';

export interface PrecisionRecall {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** null when undefined (nothing on that side). */
  readonly precision: number | null;
  readonly recall: number | null;
  /** 2tp / (2tp + fp + fn); null when neither side has a span. */
  readonly f1: number | null;
}

export interface SpanF1Result {
  readonly mode: SpanMatchMode;
  /** Per label, for every label either side used, sorted by label. */
  readonly perLabel: Readonly<Record<string, PrecisionRecall>>;
  /** Counts pooled over labels. */
  readonly micro: PrecisionRecall;
  /** Unweighted mean of the per-label F1s; null when there are no labels. */
  readonly macroF1: number | null;
}

export function prf(tp: number, fp: number, fn: number): PrecisionRecall {
  const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** Span targets of the annotations, one item per label; region and document targets are skipped. */
export function spansOf(annotations: readonly Annotation[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const annotation of annotations) {
    if (annotation.target.kind !== 'span') continue;
    const { start, end } = annotation.target.position;
    for (const label of new Set(annotation.body.labels))
      spans.push({ documentId: annotation.documentId, start, end, label });
  }
  return spans;
}

function groupKey(span: LabelledSpan): string {
  return JSON.stringify([span.documentId, span.label]);
}

function group(spans: readonly LabelledSpan[]): Map<string, LabelledSpan[]> {
  const groups = new Map<string, LabelledSpan[]>();
  for (const span of spans) {
    const key = groupKey(span);
    const list = groups.get(key);
    if (list) list.push(span);
    else groups.set(key, [span]);
  }
  return groups;
}

function overlaps(a: LabelledSpan, b: LabelledSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function exactEqual(a: LabelledSpan, b: LabelledSpan): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Size of a maximum bipartite matching (Kuhn's augmenting paths); groups are one label in one document. */
function maximumMatching(
  left: readonly LabelledSpan[],
  right: readonly LabelledSpan[],
  matches: (a: LabelledSpan, b: LabelledSpan) => boolean,
): number {
  const edges = left.map((a) => right.flatMap((b, j) => (matches(a, b) ? [j] : [])));
  const owner = new Array<number>(right.length).fill(-1);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const current = owner[j] ?? -1;
      if (current === -1 || augment(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let i = 0; i < left.length; i++)
    if (augment(i, new Array<boolean>(right.length).fill(false))) size++;
  return size;
}

/**
 * Span-level agreement of `candidate` against `reference`. Pairwise F1 is symmetric: swapping the
 * two sides swaps fp and fn and leaves F1 unchanged, so either annotator can be the reference.
 */
export function spanF1(
  reference: readonly LabelledSpan[],
  candidate: readonly LabelledSpan[],
  mode: SpanMatchMode,
): SpanF1Result {
  const refGroups = group(reference);
  const candGroups = group(candidate);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const keys = new Set([...refGroups.keys(), ...candGroups.keys()]);
  for (const key of keys) {
    const refs = refGroups.get(key) ?? [];
    const cands = candGroups.get(key) ?? [];
    const tp = maximumMatching(refs, cands, mode === 'exact' ? exactEqual : overlaps);
    const label = (refs[0] ?? cands[0])?.label ?? '';
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c.tp += tp;
    c.fp += cands.length - tp;
    c.fn += refs.length - tp;
    counts.set(label, c);
  }
  const labels = [...counts.keys()].sort();
  const perLabel: Record<string, PrecisionRecall> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of labels) {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    perLabel[label] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const f1s = labels.map((label) => perLabel[label]?.f1 ?? 0);
  return {
    mode,
    perLabel,
    micro: prf(tp, fp, fn),
    macroF1: f1s.length === 0 ? null : f1s.reduce((s, x) => s + x, 0) / f1s.length,
  };
}
