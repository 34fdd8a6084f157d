/**
 * Profile updates suggested by what the expert said ("you mentioned bar admission in Ontario: add
 * it as a licence"). Each carries the sentence it came from; the expert accepts or ignores it,
 * and nothing changes in the profile without that click.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { CredentialType, Domain, JurisdictionCode, Language } from '../profile/profile';
import type { ExpertProfile } from '../profile/profile';
import { JURISDICTION_NAMES, jurisdictionName } from '../profile/jurisdictions';
import { specialtyName } from '../profile/specialties';
import type { AnalysedText } from './analysis';
import type { QuestionCoverage } from './coverage';
import { LANGUAGE_NAMES, findCredentialMentions, findDegreeMentions } from './mentions';
import type { Turn } from './types';

export const ProfileSuggestion = Strict({
  /** Deterministic (`credential:bar-admission:CA-ON`), so the same finding is never offered twice. */
  id: Type.String({ minLength: 1, maxLength: 128 }),
  kind: Type.Enum(['add-credential', 'add-education', 'add-language', 'add-subspecialty']),
  message: Type.String({ minLength: 1, maxLength: 300 }),
  evidence: Strict({
    turnId: Type.String({ maxLength: 64 }),
    quote: Type.String({ maxLength: 600 }),
  }),
  /** Pre-fills the profile form; the expert completes what cannot be heard (a licence number). */
  patch: Type.Union([
    Strict({
      credential: Strict({
        kind: Type.Enum(['licence', 'certification']),
        type: CredentialType,
        name: Type.Optional(Type.String({ maxLength: 120 })),
        jurisdiction: Type.Optional(JurisdictionCode),
      }),
    }),
    Strict({
      education: Strict({
        degree: Type.String({ maxLength: 80 }),
        institution: Type.Optional(Type.String({ maxLength: 200 })),
      }),
    }),
    Strict({ language: Language }),
    Strict({ specialty: Strict({ domain: Domain, id: Type.String({ maxLength: 48 }) }) }),
  ]),
});
export type ProfileSuggestion = Static<typeof ProfileSuggestion>;

export type ProfileSnapshot = Pick<ExpertProfile, 'education' | 'languages' | 'domains'> & {
  readonly credentials: readonly Pick<
    ExpertProfile['credentials'][number],
    'type' | 'jurisdiction' | 'name'
  >[];
};

export interface AnsweredText {
  readonly turn: Turn;
  readonly analysed: AnalysedText;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** True once the profile holds what the suggestion proposes (also after the expert added it by hand). */
export function alreadyInProfile(profile: ProfileSnapshot, s: ProfileSuggestion): boolean {
  const p = s.patch;
  if ('credential' in p)
    return profile.credentials.some(
      (c) =>
        c.type === p.credential.type &&
        (p.credential.jurisdiction === undefined || c.jurisdiction === p.credential.jurisdiction) &&
        (p.credential.name === undefined ||
          squash(c.name ?? '').includes(squash(p.credential.name))),
    );
  if ('education' in p)
    return profile.education.some((e) => squash(e.degree) === squash(p.education.degree));
  if ('language' in p)
    return profile.languages.some((l) => l.code.split('-')[0] === p.language.code);
  return profile.domains.some(
    (d) => d.domain === p.specialty.domain && d.subSpecialties.includes(p.specialty.id),
  );
}

function fromMentions(answers: readonly AnsweredText[]): ProfileSuggestion[] {
  const out: ProfileSuggestion[] = [];
  for (const { turn, analysed } of answers)
    for (const sentence of analysed.sentences) {
      const evidence = { turnId: turn.id, quote: sentence.text };
      for (const m of findCredentialMentions(sentence.text, JURISDICTION_NAMES)) {
        const where = m.jurisdiction ? ` in ${jurisdictionName(m.jurisdiction)}` : '';
        out.push({
          id: `credential:${m.type}:${m.jurisdiction ?? m.name ?? ''}`,
          kind: 'add-credential',
          message: `You mentioned ${m.what}${where}: add it as a ${m.kind === 'licence' ? 'licence' : 'certification'}.`,
          evidence,
          patch: {
            credential: {
              kind: m.kind,
              type: m.type,
              ...(m.name ? { name: m.name } : {}),
              ...(m.jurisdiction ? { jurisdiction: m.jurisdiction } : {}),
            },
          },
        });
      }
      for (const d of findDegreeMentions(sentence.text))
        out.push({
          id: `education:${squash(d.degree)}`,
          kind: 'add-education',
          message: `You mentioned a ${d.degree}${d.institution ? ` from ${d.institution}` : ''}: add it to your education.`,
          evidence,
          patch: {
            education: {
              degree: d.degree,
              ...(d.institution ? { institution: d.institution } : {}),
            },
          },
        });
      const language =
        /\b(fluent in|native speaker of|bilingual in|i speak|work in)\s+([A-Z][a-z]+)/.exec(
          sentence.text,
        );
      const code = language ? LANGUAGE_NAMES[language[2]!] : undefined;
      if (language && code)
        out.push({
          id: `language:${code}`,
          kind: 'add-language',
          message: `You mentioned ${language[2]}: add it to your languages.`,
          evidence,
          patch: {
            language: {
              code,
              proficiency: language[1] === 'native speaker of' ? 'native' : 'fluent',
            },
          },
        });
    }
  return out;
}

/** A walk-through that would score 4 on its own suggests claiming its sub-specialty. */
const SPECIALTY_COVERAGE = 0.75;

function fromCoverage(coverages: readonly QuestionCoverage[]): ProfileSuggestion[] {
  const out: ProfileSuggestion[] = [];
  for (const c of coverages) {
    const { question } = c;
    const specialty = question.subSpecialties[0];
    if (question.kind !== 'experience' || question.domain === 'general' || !specialty) continue;
    if (c.coverage < SPECIALTY_COVERAGE) continue;
    const best = c.turns[0];
    const sentence = best?.analysed.sentences.find((_, i) =>
      [...best.hits.values()].some((hits) => hits.includes(i)),
    );
    if (!best || !sentence) continue;
    const name = specialtyName(question.domain, specialty);
    out.push({
      id: `specialty:${question.domain}:${specialty}`,
      kind: 'add-subspecialty',
      message: `Your walk-through showed hands-on ${name} experience: add ${name} as a sub-specialty.`,
      evidence: { turnId: best.turn.id, quote: sentence.text },
      patch: { specialty: { domain: question.domain, id: specialty } },
    });
  }
  return out;
}

export function suggestProfileUpdates(
  profile: ProfileSnapshot,
  answers: readonly AnsweredText[],
  coverages: readonly QuestionCoverage[] = [],
): ProfileSuggestion[] {
  const seen = new Set<string>();
  return [...fromMentions(answers), ...fromCoverage(coverages)].filter((s) => {
    if (seen.has(s.id) || alreadyInProfile(profile, s)) return false;
    seen.add(s.id);
    return true;
  });
}
