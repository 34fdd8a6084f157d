/**
 * The tokenizer behind CoNLL export, so a requester can reproduce it:
 *
 * 1. Sentences are Unicode sentence segments (UAX #29, through `Intl.Segmenter` with the root
 *    locale), within each line: a line break (LF, CR, CRLF, form feed — the PDF page separator —
 *    VT, NEL, U+2028, U+2029) always ends a sentence; so does `.`, `?` or `!` before a capital.
 *    A line longer than 8192 characters is first cut at its last space before that length.
 * 2. Tokens are the Unicode word segments (UAX #29) of a sentence that contain a non-space
 *    character: a word, a number (`E11.9`, `3.5`), or a single punctuation mark or symbol. An emoji
 *    sequence (👩‍⚕️) or a letter with its combining marks stays one token; whitespace is never
 *    part of a token.
 *
 * Dictionary-based scripts (Thai, Chinese, Japanese) are segmented by the ICU data of the runtime,
 * so two runtimes with different ICU versions may cut such text differently.
 */
export interface Token {
  /** UTF-16 offsets into the text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Sentence = readonly Token[];

const sentences = new Intl.Segmenter('und', { granularity: 'sentence' });
const words = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Line breaks always end a sentence, so each line is segmented on its own: V8's segmenters slow
 * down with the length of the string they walk (minutes for a 10-K filing in one piece).
 */
function lines(text: string): { start: number; line: string }[] {
  const out: { start: number; line: string }[] = [];
  const breaks = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/g;
  let start = 0;
  for (const match of text.matchAll(breaks)) {
    out.push({ start, line: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  out.push({ start, line: text.slice(start) });
  return out;
}

/** Cap on what one segmenter call walks; longer runs are cut at a space (see `pieces`). */
const MAX_RUN = 8192;

/**
 * Cuts an over-long run of text at its last space before MAX_RUN. A space is a word boundary
 * anyway; only a pathological line (pages of text without a line break) can see a sentence end
 * where the segmenter would not have put one.
 */
function pieces(text: string): { offset: number; piece: string }[] {
  const out: { offset: number; piece: string }[] = [];
  let offset = 0;
  while (text.length - offset > MAX_RUN) {
    const window = text.slice(offset, offset + MAX_RUN);
    let cut = window.search(/\s\S*$/) + 1;
    if (cut <= 0) cut = /[\uD800-\uDBFF]/.test(window.at(-1) ?? '') ? MAX_RUN - 1 : MAX_RUN;
    out.push({ offset, piece: text.slice(offset, offset + cut) });
    offset += cut;
  }
  out.push({ offset, piece: text.slice(offset) });
  return out;
}

export function tokenize(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { start: lineStart, line } of lines(text)) {
    if (!/\S/.test(line)) continue;
    for (const run of pieces(line)) {
      for (const sentence of sentences.segment(run.piece)) {
        const base = lineStart + run.offset + sentence.index;
        const tokens: Token[] = [];
        for (const part of pieces(sentence.segment)) {
          for (const word of words.segment(part.piece)) {
            if (!/\S/.test(word.segment)) continue;
            const start = base + part.offset + word.index;
            tokens.push({ start, end: start + word.segment.length, text: word.segment });
          }
        }
        if (tokens.length > 0) out.push(tokens);
      }
    }
  }
  return out;
}
