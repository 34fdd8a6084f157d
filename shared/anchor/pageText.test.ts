import { describe, expect, it } from 'vitest';
import { buildPageText, joinPageTexts, PAGE_SEPARATOR, pageOfOffset } from './pageText';

describe('PDF canonical text', () => {
  it('joins pages with the separator and records where each starts', () => {
    const { text, pageStarts } = joinPageTexts(['Page one', '', 'Three']);
    expect(text).toBe(`Page one${PAGE_SEPARATOR}${PAGE_SEPARATOR}Three`);
    expect(pageStarts).toEqual([0, 9, 10]);
    expect(text.slice(pageStarts[2])).toBe('Three');
  });

  it('maps offsets to pages, separators belonging to the page before', () => {
    const { pageStarts } = joinPageTexts(['abc', 'de', 'f']);
    expect([0, 2, 3, 4, 5, 6, 7].map((o) => pageOfOffset(pageStarts, o))).toEqual([
      0, 0, 0, 1, 1, 1, 2,
    ]);
  });

  it('builds page text from runs, with newlines at end-of-line marks and run offsets', () => {
    const page = buildPageText([
      { str: 'WHEREAS the', hasEOL: false },
      { str: ' parties', hasEOL: true },
      { str: '', hasEOL: true },
      { str: 'agree 😀', hasEOL: false },
    ]);
    expect(page.text).toBe('WHEREAS the parties\n\nagree 😀');
    expect(page.runStarts).toEqual([0, 11, 20, 21]);
  });

  it('drops NUL and never lets a run contain the page separator', () => {
    const page = buildPageText([{ str: `a\u0000b${PAGE_SEPARATOR}c`, hasEOL: false }]);
    expect(page.text).toBe('ab c');
  });
});
