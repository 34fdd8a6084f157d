import { describe, expect, it } from 'vitest';
import type { ProfileSuggestion } from '../../../../shared/interview/suggestions';
import { suggestFromResume } from '../../../../shared/profile/resume';
import {
  addResumeSuggestion,
  applySuggestion,
  draftProblems,
  emptyProfile,
  inputOf,
} from './profileDraft';

let n = 0;
const newId = () => `id-${++n}`;
const evidence = { turnId: 't1', quote: 'I am fluent in French.' };

describe('the profile draft', () => {
  it('starts empty but valid, and strips what only the server sets', () => {
    expect(draftProblems(emptyProfile())).toEqual([]);
    const input = inputOf({
      expertId: 'e1',
      ...emptyProfile(),
      credentials: [
        {
          id: 'c1',
          kind: 'licence',
          type: 'bar-admission',
          issuingBody: 'NY courts',
          verification: { status: 'unverified' },
        },
      ],
    });
    expect(input).not.toHaveProperty('expertId');
    expect(input.credentials[0]).not.toHaveProperty('verification');
  });

  it('applies a language or sub-specialty suggestion completely (one click)', () => {
    const language: ProfileSuggestion = {
      id: 'language:fr',
      kind: 'add-language',
      message: 'You mentioned French',
      evidence,
      patch: { language: { code: 'fr', proficiency: 'fluent' } },
    };
    const applied = applySuggestion(emptyProfile(), language, newId);
    expect(applied).toMatchObject({ complete: true });
    expect(applied.draft.languages).toEqual([{ code: 'fr', proficiency: 'fluent' }]);
    const specialty: ProfileSuggestion = {
      id: 'specialty:law:contract',
      kind: 'add-subspecialty',
      message: 'add contract law',
      evidence,
      patch: { specialty: { domain: 'law', id: 'contract' } },
    };
    const withLaw = {
      ...emptyProfile(),
      domains: [{ domain: 'law' as const, subSpecialties: [] }],
    };
    expect(applySuggestion(withLaw, specialty, newId).draft.domains).toEqual([
      { domain: 'law', subSpecialties: ['contract'] },
    ]);
  });

  it('adds a heard credential with blanks the expert must complete before saving', () => {
    const bar: ProfileSuggestion = {
      id: 'credential:bar-admission:CA-ON',
      kind: 'add-credential',
      message: 'You mentioned bar admission in Ontario',
      evidence,
      patch: { credential: { kind: 'licence', type: 'bar-admission', jurisdiction: 'CA-ON' } },
    };
    const applied = applySuggestion(emptyProfile(), bar, newId);
    expect(applied.complete).toBe(false);
    expect(applied.draft.credentials[0]).toMatchObject({
      type: 'bar-admission',
      jurisdiction: 'CA-ON',
      issuingBody: '',
    });
    expect(draftProblems(applied.draft).map((p) => p.path)).toContain('/credentials/0/issuingBody');
  });

  it('adds confirmed résumé lines to the right sections', () => {
    const text = [
      'EDUCATION',
      'JD, Fordham University School of Law, 2012',
      'EXPERIENCE',
      'Senior Associate, Hale & Dorr LLP, Jan 2015 – Present',
      'LANGUAGES',
      'French (fluent)',
    ].join('\n');
    let draft = emptyProfile();
    for (const s of suggestFromResume(text)) draft = addResumeSuggestion(draft, s, newId);
    expect(draft.education[0]).toMatchObject({ degree: 'JD', year: 2012 });
    expect(draft.workHistory[0]).toMatchObject({ start: '2015-01' });
    expect(draft.workHistory[0]).not.toHaveProperty('end');
  });
});
