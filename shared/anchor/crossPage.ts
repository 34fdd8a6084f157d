import { PAGE_SEPARATOR, pageOfOffset } from './pageText';

/**
 * The page offset table of a PDF's canonical text (see pageText.ts): page i's text occupies
 * [pageStarts[i], pageEnd(i)) and is followed by one PAGE_SEPARATOR, except on the last page.
 */
export interface PageTable {
  readonly pageStarts: readonly number[];
  /** Length of the whole canonical text. */
  readonly textLength: number;
}

/** A piece of a span that lies on one page, in offsets local to that page's text. */
export interface PageSegment {
  readonly pageIndex: number;
  readonly start: number;
  readonly end: number;
}

export function pageCount(table: PageTable): number {
  return table.pageStarts.length;
}

/** Where page `pageIndex`'s text ends (exclusive), before its separator. */
export function pageEnd(table: PageTable, pageIndex: number): number {
  const next = table.pageStarts[pageIndex + 1];
  return next === undefined ? table.textLength : next - PAGE_SEPARATOR.length;
}

/** The page that contains `offset`; a separator belongs to the page before it. */
export function pageAt(table: PageTable, offset: number): number {
  return pageOfOffset(table.pageStarts, offset);
}

export function toGlobal(table: PageTable, pageIndex: number, local: number): number {
  const start = table.pageStarts[pageIndex];
  if (start === undefined) throw new RangeError(`no page ${pageIndex}`);
  return start + local;
}

/**
 * Splits a span [start, end) of the canonical text into its parts on each page. Separators and
 * empty pages contribute nothing, so a span from the last word of page 3 to the first word of page
 * 4 gives two segments.
 */
export function pageSegments(table: PageTable, start: number, end: number): PageSegment[] {
  if (!(start < end)) return [];
  const segments: PageSegment[] = [];
  const first = pageAt(table, start);
  const last = pageAt(table, Math.max(start, end - 1));
  for (let pageIndex = first; pageIndex <= last; pageIndex++) {
    const pageStart = table.pageStarts[pageIndex] ?? 0;
    const from = Math.max(start, pageStart);
    const to = Math.min(end, pageEnd(table, pageIndex));
    if (from < to) segments.push({ pageIndex, start: from - pageStart, end: to - pageStart });
  }
  return segments;
}
