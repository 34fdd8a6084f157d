import { describe, expect, it } from 'vitest';
import { joinPageTexts } from '../../../../shared/anchor/pageText';
import { quoteAt } from '../../../../shared/anchor/quote';
import type { Annotation, AnnotationTarget } from '../../../../shared/model/annotation';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
} from '../../../../shared/model/ids';
import { AnchorIndexer, buildAnchorIndex, marksOn } from './anchorIndex';

const PAGES = [
  'MASTER AGREEMENT\nThe Supplier shall deliver the Goods.',
  'Payment is due within thirty (30) days of invoice.',
  'Either party may terminate on ninety days notice.',
];
const { text, pageStarts } = joinPageTexts(PAGES);
const table = { pageStarts, textLength: text.length };
const documentId = newId<DocumentId>();
const projectId = newId<ProjectId>();

function annotation(target: AnnotationTarget, label = 'party'): Annotation {
  return {
    id: newId<AnnotationId>(),
    projectId,
    documentId,
    target,
    body: { labels: [label] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

function span(exact: string, withRects = true): AnnotationTarget {
  const start = text.indexOf(exact);
  const end = start + exact.length;
  const page = pageStarts.findLastIndex((s) => s <= start);
  return {
    kind: 'span',
    position: { start, end },
    quote: quoteAt(text, start, end),
    pages: withRects
      ? [{ pageIndex: page, rects: [{ x1: 72, y1: 700, x2: 200, y2: 712 }] }]
      : undefined,
  };
}

describe('anchor index', () => {
  it('files spans and regions under their pages and knows where to scroll', () => {
    const a = annotation(span('Supplier'));
    const b = annotation({
      kind: 'region',
      page: { pageIndex: 2, rects: [{ x1: 10, y1: 10, x2: 100, y2: 100 }] },
    });
    const c = annotation({ kind: 'document' });
    const index = buildAnchorIndex([a, b, c], text, table);
    expect(marksOn(index, 0).map((m) => m.id)).toEqual([a.id]);
    expect(marksOn(index, 2)).toEqual([
      {
        id: b.id,
        labelId: 'party',
        kind: 'region',
        rects: b.target.kind === 'region' ? b.target.page.rects : [],
      },
    ]);
    expect(marksOn(index, 1)).toEqual([]);
    expect(index.locations.get(b.id)).toEqual({
      pageIndex: 2,
      rect: { x1: 10, y1: 10, x2: 100, y2: 100 },
    });
    expect(index.orphans).toEqual([]);
  });

  it('keeps a span whose offsets moved on its stored boxes and counts it as re-anchored', () => {
    const target = span('thirty (30) days');
    if (target.kind !== 'span') throw new Error();
    const stale = annotation({ ...target, position: { start: 3, end: 19 } });
    const index = buildAnchorIndex([stale], text, table);
    expect(index.moved.has(stale.id)).toBe(true);
    expect(marksOn(index, 1).map((m) => m.id)).toEqual([stale.id]);
  });

  it('gives spans without stored boxes page-local ranges, across pages too', () => {
    const exact = 'Goods.\fPayment';
    const start = text.indexOf(exact);
    const crossing = annotation({
      kind: 'span',
      position: { start, end: start + exact.length },
      quote: quoteAt(text, start, start + exact.length),
    });
    const index = buildAnchorIndex([crossing], text, table);
    expect(marksOn(index, 0)[0]?.range).toEqual({
      start: PAGES[0]!.length - 6,
      end: PAGES[0]!.length,
    });
    expect(marksOn(index, 1)[0]?.range).toEqual({ start: 0, end: 7 });
  });

  it('lists spans whose quote is gone as orphans and draws them nowhere', () => {
    const lost = annotation({
      kind: 'span',
      position: { start: 0, end: 10 },
      quote: { exact: 'force majeure event', prefix: '', suffix: '' },
      pages: [{ pageIndex: 0, rects: [{ x1: 1, y1: 1, x2: 2, y2: 2 }] }],
    });
    const index = buildAnchorIndex([lost], text, table);
    expect(index.orphans).toEqual([lost]);
    expect(marksOn(index, 0)).toEqual([]);
  });

  it('hands back unchanged pages as the same arrays, so untouched pages do not re-render', () => {
    const indexer = new AnchorIndexer();
    const a = annotation(span('Supplier'));
    const b = annotation(span('ninety days'));
    const first = indexer.build([a, b], text, table);
    const c = annotation(span('Payment'), 'amount');
    const second = indexer.build([a, b, c], text, table);
    expect(second.byPage.get(0)).toBe(first.byPage.get(0));
    expect(second.byPage.get(2)).toBe(first.byPage.get(2));
    expect(second.byPage.get(1)?.map((m) => m.id)).toEqual([c.id]);
    const relabelled = { ...b, body: { labels: ['condition'] } };
    const third = indexer.build([a, relabelled, c], text, table);
    expect(third.byPage.get(2)).not.toBe(second.byPage.get(2));
    expect(third.byPage.get(2)?.[0]?.labelId).toBe('condition');
  });
});
