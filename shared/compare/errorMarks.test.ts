import { describe, expect, it } from 'vitest';
import { FINANCE_ERROR_TYPES } from './financeDemo';
import { makeErrorMark, markedSegments } from './errorMarks';

const text = 'Revenue was $10m in 1998.';

describe('error marks', () => {
  it('makes a mark with its quote', () => {
    expect(
      makeErrorMark(
        { id: 'm1', answerId: 'b', start: 12, end: 16, errorType: 'factual' },
        text,
        FINANCE_ERROR_TYPES,
      ),
    ).toEqual({ id: 'm1', answerId: 'b', start: 12, end: 16, quote: '$10m', errorType: 'factual' });
  });

  it('refuses out-of-range or empty spans and unknown error types', () => {
    const base = { id: 'm', answerId: 'b', errorType: 'factual' };
    expect(() => makeErrorMark({ ...base, start: 20, end: 40 }, text, FINANCE_ERROR_TYPES)).toThrow(
      'span 20–40 is outside answer "b" (0–25)',
    );
    expect(() => makeErrorMark({ ...base, start: -1, end: 2 }, text, FINANCE_ERROR_TYPES)).toThrow(
      'outside',
    );
    expect(() => makeErrorMark({ ...base, start: 3, end: 3 }, text, FINANCE_ERROR_TYPES)).toThrow(
      'span 3–3 is empty',
    );
    expect(() =>
      makeErrorMark({ ...base, start: 0, end: 3, errorType: 'typo' }, text, FINANCE_ERROR_TYPES),
    ).toThrow('unknown error type "typo"');
  });

  it('cuts the text at mark boundaries, overlapping marks included', () => {
    const m = (id: string, start: number, end: number) => ({
      id,
      answerId: 'b',
      start,
      end,
      quote: text.slice(start, end),
      errorType: 'factual',
    });
    const segments = markedSegments(text, [m('x', 12, 16), m('y', 14, 24)]);
    expect(segments.map((s) => [s.text, s.markIds])).toEqual([
      ['Revenue was ', []],
      ['$1', ['x']],
      ['0m', ['x', 'y']],
      [' in 1998', ['y']],
      ['.', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
