/**
 * Résumé text → suggested profile fields. Each suggestion keeps the line it came from so the
 * expert can check it; nothing enters the profile until they confirm it, field by field.
 * (PDF résumés are turned into text first, by the same sandboxed extraction as documents.)
 */
import { findCredentialMentions, LANGUAGE_NAMES, placesIn } from '../interview/mentions';
import { JURISDICTION_NAMES } from './jurisdictions';
import type { CredentialType, Education, Language, WorkHistoryEntry } from './profile';

export type ResumeSection = 'education' | 'experience' | 'credentials' | 'languages' | 'other';

export type ResumeSuggestion =
  | {
      readonly kind: 'education';
      readonly line: string;
      readonly value: Partial<Omit<Education, 'id'>>;
    }
  | {
      readonly kind: 'work';
      readonly line: string;
      readonly value: Partial<Omit<WorkHistoryEntry, 'id' | 'subSpecialties'>>;
    }
  | {
      readonly kind: 'credential';
      readonly line: string;
      readonly value: {
        readonly kind: 'licence' | 'certification';
        readonly type: CredentialType;
        readonly name?: string;
        readonly jurisdiction?: string;
        readonly number?: string;
      };
    }
  | { readonly kind: 'language'; readonly line: string; readonly value: Language };

const HEADINGS: readonly [RegExp, ResumeSection][] = [
  [/^(education|academic (background|qualifications))$/i, 'education'],
  [
    /^((professional |work )?experience|employment( history)?|work history|career( history)?)$/i,
    'experience',
  ],
  [
    /^(licen[cs](es|ure)|certifications?|bar admissions?|admissions|credentials|licen[cs]es (and|&) certifications|registrations?)$/i,
    'credentials',
  ],
  [/^languages?$/i, 'languages'],
];

function headingOf(line: string): ResumeSection | undefined {
  const bare = line.trim().replace(/[:\s]+$/, '');
  if (bare.length === 0 || bare.length > 40) return undefined;
  for (const [pattern, section] of HEADINGS) if (pattern.test(bare)) return section;
  // Any other short all-capitals line is a heading of a section we do not read (SKILLS, SUMMARY).
  return /^[A-Z][A-Z &/-]{2,}$/.test(bare) ? 'other' : undefined;
}

export interface Section {
  readonly section: ResumeSection;
  readonly heading: string;
  readonly lines: string[];
}

export function resumeSections(text: string): Section[] {
  const sections: Section[] = [{ section: 'other', heading: '', lines: [] }];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^[\s•*·-]+/, '').trim();
    if (!line) continue;
    const heading = headingOf(line);
    if (heading) sections.push({ section: heading, heading: line, lines: [] });
    else sections.at(-1)!.lines.push(line);
  }
  return sections.filter((s) => s.lines.length > 0);
}

