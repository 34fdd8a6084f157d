import type { CredentialType } from '../profile/profile';

/** Language names experts write, to BCP 47 primary codes. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  English: 'en',
  French: 'fr',
  Spanish: 'es',
  German: 'de',
  Italian: 'it',
  Portuguese: 'pt',
  Mandarin: 'zh',
  Chinese: 'zh',
  Cantonese: 'yue',
  Japanese: 'ja',
  Korean: 'ko',
  Arabic: 'ar',
  Hindi: 'hi',
  Russian: 'ru',
  Dutch: 'nl',
  Polish: 'pl',
  Turkish: 'tr',
  Hebrew: 'he',
  Vietnamese: 'vi',
  Tagalog: 'tl',
  Greek: 'el',
  Swedish: 'sv',
};

/** What people call places that the code list names differently. */
const ALIASES: Readonly<Record<string, string>> = {
  England: 'GB-ENG',
  Wales: 'GB-ENG',
  Quebec: 'CA-QC',
  Québec: 'CA-QC',
};

export interface CredentialMention {
  readonly kind: 'licence' | 'certification';
  readonly type: CredentialType;
  /** How the message names it: "bar admission", "a medical licence"… */
  readonly what: string;
  readonly name?: string;
  readonly jurisdiction?: string;
}

/** Said in the negative ("I am not admitted in Texas"): no suggestion. */
const NEGATED = /\b(not|never|no longer|n't)\b/i;

/** Cues after which the place of admission follows: "admitted in New York and New Jersey". */
const BAR =
  /\b(admitted to (the )?(practi[cs]e|bar)( (in|of))?|admitted in|called to the bar( (in|of))?|bar admission in|licensed to practi[cs]e law in|passed the bar( exam)?( in)?)\b/gi;
const MEDICAL =
  /\b(licensed (physician|doctor) in|licensed to practi[cs]e medicine in|medical licen[cs]e in|licen[cs]ed to practi[cs]e (medicine )?in|registered with the GMC)\b/gi;
const BOARD =
  /\bboard[- ]certified in ([a-z][a-z -]{2,40}?)(?=[,.;)]|\s+(and|since|with|in|for)\b|$)/i;
const DESIGNATION =
  /\b(as a|i am a|i'm a|became a|qualified as a|i hold the|i passed the|i'm an|i am an)\s+(CFA charterholder|CFA|CPA|FRM|certified public accountant|chartered financial analyst)\b/i;
const SERIES = /\b(hold|held|passed|licensed|registered)\b[^.]{0,40}\bSeries (7|24|63|65|66|79)\b/i;

export interface Place {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/** Named places in a text, longest names first where they overlap, in reading order. */
export function placesIn(sentence: string, names: ReadonlyMap<string, string>): Place[] {
  const found: Place[] = [];
  const candidates = [
    ...names.entries(),
    ...Object.entries(ALIASES).map(([n, c]) => [c, n] as const),
  ];
  for (const [code, name] of candidates) {
    const m = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(sentence);
    if (m) found.push({ code, start: m.index, end: m.index + name.length });
  }
  // Drop places inside longer ones ("York" in "New York", "Jersey" in "New Jersey").
  return found
    .filter(
      (p) =>
        !found.some(
          (q) =>
            q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * Places named right after a cue, chained by commas and "and"/"or" ("admitted in New York and New
 * Jersey"), so that "admitted in New York; I advise Delaware companies" names New York only.
 */
function placesAfterCues(sentence: string, cue: RegExp, places: readonly Place[]): string[] {
  const codes: string[] = [];
  for (const m of sentence.matchAll(cue)) {
    let at = m.index + m[0].length;
    let next = places.find(
      (p) =>
        p.start >= at &&
        /^[\s,]*(the\s+)?(state of\s+|province of\s+)?$/i.test(sentence.slice(at, p.start)),
    );
    while (next) {
      codes.push(next.code);
      at = next.end;
      next = places.find(
        (p) => p.start >= at && /^(,\s*|,?\s+(and|or)\s+)$/.test(sentence.slice(at, p.start)),
      );
    }
  }
  return codes;
}

export function findCredentialMentions(
  sentence: string,
  names: ReadonlyMap<string, string>,
): CredentialMention[] {
  if (NEGATED.test(sentence)) return [];
  const out: CredentialMention[] = [];
  const places = placesIn(sentence, names);
  // "the New York bar", "Ontario bar": the place comes first.
  const barFirst = places
    .filter((p) => /^ bar\b/.test(sentence.slice(p.end, p.end + 5)))
    .map((p) => p.code);
  for (const jurisdiction of new Set([...placesAfterCues(sentence, BAR, places), ...barFirst]))
    out.push({ kind: 'licence', type: 'bar-admission', what: 'bar admission', jurisdiction });
  for (const jurisdiction of new Set(placesAfterCues(sentence, MEDICAL, places)))
    out.push({ kind: 'licence', type: 'medical-licence', what: 'a medical licence', jurisdiction });
  const board = BOARD.exec(sentence);
  if (board) {
    const specialty = board[1]!.trim().toLowerCase();
    out.push({
      kind: 'certification',
      type: 'board-certification',
      what: `board certification in ${specialty}`,
      name: specialty,
    });
  }
  const designation = DESIGNATION.exec(sentence)?.[2]?.toLowerCase();
  if (designation) {
    const type: CredentialType =
      designation.startsWith('cfa') || designation === 'chartered financial analyst'
        ? 'cfa'
        : designation === 'frm'
          ? 'frm'
          : 'cpa';
    const what = { cfa: 'the CFA charter', frm: 'the FRM', cpa: 'a CPA licence' }[type];
    out.push({ kind: type === 'cpa' ? 'licence' : 'certification', type, what });
  }
  const series = SERIES.exec(sentence);
  if (series)
    out.push({
      kind: 'licence',
      type: 'finra-registration',
      what: `the Series ${series[2]}`,
      name: `Series ${series[2]}`,
    });
  return out;
}

export interface DegreeMention {
  readonly degree: string;
  readonly institution?: string;
}

const DEGREE =
  /\b(J\.?D\.?|LL\.?M\.?|M\.?D\.?|MBA|Ph\.?D\.?|MPH|PharmD|B\.?C\.?L\.?|LL\.?B\.?)(?=[\s,])(?:\s+(?:from|at)\s+((?:the\s+)?[A-Z][\w&'.-]*(?:\s+(?:of|the|and|for|[A-Z][\w&'.-]*))*))?/;

export function findDegreeMentions(sentence: string): DegreeMention[] {
  if (NEGATED.test(sentence)) return [];
  const m = DEGREE.exec(sentence);
  if (!m) return [];
  const degree = m[1]!.replace(/\./g, '');
  const institution = m[2]?.replace(/\s+(of|the|and|for)$/, '').replace(/[.,]$/, '');
  return [{ degree, ...(institution ? { institution } : {}) }];
}
