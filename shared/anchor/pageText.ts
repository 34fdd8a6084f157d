/**
 * PDF canonical text: the text of each page as pdf.js extracts it, joined by PAGE_SEPARATOR.
 * A form feed is used because it never occurs in extracted page text and reads as a page break
 * in plain-text tools. `pageStarts[i]` is the offset where page i's text begins.
 */
export const PAGE_SEPARATOR = '\f';

export interface JoinedPages {
  readonly text: string;
  readonly pageStarts: readonly number[];
}

export function joinPageTexts(pages: readonly string[]): JoinedPages {
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + PAGE_SEPARATOR.length;
  }
  return { text: pages.join(PAGE_SEPARATOR), pageStarts };
}

/** The page that contains `offset` (a separator belongs to the page before it). */
export function pageOfOffset(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pageStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The part of a pdf.js TextItem that canonical text is built from. */
export interface TextRun {
  readonly str: string;
  readonly hasEOL: boolean;
}

export interface PageText {
  readonly text: string;
  /** Offset of each run's first character within the page text (one per run, in order). */
  readonly runStarts: readonly number[];
}

/**
 * A page's canonical text: each run's string followed by a newline where pdf.js marks an end of
 * line. pdf.js's text layer renders one element per run, so `runStarts` maps a selection in the
 * text layer back to offsets in the canonical text exactly. NUL characters are dropped (they occur
 * in broken font encodings and are never meaningful text).
 */
export function buildPageText(runs: readonly TextRun[]): PageText {
  const runStarts: number[] = [];
  let text = '';
  for (const run of runs) {
    runStarts.push(text.length);
    text += run.str.replaceAll('\u0000', '').replaceAll(PAGE_SEPARATOR, ' ');
    if (run.hasEOL) text += '\n';
  }
  return { text, runStarts };
}
