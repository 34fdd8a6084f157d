import { describe, expect, it } from 'vitest';
import { assertValidSpan, quoteAt, SpanRangeError } from './quote';

describe('quoteAt', () => {
  const text = 'The Supplier shall deliver the Products within 30 days.';

  it('takes the exact text with context on both sides', () => {
    const start = text.indexOf('Supplier');
    expect(quoteAt(text, start, start + 8, 4)).toEqual({
      exact: 'Supplier',
      prefix: 'The ',
      suffix: ' sha',
    });
  });

  it('clips context at the ends of the text', () => {
    expect(quoteAt(text, 0, 3, 10)).toMatchObject({ prefix: '', exact: 'The' });
    expect(quoteAt(text, text.length - 5, text.length, 10)).toMatchObject({
      suffix: '',
      exact: 'days.',
    });
  });

  it('never cuts an emoji in half in the context', () => {
    const t = '😀abc😀';
    // context of 1 would start inside the first emoji; it is widened to include it whole.
    expect(quoteAt(t, 2, 5, 1)).toEqual({ exact: 'abc', prefix: '😀', suffix: '😀' });
  });

  it('refuses spans outside the text, empty, reversed, fractional or splitting a character', () => {
    expect(() => assertValidSpan(text, -1, 3)).toThrow(SpanRangeError);
    expect(() => assertValidSpan(text, 0, text.length + 1)).toThrow(/outside/);
    expect(() => assertValidSpan(text, 5, 5)).toThrow(/empty/);
    expect(() => assertValidSpan(text, 6, 5)).toThrow(SpanRangeError);
    expect(() => assertValidSpan(text, 0.5, 3)).toThrow(/integers/);
    expect(() => assertValidSpan('a😀b', 0, 2)).toThrow(/splits a character/);
    expect(() => assertValidSpan('a😀b', 2, 4)).toThrow(/splits a character/);
    expect(() => assertValidSpan('a😀b', 1, 3)).not.toThrow();
  });
});
