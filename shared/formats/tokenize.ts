/**
 * The tokenizer behind CoNLL export, so a requester can reproduce it:
 *
 * 1. Sentences are Unicode sentence segments (UAX #29, through `Intl.Segmenter` with the root
 *    locale). Every line break ends a sentence, as does `.`, `?` or `!` before a capital letter.
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

export function tokenize(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences.segment(text)) {
    const tokens: Token[] = [];
    for (const word of words.segment(sentence.segment)) {
      if (!/\S/.test(word.segment)) continue;
      const start = sentence.index + word.index;
      tokens.push({ start, end: start + word.segment.length, text: word.segment });
    }
    if (tokens.length > 0) out.push(tokens);
  }
  return out;
}
