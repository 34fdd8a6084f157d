import { pageSegments, type PageTable } from '../../../../shared/anchor/crossPage';
import { resolveSpan, type SpanResolution } from '../../../../shared/anchor/reanchor';
import type { Annotation, PdfRect } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';

/** One annotation's presence on one page. */
export interface PageMark {
  readonly id: AnnotationId;
  readonly labelId: string;
  readonly kind: 'span' | 'region';
  /** Stored boxes, or undefined when they must be computed from the page text (below). */
  readonly rects?: readonly PdfRect[];
  /** Page-local canonical range, for spans without stored boxes on this page. */
  readonly range?: { readonly start: number; readonly end: number };
}

export interface AnchorIndex {
  readonly byPage: ReadonlyMap<number, readonly PageMark[]>;
  readonly orphans: readonly Annotation[];
  /** Re-anchored spans (their stored offsets no longer held their quote). */
  readonly moved: ReadonlySet<AnnotationId>;
  /** Where to scroll to show an annotation. */
  readonly locations: ReadonlyMap<AnnotationId, { pageIndex: number; rect?: PdfRect }>;
}

const EMPTY: readonly PageMark[] = [];

/** Annotations are immutable records, so a resolution is valid for as long as its object lives. */
const resolutions = new WeakMap<Annotation, { text: string; resolution: SpanResolution }>();

function resolved(annotation: Annotation, text: string): SpanResolution {
  const cached = resolutions.get(annotation);
  if (cached && cached.text === text) return cached.resolution;
  const target = annotation.target;
  const resolution =
    target.kind === 'span'
      ? resolveSpan(text, target.position, target.quote)
      : ({ status: 'orphan' } as const);
  resolutions.set(annotation, { text, resolution });
  return resolution;
}

/**
 * Verifies every annotation against the canonical text and files it under the pages it is drawn
 * on. Spans are drawn from their stored boxes (the PDF is the same file, so boxes stay right even
 * when offsets moved); spans without boxes get them from the page text when the page is shown.
 * Spans whose quote cannot be found are orphans: listed, never drawn, never dropped.
 */
export function buildAnchorIndex(
  annotations: readonly Annotation[],
  text: string,
  table: PageTable,
): AnchorIndex {
  const byPage = new Map<number, PageMark[]>();
  const orphans: Annotation[] = [];
  const moved = new Set<AnnotationId>();
  const locations = new Map<AnnotationId, { pageIndex: number; rect?: PdfRect }>();
  const add = (pageIndex: number, mark: PageMark): void => {
    const list = byPage.get(pageIndex);
    if (list) list.push(mark);
    else byPage.set(pageIndex, [mark]);
  };

  for (const annotation of annotations) {
    const target = annotation.target;
    const labelId = annotation.body.labels[0] ?? '';
    if (target.kind === 'region') {
      add(target.page.pageIndex, {
        id: annotation.id,
        labelId,
        kind: 'region',
        rects: target.page.rects,
      });
      locations.set(annotation.id, {
        pageIndex: target.page.pageIndex,
        rect: target.page.rects[0],
      });
      continue;
    }
    if (target.kind !== 'span') continue;
    const resolution = resolved(annotation, text);
    if (resolution.status === 'orphan') {
      orphans.push(annotation);
      continue;
    }
    if (resolution.status === 'moved') moved.add(annotation.id);
    const stored = target.pages?.filter((p) => p.rects.length > 0) ?? [];
    if (stored.length > 0) {
      for (const page of stored)
        add(page.pageIndex, { id: annotation.id, labelId, kind: 'span', rects: page.rects });
      const first = stored[0];
      if (first) locations.set(annotation.id, { pageIndex: first.pageIndex, rect: first.rects[0] });
      continue;
    }
    const segments = pageSegments(table, resolution.position.start, resolution.position.end);
    for (const segment of segments) {
      add(segment.pageIndex, {
        id: annotation.id,
        labelId,
        kind: 'span',
        range: { start: segment.start, end: segment.end },
      });
    }
    const first = segments[0];
    if (first) locations.set(annotation.id, { pageIndex: first.pageIndex });
  }
  return { byPage, orphans, moved, locations };
}

export function marksOn(index: AnchorIndex, pageIndex: number): readonly PageMark[] {
  return index.byPage.get(pageIndex) ?? EMPTY;
}

function sameMarks(a: readonly PageMark[], b: readonly PageMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        mark.id === other.id &&
        mark.labelId === other.labelId &&
        mark.rects === other.rects &&
        mark.range?.start === other.range?.start &&
        mark.range?.end === other.range?.end
      );
    })
  );
}

/**
 * Rebuilds the index on every change but hands back the previous list for pages whose marks did
 * not change, so that only the pages an edit touches re-render (one label among 5,000).
 */
export class AnchorIndexer {
  private previous?: AnchorIndex;

  build(annotations: readonly Annotation[], text: string, table: PageTable): AnchorIndex {
    const next = buildAnchorIndex(annotations, text, table);
    const before = this.previous;
    if (before) {
      const byPage = next.byPage as Map<number, readonly PageMark[]>;
      for (const [page, marks] of byPage) {
        const old = before.byPage.get(page);
        if (old && sameMarks(old, marks)) byPage.set(page, old);
      }
    }
    this.previous = next;
    return next;
  }
}
