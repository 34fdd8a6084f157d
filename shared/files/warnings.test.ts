import { describe, expect, it } from 'vitest';
import { compressRanges, decodeWarning, encodeWarning, expandRanges } from './warnings';

describe('document warnings', () => {
  it('writes runs of pages compactly and reads them back', () => {
    expect(compressRanges([1, 2, 3, 7, 9, 10])).toBe('1–3, 7, 9–10');
    expect(compressRanges([4])).toBe('4');
    expect(compressRanges([])).toBe('');
    expect(expandRanges('1–3, 7, 9–10')).toEqual([1, 2, 3, 7, 9, 10]);
    expect(expandRanges('2-4')).toEqual([2, 3, 4]);
  });

  it('round-trips every kind', () => {
    for (const warning of [
      { code: 'unreadablePages', pages: [3, 4, 5, 9] },
      { code: 'unreadablePageCount', count: 4 },
      { code: 'passwordProtected' },
    ] as const)
      expect(decodeWarning(encodeWarning(warning))).toEqual(warning);
  });

  it('keeps what it does not understand as it is, rather than guessing', () => {
    for (const raw of [
      'unreadablePages:',
      'unreadablePages:x',
      'unreadablePages:5–2',
      'newThing:1',
    ])
      expect(decodeWarning(raw)).toEqual({ code: 'unknown', raw });
    expect(expandRanges('1–999999999')).toBeUndefined();
    expect(expandRanges('0')).toBeUndefined();
  });
});
