/**
 * Snapping a selected span to what a reader means by it: whole user-perceived characters (an emoji
 * with its modifiers, a letter with its combining accents), whole words, or the sentence around it.
 * Everything works on the canonical text in UTF-16 offsets and only segments a window around the
 * span, so it costs the same in a 10 MB document as in a short note.
 */
import type { TextPosition } from '../model/annotation';

/** Characters of context segmented around an offset: longer than any grapheme or word. */
const WINDOW = 256;
/** A sentence longer than this is cut at the window: long enough for legal prose. */
const SENTENCE_WINDOW = 4000;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x85 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The segment of `segmenter` that contains `offset`, within a window of the text. */
function segmentAround(
  segmenter: Intl.Segmenter,
  text: string,
  offset: number,
  window = WINDOW,
): { start: number; end: number; wordLike: boolean } | undefined {
  if (offset < 0 || offset >= text.length) return undefined;
  const from = Math.max(0, offset - window);
  const to = Math.min(text.length, offset + window);
  const segment = segmenter.segment(text.slice(from, to)).containing(offset - from);
  if (!segment) return undefined;
  return {
    start: from + segment.index,
    end: from + segment.index + segment.segment.length,
    wordLike: segment.isWordLike ?? false,
  };
}

/** Widens a span so it neither starts nor ends inside a grapheme cluster (emoji, combining marks). */
export function snapToGraphemes(text: string, span: TextPosition): TextPosition {
  const startCluster = segmentAround(graphemes, text, span.start);
  const start = startCluster ? startCluster.start : span.start;
  let end = span.end;
  if (end > 0 && end < text.length) {
    const endCluster = segmentAround(graphemes, text, end - 1);
    if (endCluster) end = endCluster.end;
  }
  return { start, end: Math.max(end, start) };
}

/** Drops whitespace (spaces, tabs, line breaks) at both ends of a span. */
export function trimSpan(text: string, span: TextPosition): TextPosition {
  let { start, end } = span;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Widens a span that cuts into a word so that it covers the whole word at each end. */
export function expandToWords(text: string, span: TextPosition): TextPosition {
  let { start, end } = span;
  if (start >= end) return { start, end };
  const first = segmentAround(words, text, start);
  if (first?.wordLike) start = first.start;
  const last = segmentAround(words, text, end - 1);
  if (last?.wordLike) end = last.end;
  return { start, end };
}

/** The word at an offset (or just before it, at a word's end), if any. */
export function wordAt(text: string, offset: number): TextPosition | undefined {
  for (const at of [offset, offset - 1]) {
    const segment = segmentAround(words, text, at);
    if (segment?.wordLike) return { start: segment.start, end: segment.end };
  }
  return undefined;
}

/**
 * The sentence(s) covering a span, trimmed. Sentences never run past a blank line or a line that
 * starts a list item — clinical notes and filings break sentences with layout, not punctuation.
 */
export function sentenceAround(text: string, span: TextPosition): TextPosition {
  const limitStart = Math.max(0, span.start - SENTENCE_WINDOW);
  const limitEnd = Math.min(text.length, span.end + SENTENCE_WINDOW);
  let blockStart = limitStart;
  const before = text.slice(limitStart, span.start);
  const breakBefore = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('\r\n\r\n'));
  if (breakBefore >= 0) blockStart = limitStart + breakBefore;
  const lineBefore = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  if (lineBefore >= 0 && /^[\s]*[•\-*\u2022\u25aa\d]/.test(before.slice(lineBefore + 1)))
    blockStart = Math.max(blockStart, limitStart + lineBefore + 1);
  let blockEnd = limitEnd;
  const after = text.slice(span.end, limitEnd);
  const breakAfter = after.search(/\r?\n\r?\n|\r?\n[ \t]*[•\-*\u2022\u25aa]/);
  if (breakAfter >= 0) blockEnd = span.end + breakAfter;

  const block = text.slice(blockStart, blockEnd);
  let start = span.start;
  let end = span.end;
  for (const sentence of sentences.segment(block)) {
    const sStart = blockStart + sentence.index;
    const sEnd = sStart + sentence.segment.length;
    if (sEnd > span.start && sStart <= span.start) start = sStart;
    if (sStart < span.end && sEnd >= span.end) end = sEnd;
  }
  start = skipLeadIn(text, start, span.start);
  const trimmed = trimSpan(text, { start, end });
  return trimmed.start < trimmed.end ? trimmed : span;
}

/** Longest run-in heading dropped from a sentence ("Medical Treatment: …"), in characters. */
const LEAD_IN_MAX = 60;

/**
 * Moves a sentence's start past a list bullet and a run-in heading ending in a colon
 * ("• Medical Treatment: Increase Lasix…" → "Increase Lasix…"), unless the span starts inside them.
 */
function skipLeadIn(text: string, start: number, spanStart: number): number {
  const head = text.slice(start, spanStart);
  const bullet = /^[\s•\-*\u2022\u25aa]+/.exec(head)?.[0].length ?? 0;
  const colon = head.indexOf(': ', bullet);
  const leadIn = colon >= 0 ? head.slice(bullet, colon) : '';
  if (colon >= 0 && colon - bullet <= LEAD_IN_MAX && !/[.!?;]/.test(leadIn))
    return start + colon + 2;
  return start + bullet;
}

export interface NormalizeOptions {
  /** Widen partial words to whole words (on by default: labels name words, not letters). */
  readonly snapWords?: boolean;
}

/**
 * What a selection becomes when it is labelled: trimmed of surrounding whitespace, widened to whole
 * words if asked, and never splitting a character. Undefined when nothing is left to label.
 */
export function normalizeSpan(
  text: string,
  span: TextPosition,
  options: NormalizeOptions = {},
): TextPosition | undefined {
  let result = trimSpan(text, {
    start: Math.min(span.start, span.end),
    end: Math.max(span.start, span.end),
  });
  if (result.start >= result.end) return undefined;
  if (options.snapWords ?? true) result = expandToWords(text, result);
  result = snapToGraphemes(text, result);
  return result.start < result.end ? result : undefined;
}
