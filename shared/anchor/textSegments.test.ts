import { describe, expect, it } from 'vitest';
import {
  expandToWords,
  normalizeSpan,
  sentenceAround,
  snapToGraphemes,
  trimSpan,
  wordAt,
} from './textSegments';

const slice = (text: string, span: { start: number; end: number } | undefined): string =>
  span ? text.slice(span.start, span.end) : '';

describe('snapToGraphemes', () => {
  it('never splits an emoji or its ZWJ sequence', () => {
    const text = 'seen by 👩‍⚕️ today';
    const inside = text.indexOf('👩') + 1; // between the surrogates
    expect(slice(text, snapToGraphemes(text, { start: inside, end: inside + 2 }))).toBe('👩‍⚕️');
  });

  it('keeps combining marks with their base letter', () => {
    const text = 'cafe\u0301!';
    // A span ending between "e" and the accent widens to take the accent.
    expect(slice(text, snapToGraphemes(text, { start: 0, end: 4 }))).toBe('cafe\u0301');
    // A span starting on the accent widens back to the "e".
    expect(slice(text, snapToGraphemes(text, { start: 4, end: 5 }))).toBe('e\u0301');
  });
});

describe('trimSpan and expandToWords', () => {
  it('drops spaces and line breaks at the ends, including CRLF', () => {
    const text = 'Dx:\r\n  hypertension \r\n';
    expect(slice(text, trimSpan(text, { start: 3, end: text.length }))).toBe('hypertension');
  });

  it('widens partial words to whole words, in any script', () => {
    const text = 'continue lisinopril 20 mg daily';
    const start = text.indexOf('sinopril');
    expect(slice(text, expandToWords(text, { start, end: start + 3 }))).toBe('lisinopril');
    const arabic = 'ارتفاع ضغط الدم';
    expect(slice(arabic, expandToWords(arabic, { start: 8, end: 9 }))).toBe('ضغط');
  });

  it('finds the word at or just before an offset', () => {
    const text = 'Lasix 80 mg';
    expect(slice(text, wordAt(text, 2))).toBe('Lasix');
    expect(slice(text, wordAt(text, 5))).toBe('Lasix');
    expect(wordAt(text, 100)).toBeUndefined();
  });
});

describe('sentenceAround', () => {
  it('selects the sentence holding the span, trimmed', () => {
    const text = 'He reports fatigue. This has been going on for about 5 weeks. He denies fever.';
    const start = text.indexOf('going');
    expect(slice(text, sentenceAround(text, { start, end: start + 5 }))).toBe(
      'This has been going on for about 5 weeks.',
    );
  });

  it('leaves out a bullet and a run-in heading, unless the span is in the heading', () => {
    const text =
      '• Medical Treatment: Increase Lasix to 80 mg daily.\n• Patient Education: I advised him.';
    const lasix = text.indexOf('Lasix');
    expect(slice(text, sentenceAround(text, { start: lasix, end: lasix + 5 }))).toBe(
      'Increase Lasix to 80 mg daily.',
    );
    const heading = text.indexOf('Treatment');
    expect(slice(text, sentenceAround(text, { start: heading, end: heading + 3 }))).toBe(
      'Medical Treatment: Increase Lasix to 80 mg daily.',
    );
  });

  it('stops at bullets and blank lines, which end sentences in notes', () => {
    const text =
      'PHYSICAL EXAMINATION\n\n• Neck: JVD 8 cm\n• Respiratory: Rales bilateral bases\n\nRESULTS';
    const start = text.indexOf('Rales');
    expect(slice(text, sentenceAround(text, { start, end: start + 1 }))).toBe(
      'Rales bilateral bases',
    );
  });
});

describe('normalizeSpan', () => {
  it('trims, widens to words and keeps characters whole', () => {
    const text = 'pain 😣 score: 7/10';
    expect(slice(text, normalizeSpan(text, { start: 4, end: 8 }))).toBe('😣');
    expect(slice(text, normalizeSpan(text, { start: 9, end: 10 }))).toBe('score');
    expect(slice(text, normalizeSpan(text, { start: 9, end: 10 }, { snapWords: false }))).toBe('c');
  });

  it('accepts a backwards selection and refuses one that is only whitespace', () => {
    const text = 'a   b';
    expect(normalizeSpan(text, { start: 1, end: 4 })).toBeUndefined();
    expect(slice(text, normalizeSpan(text, { start: 5, end: 3 }))).toBe('b');
  });
});
