/**
 * A compact inverted index for short titles (code descriptions), answering all-words queries in a
 * few milliseconds over tens of thousands of titles.
 *
 * Why not MiniSearch: it scores every title holding every query word before intersecting, so one
 * frequent word costs hundreds of milliseconds on ICD-10-CM (measured on this list: "fracture",
 * 17,842 titles, 177 ms; "encounter", 36,608 titles, 316 ms). Here postings are sorted typed arrays,
 * words are intersected rarest first, and only titles that hold every word are scored (BM25).
 */

/** Words too common in titles to narrow a search; dropped from titles and queries alike. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
]);
const WORD = /[\p{L}\p{N}]+/gu;
const K1 = 1.2;
const B = 0.75;
/** Relative weight of a word reached by completing a prefix or by correcting a typo. */
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.4;
/** Words completed from a prefix, at most: enough for any two-letter prefix of these lists. */
const MAX_EXPANSIONS = 2000;

export function words(text: string): string[] {
  const found: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD))
    if (!STOP_WORDS.has(match[0])) found.push(match[0]);
  return found;
}

/** Edit distance between a and b if it is at most `max`, else max + 1. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

interface Postings {
  readonly docs: Uint32Array;
  readonly counts: Uint8Array;
}

export interface WordQueryOptions {
  /** Complete the last word as a prefix (the word being typed). */
  readonly prefixLast?: boolean;
}

export class WordIndex {
  /** Every distinct word, sorted, for prefix ranges and typo search. */
  private readonly vocabulary: string[];
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: Uint16Array;
  private readonly averageLength: number;
  /** Scratch space reused by every query (one query at a time). */
  private readonly scores: Float64Array;
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(titles: readonly string[]) {
    const docsByWord = new Map<string, number[]>();
    this.lengths = new Uint16Array(titles.length);
    let total = 0;
    titles.forEach((title, doc) => {
      const found = words(title);
      this.lengths[doc] = Math.min(found.length, 0xffff);
      total += found.length;
      for (const word of found) {
        let docs = docsByWord.get(word);
        if (!docs) docsByWord.set(word, (docs = []));
        docs.push(doc);
      }
    });
    for (const [word, docs] of docsByWord) {
      const unique: number[] = [];
      const counts: number[] = [];
      for (const doc of docs) {
        if (unique[unique.length - 1] === doc) counts[counts.length - 1]!++;
        else {
          unique.push(doc);
          counts.push(1);
        }
      }
      this.postings.set(word, { docs: Uint32Array.from(unique), counts: Uint8Array.from(counts) });
    }
    this.vocabulary = [...docsByWord.keys()].sort();
    this.averageLength = total / Math.max(1, titles.length);
    this.scores = new Float64Array(titles.length);
    this.stamps = new Uint32Array(titles.length);
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Titles holding every word of the query, best first (BM25), with their scores. */
  search(query: string, options: WordQueryOptions = {}): { doc: number; score: number }[] {
    const terms = [...new Set(words(query))];
    if (terms.length === 0) return [];
    const groups = terms.map((term, i) =>
      this.expand(term, options.prefixLast === true && i === terms.length - 1),
    );
    if (groups.some((g) => g.length === 0)) return [];
    // Rarest word first: the candidates only ever shrink.
    const reach = (group: readonly { word: string }[]): number =>
      group.reduce((sum, { word }) => sum + this.postings.get(word)!.docs.length, 0);
    groups.sort((a, b) => reach(a) - reach(b));

    let candidates: number[] = [];
    groups.forEach((group, g) => {
      this.stamp++;
      const current = this.stamp;
      for (const { word, weight } of group) {
        const postings = this.postings.get(word)!;
        const idf = Math.log(
          1 + (this.size - postings.docs.length + 0.5) / (postings.docs.length + 0.5),
        );
        for (let i = 0; i < postings.docs.length; i++) {
          const doc = postings.docs[i]!;
          if (g > 0 && this.stamps[doc] !== current - 1 && this.stamps[doc] !== current) continue;
          // Several completions of one word in the same title count once (the best comes first).
          if (this.stamps[doc] === current) continue;
          const tf = postings.counts[i]!;
          const norm = K1 * (1 - B + (B * this.lengths[doc]!) / this.averageLength);
          const score = weight * idf * ((tf * (K1 + 1)) / (tf + norm));
          this.scores[doc] = (g === 0 ? 0 : this.scores[doc]!) + score;
          this.stamps[doc] = current;
          if (g === 0) candidates.push(doc);
        }
      }
      if (g > 0) candidates = candidates.filter((doc) => this.stamps[doc] === current);
    });
    return candidates
      .map((doc) => ({ doc, score: this.scores[doc]! }))
      .sort(
        (a, b) => b.score - a.score || this.lengths[a.doc]! - this.lengths[b.doc]! || a.doc - b.doc,
      );
  }

  /** The indexed words a query word stands for, with how much each counts. */
  private expand(term: string, asPrefix: boolean): { word: string; weight: number }[] {
    const found: { word: string; weight: number }[] = [];
    if (this.postings.has(term)) found.push({ word: term, weight: 1 });
    if (asPrefix && term.length >= 2) {
      for (let i = lowerBound(this.vocabulary, term); i < this.vocabulary.length; i++) {
        const word = this.vocabulary[i]!;
        if (!word.startsWith(term) || found.length >= MAX_EXPANSIONS) break;
        if (word !== term) found.push({ word, weight: PREFIX_WEIGHT });
      }
    }
    if (found.length === 0 && term.length >= 5) {
      const max = term.length >= 8 ? 2 : 1;
      for (const word of this.vocabulary)
        if (boundedDistance(term, word, max) <= max) found.push({ word, weight: FUZZY_WEIGHT });
    }
    return found;
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
