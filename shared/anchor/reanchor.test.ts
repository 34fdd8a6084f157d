import { describe, expect, it } from 'vitest';
import { joinPageTexts } from './pageText';
import { quoteAt } from './quote';
import { matchQuote, resolveSpan } from './reanchor';

const CONTRACT = [
  'MANUFACTURING AGREEMENT\nThis Agreement is made between Sonos, Inc. ("Sonos") and the Manufacturer.',
  '2. Term. This Agreement shall remain in force for three (3) years.\nThe Manufacturer shall deliver the Products.',
  '3. Price. Sonos shall pay the Manufacturer within thirty (30) days. The Manufacturer shall deliver invoices.',
];

function spanOf(text: string, exact: string, from = 0) {
  const start = text.indexOf(exact, from);
  const end = start + exact.length;
  return { position: { start, end }, quote: quoteAt(text, start, end) };
}

describe('resolveSpan', () => {
  const { text } = joinPageTexts(CONTRACT);

  it('keeps a span whose offsets still hold its quote', () => {
    const span = spanOf(text, 'three (3) years');
    expect(resolveSpan(text, span.position, span.quote)).toEqual({
      status: 'exact',
      position: span.position,
    });
  });

  it('re-anchors by quote when the text before it changed length', () => {
    const span = spanOf(text, 'within thirty (30) days');
    // A newer extraction inserted a space on page 1 and lost a line break on page 2.
    const rebuilt = joinPageTexts([
      CONTRACT[0]!.replace('Sonos, Inc.', 'Sonos,  Inc.'),
      CONTRACT[1]!.replace('years.\n', 'years. '),
      CONTRACT[2]!,
    ]).text;
    const resolved = resolveSpan(rebuilt, span.position, span.quote);
    expect(resolved.status).toBe('moved');
    if (resolved.status !== 'moved') return;
    expect(rebuilt.slice(resolved.position.start, resolved.position.end)).toBe(span.quote.exact);
    expect(resolved.position.start).toBe(span.position.start + 1);
  });

  it('uses the context to choose between repeated phrases', () => {
    // "The Manufacturer shall deliver" occurs on page 2 and page 3; the span is the second.
    const span = spanOf(text, 'The Manufacturer shall deliver', text.indexOf('3. Price'));
    const shifted = 'Preamble added later.\n' + text;
    const resolved = resolveSpan(shifted, span.position, span.quote);
    expect(resolved.status).toBe('moved');
    if (resolved.status !== 'moved') return;
    expect(resolved.position.start).toBe(span.position.start + 22);
    expect(shifted.slice(resolved.position.end, resolved.position.end + 9)).toBe(' invoices');
  });

  it('finds a quote that differs slightly (OCR-like changes)', () => {
    const span = spanOf(text, 'Sonos shall pay the Manufacturer within thirty (30) days');
    const noisy = text.replace('Manufacturer within thirty', 'Manufactnrer w1thin thirty');
    const resolved = resolveSpan(noisy, { start: 0, end: 5 }, span.quote);
    expect(resolved.status).toBe('moved');
    if (resolved.status !== 'moved') return;
    expect(noisy.slice(resolved.position.start, resolved.position.end)).toBe(
      'Sonos shall pay the Manufactnrer w1thin thirty (30) days',
    );
    expect(resolved.score).toBeGreaterThan(0.8);
  });

  it('reports an orphan when the quote is gone, and does not throw on bad offsets', () => {
    const span = spanOf(text, 'three (3) years');
    const other = text.replace('three (3) years', 'the period set out in Schedule B');
    expect(resolveSpan(other, span.position, span.quote)).toEqual({ status: 'orphan' });
    expect(resolveSpan(text, { start: -4, end: 1e9 }, span.quote).status).toBe('moved');
    expect(resolveSpan('', span.position, span.quote)).toEqual({ status: 'orphan' });
  });

  it('re-anchors spans that cross a page separator', () => {
    const span = spanOf(text, 'deliver the Products.\f2'.replace('\f2', '\f3'));
    expect(span.quote.exact).toContain('\f');
    const moved = 'x' + text;
    const resolved = resolveSpan(moved, span.position, span.quote);
    expect(resolved).toMatchObject({
      status: 'moved',
      position: { start: span.position.start + 1, end: span.position.end + 1 },
    });
  });
});

describe('matchQuote with emoji, combining marks and right-to-left text', () => {
  it('counts offsets in UTF-16 code units around emoji', () => {
    const text = 'Patient 👩‍⚕️ reports pain 😖 at 7/10.';
    const quote = { exact: 'pain 😖', prefix: 'reports ', suffix: ' at' };
    const found = matchQuote(text, quote, 0);
    expect(found).toMatchObject({
      start: text.indexOf('pain'),
      end: text.indexOf(' at'),
      errors: 0,
    });
  });

  it('never returns a range that splits a surrogate pair or a combining mark', () => {
    const text = 'Cafe\u0301 crème 😀 brûlée';
    // The stored quote lost its accents; the approximate match must still cover whole characters.
    const found = matchQuote(text, { exact: 'Cafe', prefix: '', suffix: ' cr' });
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe('Cafe\u0301');
    const emoji = matchQuote(text, { exact: 'Q brûlée', prefix: 'crème ', suffix: '' });
    expect(emoji).not.toBeNull();
    const sliced = text.slice(emoji!.start, emoji!.end);
    expect(sliced.startsWith('\uDE00')).toBe(false);
    expect(sliced).toContain('brûlée');
  });

  it('matches right-to-left text in logical order', () => {
    const text = 'المادة ١: يلتزم المورد بتسليم البضاعة خلال ثلاثين يوماً.';
    const quote = { exact: 'بتسليم البضاعة', prefix: 'المورد ', suffix: ' خلال' };
    const found = matchQuote(text, quote);
    expect(text.slice(found!.start, found!.end)).toBe('بتسليم البضاعة');
    const hebrew = 'הספק יספק את הסחורה תוך 30 יום.';
    const moved = resolveSpan(
      hebrew,
      { start: 0, end: 5 },
      { exact: 'את הסחורה', prefix: '', suffix: '' },
    );
    expect(moved.status).toBe('moved');
  });

  it('gives up on an empty quote or one with too many differences', () => {
    expect(matchQuote('anything', { exact: '', prefix: '', suffix: '' })).toBeNull();
    expect(
      matchQuote('completely different', { exact: 'zzzzqqqq', prefix: '', suffix: '' }),
    ).toBeNull();
  });
});
