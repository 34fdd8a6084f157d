/**
 * Code lists (ICD-10-CM, MeSH, a firm's clause taxonomy…) as the app ships or imports them: one
 * code per line, `code<TAB>display`, UTF-8, no header. Lines starting with `#` are comments.
 */
export interface CodeEntry {
  readonly code: string;
  readonly display: string;
}

export interface ParsedCodeList {
  readonly entries: CodeEntry[];
  /** 1-based line numbers that were not `code<TAB>display`, or repeated a code. */
  readonly badLines: number[];
}

export function parseCodeList(tsv: string): ParsedCodeList {
  const entries: CodeEntry[] = [];
  const badLines: number[] = [];
  const seen = new Set<string>();
  const lines = tsv.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    const code = tab > 0 ? line.slice(0, tab).trim() : '';
    const display = tab > 0 ? line.slice(tab + 1).trim() : '';
    const key = codeKey(code);
    if (!code || !display || seen.has(key)) {
      badLines.push(i + 1);
      return;
    }
    seen.add(key);
    entries.push({ code, display });
  });
  return { entries, badLines };
}

/** How codes compare: case, dots and spaces do not matter (`e11.9` is `E119`). */
export function codeKey(code: string): string {
  return code.toUpperCase().replace(/[.\s]/g, '');
}

/**
 * A code as people write it. CMS lists ICD-10-CM codes without the dot that clinicians use
 * (`E119` is E11.9): it goes after the third character.
 */
export function formatCode(system: string, code: string): string {
  if (system === 'icd10cm' && code.length > 3 && !code.includes('.'))
    return `${code.slice(0, 3)}.${code.slice(3)}`;
  return code;
}
