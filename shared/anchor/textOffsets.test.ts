import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './textOffsets';

/** What Monaco's text model holds as lines: the text split at CRLF, CR and LF. */
function monacoLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function lineText(text: string, index: LineIndex, lineNumber: number): string {
  return text.slice(index.lineStart(lineNumber), index.lineEnd(lineNumber));
}

describe('LineIndex', () => {
  it('splits at LF, CRLF and lone CR, as Monaco does', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const index = LineIndex.of(text);
    expect(index.lineCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => lineText(text, index, n))).toEqual(monacoLines(text));
    expect(index.positionAt(text.indexOf('three'))).toEqual({ lineNumber: 3, column: 1 });
    expect(index.positionAt(text.indexOf('four') + 2)).toEqual({ lineNumber: 4, column: 3 });
  });

  it('keeps CRLF offsets exact: both code units of the terminator count', () => {
    const text = 'Dx:\r\nhypertension\r\n';
    const index = LineIndex.of(text);
    const start = text.indexOf('hypertension');
    expect(start).toBe(5);
    expect(index.positionAt(start)).toEqual({ lineNumber: 2, column: 1 });
    expect(index.offsetAt({ lineNumber: 2, column: 13 })).toBe(start + 12);
    // An offset between CR and LF belongs to the line the CRLF ends and clamps to its end.
    expect(index.positionAt(4)).toEqual({ lineNumber: 1, column: 4 });
    expect(index.lineCount).toBe(3);
    expect(index.positionAt(text.length)).toEqual({ lineNumber: 3, column: 1 });
  });

  it('counts emoji as two code units, like Monaco columns', () => {
    const text = 'pain 😣 score\n👩‍⚕️ reviewed';
    const index = LineIndex.of(text);
    const score = text.indexOf('score');
    expect(score).toBe(8); // 'pain ' (5) + 😣 (2) + ' ' (1)
    expect(index.positionAt(score)).toEqual({ lineNumber: 1, column: 9 });
    const reviewed = text.indexOf('reviewed');
    // 👩‍⚕️ is woman + ZWJ + staff of aesculapius + VS16: 2 + 1 + 1 + 1 = 5 code units.
    expect(index.positionAt(reviewed)).toEqual({ lineNumber: 2, column: 7 });
    expect(index.offsetAt({ lineNumber: 2, column: 7 })).toBe(reviewed);
  });

  it('counts combining marks as their own code units', () => {
    const text = 'cafe\u0301 au lait'; // é written as e + COMBINING ACUTE ACCENT
    const index = LineIndex.of(text);
    expect(index.positionAt(text.indexOf('au'))).toEqual({ lineNumber: 1, column: 7 });
  });

  it('uses logical order for right-to-left text, whatever the display order', () => {
    const text = 'Patient: מטופל בן 58\nالتشخيص: ارتفاع ضغط الدم (I10)';
    const index = LineIndex.of(text);
    const hebrew = text.indexOf('מטופל');
    expect(index.positionAt(hebrew)).toEqual({ lineNumber: 1, column: 10 });
    const code = text.indexOf('I10');
    const position = index.positionAt(code);
    expect(position.lineNumber).toBe(2);
    expect(index.offsetAt(position)).toBe(code);
    expect(text.slice(index.offsetAt(position), index.offsetAt(position) + 3)).toBe('I10');
  });

  it('clamps out-of-range positions and offsets', () => {
    const index = LineIndex.of('ab\ncd');
    expect(index.offsetAt({ lineNumber: 1, column: 99 })).toBe(2);
    expect(index.offsetAt({ lineNumber: 99, column: 1 })).toBe(3);
    expect(index.offsetAt({ lineNumber: 0, column: 0 })).toBe(0);
    expect(index.positionAt(-5)).toEqual({ lineNumber: 1, column: 1 });
    expect(index.positionAt(99)).toEqual({ lineNumber: 2, column: 3 });
  });

  it('handles an empty text and a text that ends with a line break', () => {
    expect(LineIndex.of('').lineCount).toBe(1);
    expect(LineIndex.of('').positionAt(0)).toEqual({ lineNumber: 1, column: 1 });
    expect(LineIndex.of('a\n').lineCount).toBe(2);
  });

  it('round-trips every offset that is not inside a CRLF (property)', () => {
    const pieces = ['a', 'é', 'e\u0301', '😣', '👩‍⚕️', 'ש', 'ع', ' ', '\n', '\r\n', '\r', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const index = LineIndex.of(text);
        expect(index.lineCount).toBe(monacoLines(text).length);
        monacoLines(text).forEach((line, i) => expect(lineText(text, index, i + 1)).toBe(line));
        for (let offset = 0; offset <= text.length; offset++) {
          const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
          const position = index.positionAt(offset);
          if (!insideCrlf) expect(index.offsetAt(position)).toBe(offset);
        }
      }),
    );
  });

  it('indexes a 10 MB, 200,000-line text quickly', () => {
    const line = 'The patient reports 😣 chest pain; lisinopril 20 mg daily was continued.';
    const text = Array.from({ length: 200_000 }, (_, i) => `${i} ${line}`).join('\r\n');
    const began = performance.now();
    const index = LineIndex.of(text);
    const built = performance.now() - began;
    expect(index.lineCount).toBe(200_000);
    expect(built).toBeLessThan(500);
    const offset = text.lastIndexOf('lisinopril');
    expect(index.offsetAt(index.positionAt(offset))).toBe(offset);
  });
});
