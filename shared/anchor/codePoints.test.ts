import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndex, isCodePointBoundary } from './codePoints';

/** Text mixing the cases that break offset maths: astral emoji, ZWJ sequences, combining marks, RTL. */
const PIECES = [
  'a',
  ' ',
  'é',
  'e\u0301',
  '😀',
  '👩‍⚕️',
  '𝐀',
  'שלום',
  'مرحبا',
  '\n',
  '\uD800',
  '\uDC00',
];
const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('codePointIndex', () => {
  it('counts emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b';
    const index = codePointIndex(text);
    expect(index.length).toBe(3);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toUtf16(2)).toBe(3);
    expect(index.toCodePoint(2)).toBeUndefined();
  });

  it('counts combining marks and right-to-left letters one for one', () => {
    const text = 'e\u0301 שלום';
    const index = codePointIndex(text);
    expect(index.length).toBe(text.length);
    expect(index.toUtf16(6)).toBe(6);
  });

  it('agrees with the string iterator at every code-point boundary', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = codePointIndex(text);
        const points = [...text];
        expect(index.length).toBe(points.length);
        let utf16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          expect(index.toUtf16(cp)).toBe(utf16);
          expect(index.toCodePoint(utf16)).toBe(cp);
          expect(isCodePointBoundary(text, utf16)).toBe(true);
          utf16 += points[cp]?.length ?? 0;
        }
      }),
    );
  });

  it('refuses offsets inside a surrogate pair or out of range', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: -2, max: 200 }), (text, offset) => {
        const index = codePointIndex(text);
        const cp = index.toCodePoint(offset);
        if (cp === undefined) {
          expect(offset < 0 || offset > text.length || !isCodePointBoundary(text, offset)).toBe(
            true,
          );
        } else {
          expect(index.toUtf16(cp)).toBe(offset);
          expect([...text.slice(0, offset)].length).toBe(cp);
        }
      }),
    );
    expect(codePointIndex('ab').toUtf16(3)).toBeUndefined();
    expect(codePointIndex('ab').toCodePoint(1.5)).toBeUndefined();
  });
});
