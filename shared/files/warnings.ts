/**
 * What went wrong while reading a document without stopping the import, as typed values; stored
 * and sent as short strings (`DocumentRecord.warnings`) such as `unreadablePages:3–5, 9`.
 */
export type DocumentWarning =
  /** pdf.js could not read these pages (1-based); they have no text. */
  | { readonly code: 'unreadablePages'; readonly pages: readonly number[] }
  /** Stored by servers before pages were kept: how many pages, not which. */
  | { readonly code: 'unreadablePageCount'; readonly count: number }
  | { readonly code: 'passwordProtected' }
  /** A warning this version does not know (from a newer app or server): shown as it is. */
  | { readonly code: 'unknown'; readonly raw: string };

/** [1,2,3,7] → "1–3, 7" */
export function compressRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  let start = numbers[0];
  let prev = start;
  for (const n of [...numbers.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}

const MAX_PAGES_LISTED = 100_000;

/** "1–3, 7" → [1,2,3,7]; undefined when the text is not such a list. */
export function expandRanges(text: string): number[] | undefined {
  const pages: number[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)(?:\s*[–-]\s*(\d+))?\s*$/.exec(part);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from || pages.length + (to - from) > MAX_PAGES_LISTED) return undefined;
    for (let n = from; n <= to; n++) pages.push(n);
  }
  return pages;
}

export function encodeWarning(warning: DocumentWarning): string {
  switch (warning.code) {
    case 'unreadablePages':
      return `unreadablePages:${compressRanges(warning.pages)}`;
    case 'unreadablePageCount':
      return `unreadablePageCount:${warning.count}`;
    case 'passwordProtected':
      return 'passwordProtected';
    case 'unknown':
      return warning.raw;
  }
}

export function decodeWarning(raw: string): DocumentWarning {
  const colon = raw.indexOf(':');
  const code = colon < 0 ? raw : raw.slice(0, colon);
  const detail = colon < 0 ? '' : raw.slice(colon + 1);
  if (code === 'passwordProtected' && colon < 0) return { code };
  if (code === 'unreadablePages') {
    const pages = expandRanges(detail);
    if (pages) return { code, pages };
  }
  if (code === 'unreadablePageCount' && /^\d+$/.test(detail))
    return { code, count: Number(detail) };
  return { code: 'unknown', raw };
}
