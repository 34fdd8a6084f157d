import { describe, expect, it } from 'vitest';
import { pageAt, pageEnd, pageSegments, toGlobal, type PageTable } from './crossPage';
import { joinPageTexts, PAGE_SEPARATOR } from './pageText';

function tableOf(pages: readonly string[]): PageTable & { text: string } {
  const joined = joinPageTexts(pages);
  return { ...joined, textLength: joined.text.length };
}

describe('page offset table', () => {
  const doc = tableOf(['Agreement\nbetween', '', 'the parties 😀', 'end']);

  it('knows where each page ends, before its separator', () => {
    expect(doc.pageStarts).toEqual([0, 18, 19, 34]);
    expect([0, 1, 2, 3].map((p) => pageEnd(doc, p))).toEqual([17, 18, 33, 37]);
    expect(doc.text[pageEnd(doc, 0)]).toBe(PAGE_SEPARATOR);
  });

  it('maps every offset to its page, the separator staying with the page before', () => {
    expect(pageAt(doc, 0)).toBe(0);
    expect(pageAt(doc, 17)).toBe(0);
    expect(pageAt(doc, 18)).toBe(1);
    expect(pageAt(doc, 19)).toBe(2);
    expect(pageAt(doc, 37)).toBe(3);
    expect(toGlobal(doc, 2, 4)).toBe(23);
    expect(doc.text.slice(toGlobal(doc, 2, 4), toGlobal(doc, 2, 11))).toBe('parties');
  });

  it('keeps a span on one page as one segment', () => {
    expect(pageSegments(doc, 10, 17)).toEqual([{ pageIndex: 0, start: 10, end: 17 }]);
  });

  it('splits a cross-page span at separators and skips empty pages', () => {
    const start = doc.text.indexOf('between');
    const end = doc.text.indexOf('parties') + 'parties'.length;
    expect(pageSegments(doc, start, end)).toEqual([
      { pageIndex: 0, start: 10, end: 17 },
      { pageIndex: 2, start: 0, end: 11 },
    ]);
    const text = pageSegments(doc, start, end)
      .map((s) =>
        doc.text.slice(toGlobal(doc, s.pageIndex, s.start), toGlobal(doc, s.pageIndex, s.end)),
      )
      .join('|');
    expect(text).toBe('between|the parties');
  });

  it('counts emoji in UTF-16 code units across pages', () => {
    const start = doc.text.indexOf('😀');
    const segments = pageSegments(doc, start, doc.textLength);
    expect(segments).toEqual([
      { pageIndex: 2, start: 12, end: 14 },
      { pageIndex: 3, start: 0, end: 3 },
    ]);
  });

  it('gives nothing for empty or reversed spans and for a lone separator', () => {
    expect(pageSegments(doc, 5, 5)).toEqual([]);
    expect(pageSegments(doc, 6, 5)).toEqual([]);
    expect(pageSegments(doc, 17, 18)).toEqual([]);
  });

  it('handles a one-page document', () => {
    const one = tableOf(['only']);
    expect(pageSegments(one, 0, 4)).toEqual([{ pageIndex: 0, start: 0, end: 4 }]);
    expect(pageEnd(one, 0)).toBe(4);
  });
});
