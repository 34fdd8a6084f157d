/**
 * Local search over a whole code list, by code or by words, fast enough to run on every keystroke
 * (the app runs it in a worker). Ranking, best first:
 *   1. the code typed exactly (`I10`, `e11.9`);
 *   2. codes the expert used recently, then codes the project suggests — when they match;
 *   3. codes starting with what was typed, shortest first (`E11` → E11.9 before E11.65);
 *   4. codes whose description has all the words typed (the last one as a prefix, unknown
 *      longer words with typo tolerance), by BM25 relevance, shorter descriptions first on a tie.
 * With nothing typed, the recent codes and then the suggested ones are offered.
 */
import { codeKey, type CodeEntry } from './codeList';
import { WordIndex } from './wordIndex';

export type CodeHitReason = 'exact' | 'recent' | 'suggested' | 'code' | 'words';

export interface CodeHit extends CodeEntry {
  readonly reason: CodeHitReason;
}

export interface CodeSearchOptions {
  /** Codes used recently, most recent first. */
  readonly recent?: readonly string[];
  /** Codes the project expects. */
  readonly suggested?: readonly string[];
  readonly limit?: number;
}

const DEFAULT_LIMIT = 30;
/** Code-prefix matches examined: enough for any limit, bounded for one-letter queries. */
const MAX_PREFIX_MATCHES = 400;

export class CodeIndex {
  private readonly entries: readonly CodeEntry[];
  /** Indexes into `entries`, sorted by code key, for exact and prefix lookup. */
  private readonly byKey: Uint32Array;
  private readonly keys: readonly string[];
  private readonly words: WordIndex;

  constructor(
    readonly system: string,
    entries: readonly CodeEntry[],
  ) {
    this.entries = entries;
    this.keys = entries.map((e) => codeKey(e.code));
    this.byKey = Uint32Array.from(entries.keys()).sort((a, b) =>
      this.keys[a]! < this.keys[b]! ? -1 : this.keys[a]! > this.keys[b]! ? 1 : 0,
    );
    this.words = new WordIndex(entries.map((e) => e.display));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entry for a code, however it is written. */
  lookup(code: string): CodeEntry | undefined {
    const key = codeKey(code);
    const at = this.lowerBound(key);
    const index = this.byKey[at];
    return index !== undefined && this.keys[index] === key ? this.entries[index] : undefined;
  }

  search(query: string, options: CodeSearchOptions = {}): CodeHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const recent = (options.recent ?? []).map(codeKey);
    const suggested = (options.suggested ?? []).map(codeKey);
    const trimmed = query.trim();
    if (!trimmed) return this.offerWithoutQuery(recent, suggested, limit);

    const key = codeKey(trimmed);
    const codeMatches = /\s/.test(trimmed) || key.length === 0 ? [] : this.prefixMatches(key);
    const wordMatches = this.wordMatches(trimmed);
    const found = new Map<number, CodeHitReason>();
    for (const index of codeMatches) found.set(index, this.keys[index] === key ? 'exact' : 'code');
    for (const index of wordMatches) if (!found.has(index)) found.set(index, 'words');

    const recentRank = new Map(recent.map((k, i) => [k, i] as const));
    const suggestedRank = new Map(suggested.map((k, i) => [k, i] as const));
    const order = [...found.keys()];
    const position = new Map(order.map((index, i) => [index, i] as const));
    const group = (index: number): number => {
      const reason = found.get(index);
      if (reason === 'exact') return 0;
      if (recentRank.has(this.keys[index]!)) return 1;
      if (suggestedRank.has(this.keys[index]!)) return 2;
      return 3;
    };
    order.sort((a, b) => {
      const ga = group(a);
      const gb = group(b);
      if (ga !== gb) return ga - gb;
      if (ga === 1) return recentRank.get(this.keys[a]!)! - recentRank.get(this.keys[b]!)!;
      if (ga === 2) return suggestedRank.get(this.keys[a]!)! - suggestedRank.get(this.keys[b]!)!;
      return position.get(a)! - position.get(b)!;
    });
    return order.slice(0, limit).map((index) => {
      const g = group(index);
      const reason = g === 1 ? 'recent' : g === 2 ? 'suggested' : found.get(index)!;
      return { ...this.entries[index]!, reason };
    });
  }

  private offerWithoutQuery(
    recent: readonly string[],
    suggested: readonly string[],
    limit: number,
  ): CodeHit[] {
    const hits: CodeHit[] = [];
    const seen = new Set<string>();
    for (const [keys, reason] of [
      [recent, 'recent'],
      [suggested, 'suggested'],
    ] as const) {
      for (const key of keys) {
        const entry = seen.has(key) ? undefined : this.lookup(key);
        if (entry) hits.push({ ...entry, reason });
        seen.add(key);
      }
    }
    return hits.slice(0, limit);
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.byKey.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[this.byKey[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Codes starting with `key`: the exact one first, then shortest first, then alphabetically. */
  private prefixMatches(key: string): number[] {
    const matches: number[] = [];
    for (let at = this.lowerBound(key); at < this.byKey.length; at++) {
      const index = this.byKey[at]!;
      if (!this.keys[index]!.startsWith(key) || matches.length >= MAX_PREFIX_MATCHES) break;
      matches.push(index);
    }
    return matches.sort(
      (a, b) =>
        this.keys[a]!.length - this.keys[b]!.length || (this.keys[a]! < this.keys[b]! ? -1 : 1),
    );
  }

  private wordMatches(query: string): number[] {
    // The word still being typed is completed; once a space or punctuation follows, it is whole.
    const prefixLast = !/[\s\p{P}]$/u.test(query);
    return this.words.search(query, { prefixLast }).map((hit) => hit.doc);
  }
}
