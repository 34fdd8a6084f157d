import type { AnalysedText, TextAnalyser, Token } from './analysis';

export interface ConceptDef {
  readonly id: string;
  /** Shown to reviewers and in rationales. */
  readonly label: string;
  /** Phrases any one of which signals the concept; matched on stems, see `matchConcepts`. */
  readonly terms: readonly string[];
  /** Key concepts must be present for a score of 3 or more. */
  readonly key?: boolean;
  /**
   * A negated mention does not count ("it is **not** wrong" is no verdict of wrong). Off by
   * default: discussing a concept in the negative ("we did not accept unlimited indemnities")
   * still shows command of it.
   */
  readonly respectNegation?: boolean;
}

/** Concept id → indexes of the sentences that mention it. */
export type ConceptHits = ReadonlyMap<string, readonly number[]>;

const NEGATIONS = new Set(['not', 'no', 'never', 'without']);
/** How many stop words may sit between two words of a term ("cap on **our** liability"). */
const MAX_GAP = 2;

interface Pattern {
  readonly stems: readonly string[];
  readonly negative: boolean;
}

const patternCache = new WeakMap<TextAnalyser, Map<string, Pattern>>();

function patternOf(term: string, analyser: TextAnalyser): Pattern {
  let cache = patternCache.get(analyser);
  if (!cache) patternCache.set(analyser, (cache = new Map<string, Pattern>()));
  let pattern = cache.get(term);
  if (!pattern) {
    const tokens = analyser.analyse(term).sentences.flatMap((s) => s.tokens.filter((t) => t.word));
    pattern = {
      stems: tokens.map((t) => t.stem),
      negative: tokens.some((t) => NEGATIONS.has(t.norm)),
    };
    cache.set(term, pattern);
  }
  return pattern;
}

/** Index of the last token of a match starting at `from`, or -1. */
function matchAt(words: readonly Token[], from: number, stems: readonly string[]): number {
  if (words[from]?.stem !== stems[0]) return -1;
  let at = from;
  for (let k = 1; k < stems.length; k += 1) {
    let next = at + 1;
    while (next < words.length && words[next]!.stem !== stems[k] && next - at <= MAX_GAP) {
      if (!words[next]!.stop) return -1;
      next += 1;
    }
    if (words[next]?.stem !== stems[k]) return -1;
    at = next;
  }
  return at;
}

function sentenceMentions(
  words: readonly Token[],
  concept: ConceptDef,
  analyser: TextAnalyser,
): boolean {
  for (const term of concept.terms) {
    const pattern = patternOf(term, analyser);
    if (pattern.stems.length === 0) continue;
    for (let i = 0; i < words.length; i += 1) {
      const end = matchAt(words, i, pattern.stems);
      if (end < 0) continue;
      const negated = words.slice(i, end + 1).some((t) => t.negated);
      if (concept.respectNegation && negated && !pattern.negative) continue;
      return true;
    }
  }
  return false;
}

/**
 * Which concepts an answer mentions, and where. Terms are matched as sequences of word stems, so
 * "negotiated the indemnities" meets the term "negotiate indemnity", and stop words in the answer
 * may sit between a term's words.
 */
export function matchConcepts(
  text: AnalysedText,
  concepts: readonly ConceptDef[],
  analyser: TextAnalyser,
): ConceptHits {
  const hits = new Map<string, number[]>();
  text.sentences.forEach((sentence, index) => {
    const words = sentence.tokens.filter((t) => t.word);
    for (const concept of concepts) {
      if (!sentenceMentions(words, concept, analyser)) continue;
      const list = hits.get(concept.id) ?? [];
      list.push(index);
      hits.set(concept.id, list);
    }
  });
  return hits;
}
