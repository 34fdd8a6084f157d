import type { TextPosition } from '../model/annotation';

export interface FindOptions {
  readonly matchCase?: boolean;
  /** Stop after this many matches (a one-letter query in a 2,000-page document). */
  readonly limit?: number;
}

export const DEFAULT_FIND_LIMIT = 10_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence of `query` in the canonical text. Whitespace in the query matches any run of
 * whitespace (line ends and page breaks included), so a phrase copied from the page is found even
 * where the PDF breaks the line. Case-insensitive matching uses Unicode simple case folding, which
 * never changes lengths, so offsets stay valid UTF-16 offsets into `text`.
 */
export function findAll(text: string, query: string, options: FindOptions = {}): TextPosition[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(
    words.map(escapeRegExp).join('\\s+'),
    options.matchCase ? 'gu' : 'giu',
  );
  const limit = options.limit ?? DEFAULT_FIND_LIMIT;
  const found: TextPosition[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length >= limit) break;
  }
  return found;
}
