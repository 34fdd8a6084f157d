import type { Annotation } from '../model/annotation';

/** One annotator's work on the document being adjudicated. */
export interface AdjudicationSource {
  readonly annotatorId: string;
  readonly annotations: readonly Annotation[];
}

/**
 * A row of the side-by-side view: annotations of several annotators that say the same kind of
 * thing about the same place (same label; overlapping spans, the same page region, or the whole
 * document). Each annotator has at most one annotation per row; extra ones start their own row.
 */
export interface AdjudicationRow {
  readonly key: string;
  readonly label: string;
  readonly kind: Annotation['target']['kind'];
  /** Where the row sits in the text (span rows), for ordering and display. */
  readonly start: number;
  readonly cells: Readonly<Record<string, Annotation>>;
  /** Every annotator has one, and they are identical in place and labels. */
  readonly unanimous: boolean;
}

function firstLabel(annotation: Annotation): string {
  return [...annotation.body.labels].sort()[0] ?? '';
}

function overlaps(a: Annotation, b: Annotation): boolean {
  const ta = a.target;
  const tb = b.target;
  if (ta.kind === 'document' && tb.kind === 'document') return true;
  if (ta.kind === 'span' && tb.kind === 'span')
    return ta.position.start < tb.position.end && tb.position.start < ta.position.end;
  if (ta.kind === 'region' && tb.kind === 'region') {
    if (ta.page.pageIndex !== tb.page.pageIndex) return false;
    return ta.page.rects.some((r) =>
      tb.page.rects.some((s) => r.x1 < s.x2 && s.x1 < r.x2 && r.y1 < s.y2 && s.y1 < r.y2),
    );
  }
  return false;
}

function samePlace(a: Annotation, b: Annotation): boolean {
  const labels = (x: Annotation) => [...x.body.labels].sort().join('\u0000');
  if (labels(a) !== labels(b)) return false;
  const ta = a.target;
  const tb = b.target;
  if (ta.kind === 'span' && tb.kind === 'span')
    return ta.position.start === tb.position.start && ta.position.end === tb.position.end;
  return JSON.stringify(ta) === JSON.stringify(tb);
}

function startOf(annotation: Annotation): number {
  const t = annotation.target;
  if (t.kind === 'span') return t.position.start;
  if (t.kind === 'region') return t.page.pageIndex;
  return -1;
}

/**
 * Lines up several annotators' annotations for adjudication, in document order (document-level
 * rows first). Deterministic: sources and annotations are visited in a fixed order.
 */
export function alignForAdjudication(sources: readonly AdjudicationSource[]): AdjudicationRow[] {
  const annotators = sources.map((s) => s.annotatorId);
  const items = sources
    .flatMap((s) => s.annotations.map((a) => ({ annotatorId: s.annotatorId, a })))
    .sort(
      (x, y) =>
        startOf(x.a) - startOf(y.a) ||
        firstLabel(x.a).localeCompare(firstLabel(y.a)) ||
        annotators.indexOf(x.annotatorId) - annotators.indexOf(y.annotatorId),
    );
  const rows: {
    label: string;
    kind: Annotation['target']['kind'];
    cells: Map<string, Annotation>;
  }[] = [];
  for (const { annotatorId, a } of items) {
    const label = firstLabel(a);
    const row = rows.find(
      (r) =>
        r.label === label &&
        r.kind === a.target.kind &&
        !r.cells.has(annotatorId) &&
        [...r.cells.values()].some((other) => overlaps(other, a)),
    );
    if (row) row.cells.set(annotatorId, a);
    else rows.push({ label, kind: a.target.kind, cells: new Map([[annotatorId, a]]) });
  }
  return rows.map((r, index) => {
    const cells = [...r.cells.values()];
    const first = cells[0];
    return {
      key: `row-${index}`,
      label: r.label,
      kind: r.kind,
      start: first ? startOf(first) : 0,
      cells: Object.fromEntries(r.cells),
      unanimous:
        first !== undefined &&
        r.cells.size === annotators.length &&
        cells.every((c) => samePlace(c, first)),
    };
  });
}

/** What the adjudicator chose for a row: one annotator's version, or nothing. */
export type Pick = { readonly from: string } | { readonly from: null };

/** Picks that need no human: a unanimous row takes the first annotator's (identical) version. */
export function defaultPicks(rows: readonly AdjudicationRow[]): Record<string, Pick> {
  const picks: Record<string, Pick> = {};
  for (const row of rows) {
    const first = Object.keys(row.cells)[0];
    if (row.unanimous && first) picks[row.key] = { from: first };
  }
  return picks;
}

/** The adjudicated annotations: one per row that has a pick, in row order. */
export function mergeAdjudication(
  rows: readonly AdjudicationRow[],
  picks: Readonly<Record<string, Pick>>,
): Annotation[] {
  const out: Annotation[] = [];
  for (const row of rows) {
    const from = picks[row.key]?.from;
    const chosen = from ? row.cells[from] : undefined;
    if (chosen) out.push(chosen);
  }
  return out;
}

/** Rows still without a decision (neither unanimous-by-default nor picked). */
export function undecided(
  rows: readonly AdjudicationRow[],
  picks: Readonly<Record<string, Pick>>,
): string[] {
  return rows.filter((r) => !(r.key in picks)).map((r) => r.key);
}