const DEGREE =
  /\b(J\.?D|LL\.?M|LL\.?B|M\.?D|D\.?O|MBA|M\.?B\.?A|Ph\.?D|MPH|PharmD|M\.?S[cC]?|B\.?S[cC]?|B\.?A|M\.?A|BCL)\.?(?=[\s,;(—–-]|$)/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = String.raw`(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)`;
const RANGE = new RegExp(`${DATE}\\s*(?:[–—-]|to)\\s*(?:(present|current|now)|${DATE})`, 'i');

function segments(line: string): string[] {
  return line
    .split(/\s*(?:,|\s[—–-]\s|\||;)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function education(line: string): ResumeSuggestion | undefined {
  const degree = DEGREE.exec(line)?.[0]?.replace(/\./g, '');
  if (!degree) return undefined;
  const years = [...line.matchAll(YEAR)].map((m) => Number(m[1]));
  const institution = segments(line).find((s) =>
    /(University|College|School|Institute|Académie|Universit)/.test(s),
  );
  const field = /\bin ([A-Z][\w &]+?)(?=[,;(—–-]|$)/.exec(line)?.[1]?.trim();
  return {
    kind: 'education',
    line,
    value: {
      degree,
      ...(field ? { field } : {}),
      ...(institution ? { institution: institution.replace(/\s*\(.*\)$/, '') } : {}),
      ...(years.length ? { year: years.at(-1)! } : {}),
    },
  };
}

const yearMonth = (month: string | undefined, year: string) =>
  `${year}-${String(month ? MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1 : 1).padStart(2, '0')}`;

function work(line: string): ResumeSuggestion | undefined {
  const range = RANGE.exec(line);
  if (!range) return undefined;
  const [title, organisation] = segments(line.replace(range[0], '')).filter(
    (s) => !/^\(?\)?$/.test(s),
  );
  return {
    kind: 'work',
    line,
    value: {
      ...(title ? { title } : {}),
      ...(organisation ? { organisation } : {}),
      start: yearMonth(range[1], range[2]!),
      ...(range[3] ? {} : { end: yearMonth(range[4], range[5]!) }),
    },
  };
}

function credentials(line: string, heading: string): ResumeSuggestion[] {
  const out: ResumeSuggestion[] = findCredentialMentions(line, JURISDICTION_NAMES).map((m) => ({
    kind: 'credential',
    line,
    value: {
      kind: m.kind,
      type: m.type,
      ...(m.name ? { name: m.name } : {}),
      ...(m.jurisdiction ? { jurisdiction: m.jurisdiction } : {}),
    },
  }));
  const npi = /\bNPI\b\D{0,5}(\d{10})\b/.exec(line);
  if (npi)
    out.push({
      kind: 'credential',
      line,
      value: { kind: 'licence', type: 'npi', jurisdiction: 'US', number: npi[1]! },
    });
  if (
    /\bCFA\b/.test(line) &&
    !/candidate|level/i.test(line) &&
    !out.some((s) => s.kind === 'credential' && s.value.type === 'cfa')
  )
    out.push({ kind: 'credential', line, value: { kind: 'certification', type: 'cfa' } });
  // Under a heading that names the licence, a line may be just the places:
  // "New York (2012); New Jersey (2013)" under "Bar admissions".
  const listed: CredentialType | undefined = /\bbar\b|admission/i.test(heading)
    ? 'bar-admission'
    : /medical|licensure/i.test(heading) || /medical licen[cs]e|physician/i.test(line)
      ? 'medical-licence'
      : undefined;
  if (out.length === 0 && listed)
    for (const p of placesIn(line, JURISDICTION_NAMES))
      out.push({
        kind: 'credential',
        line,
        value: { kind: 'licence', type: listed, jurisdiction: p.code },
      });
  return out;
}

function languages(line: string): ResumeSuggestion[] {
  const out: ResumeSuggestion[] = [];
  for (const m of line.matchAll(/([A-Z][a-z]+)\s*(?:\(([^)]*)\)|[–—:-]\s*(\w+))?/g)) {
    const code = LANGUAGE_NAMES[m[1]!];
    if (!code) continue;
    const level = (m[2] ?? m[3] ?? '').toLowerCase();
    const proficiency = /native|mother/.test(level)
      ? 'native'
      : /fluent|bilingual/.test(level)
        ? 'fluent'
        : /basic|elementary|beginner/.test(level)
          ? 'basic'
          : 'professional';
    out.push({ kind: 'language', line, value: { code, proficiency } });
  }
  return out;
}

/** Suggestions from a résumé's text, section by section, in the résumé's order. */
export function suggestFromResume(text: string): ResumeSuggestion[] {
  return resumeSections(text).flatMap(({ section, heading, lines }) =>
    lines.flatMap((line): ResumeSuggestion[] => {
      if (section === 'education') return education(line) ? [education(line)!] : [];
      if (section === 'experience') return work(line) ? [work(line)!] : [];
      if (section === 'credentials') return credentials(line, heading);
      if (section === 'languages') return languages(line);
      return [];
    }),
  );
}
