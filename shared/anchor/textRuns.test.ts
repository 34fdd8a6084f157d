import { describe, expect, it } from 'vitest';
import { buildPageText, type TextRun } from './pageText';
import { pageOffsetOf, runSlices, type PageRuns } from './textRuns';

function pageOf(runs: TextRun[]): PageRuns & { text: string } {
  const { text, runStarts } = buildPageText(runs);
  return { runs, runStarts, text };
}

function sliceText(page: PageRuns, start: number, end: number): string {
  return runSlices(page, start, end)
    .map((s) => page.runs[s.runIndex]?.str.slice(s.from, s.to))
    .join('|');
}

describe('text layer ↔ canonical page offsets', () => {
  const page = pageOf([
    { str: 'WHEREAS the', hasEOL: false },
    { str: ' parties', hasEOL: true },
    { str: '', hasEOL: true },
    { str: 'agree 😀 to', hasEOL: false },
  ]);

  it('maps a DOM position in a run to the page text', () => {
    expect(page.text.slice(pageOffsetOf(page, 1, 1), pageOffsetOf(page, 1, 8))).toBe('parties');
    expect(pageOffsetOf(page, 3, 0)).toBe(page.text.indexOf('agree'));
    // Offsets past the run's end clamp to its end (a selection ending at a <br>).
    expect(pageOffsetOf(page, 1, 99)).toBe(page.text.indexOf('\n'));
    expect(() => pageOffsetOf(page, 9, 0)).toThrow(RangeError);
  });

  it('gives the runs that show a range, skipping the newlines buildPageText adds', () => {
    const start = page.text.indexOf('the');
    const end = page.text.indexOf('to') + 2;
    expect(sliceText(page, start, end)).toBe('the| parties|agree 😀 to');
    expect(runSlices(page, start, end)[0]).toEqual({ runIndex: 0, from: 8, to: 11 });
  });

  it('keeps emoji whole (UTF-16 code units on both sides)', () => {
    const at = page.text.indexOf('😀');
    expect(sliceText(page, at, at + 2)).toBe('😀');
    expect(pageOffsetOf(page, 3, 8)).toBe(at + 2);
  });

  it('accounts for NUL characters that the canonical text drops', () => {
    const broken = pageOf([
      { str: 'a\u0000b\u0000c', hasEOL: false },
      { str: 'de', hasEOL: false },
    ]);
    expect(broken.text).toBe('abcde');
    expect(pageOffsetOf(broken, 0, 4)).toBe(2); // before "c"
    expect(pageOffsetOf(broken, 1, 1)).toBe(4);
    expect(runSlices(broken, 1, 4)).toEqual([
      { runIndex: 0, from: 2, to: 5 },
      { runIndex: 1, from: 0, to: 1 },
    ]);
  });

  it('handles right-to-left and combining characters as plain code units', () => {
    const rtl = pageOf([
      { str: 'שלום עולם', hasEOL: true },
      { str: 'cafe\u0301', hasEOL: false },
    ]);
    const at = rtl.text.indexOf('עולם');
    expect(sliceText(rtl, at, at + 4)).toBe('עולם');
    const cafe = rtl.text.indexOf('cafe');
    expect(sliceText(rtl, cafe, cafe + 5)).toBe('cafe\u0301');
  });

  it('returns nothing for empty ranges or pages without runs', () => {
    expect(runSlices(page, 3, 3)).toEqual([]);
    expect(runSlices(pageOf([]), 0, 4)).toEqual([]);
  });
});
