/**
 * The profile form's draft and the changes that arrive from outside it: a suggestion accepted on
 * the interview results page, a line confirmed from a résumé. Pure, so the rules are tested here.
 */
import { Compile } from 'typebox/compile';
import type { ProfileSuggestion } from '../../../../shared/interview/suggestions';
import { ProfileInput, type ExpertProfile } from '../../../../shared/profile/profile';
import type { ResumeSuggestion } from '../../../../shared/profile/resume';
import { profileProblems, type ProfileProblem } from '../../../../shared/profile/validate';

const checkInput = Compile(ProfileInput);

export function emptyProfile(): ProfileInput {
  return {
    education: [],
    credentials: [],
    workHistory: [],
    domains: [],
    languages: [],
    availability: {
      hoursPerWeek: 10,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    },
    rate: { hourly: 50, currency: 'USD' },
  };
}

/** What the expert edits: the stored profile without what only the server sets. */
export function inputOf(profile: ExpertProfile | null): ProfileInput {
  if (!profile) return emptyProfile();
  const { expertId: _id, credentials, ...rest } = profile;
  return {
    ...rest,
    credentials: credentials.map(({ verification: _v, ...input }) => input),
  };
}

/** Schema problems first (a required field left empty), then the cross-field rules. */
export function draftProblems(draft: ProfileInput): ProfileProblem[] {
  const schema = [...checkInput.Errors(draft)].slice(0, 10).map((e) => ({
    path: e.instancePath,
    message: e.message,
  }));
  return schema.length > 0 ? schema : profileProblems(draft);
}

export type Applied =
  /** Complete: can be saved at once (one click). */
  | { readonly complete: true; readonly draft: ProfileInput }
  /** Added with blanks the expert must fill in (a licence number, an institution). */
  | { readonly complete: false; readonly draft: ProfileInput; readonly recordId: string };

/** Applies an interview suggestion to the draft. */
export function applySuggestion(
  draft: ProfileInput,
  suggestion: ProfileSuggestion,
  newId: () => string,
): Applied {
  const patch = suggestion.patch;
  if ('language' in patch) {
    const others = draft.languages.filter((l) => l.code !== patch.language.code);
    return { complete: true, draft: { ...draft, languages: [...others, patch.language] } };
  }
  if ('specialty' in patch) {
    const { domain, id } = patch.specialty;
    const existing = draft.domains.find((d) => d.domain === domain);
    const domains = existing
      ? draft.domains.map((d) =>
          d.domain === domain && !d.subSpecialties.includes(id)
            ? { ...d, subSpecialties: [...d.subSpecialties, id] }
            : d,
        )
      : [...draft.domains, { domain, subSpecialties: [id] }];
    return { complete: true, draft: { ...draft, domains } };
  }
  const recordId = newId();
  if ('credential' in patch)
    return {
      complete: false,
      recordId,
      draft: {
        ...draft,
        credentials: [...draft.credentials, { id: recordId, issuingBody: '', ...patch.credential }],
      },
    };
  return {
    complete: false,
    recordId,
    draft: {
      ...draft,
      education: [
        ...draft.education,
        {
          id: recordId,
          degree: patch.education.degree,
          field: '',
          institution: patch.education.institution ?? '',
          year: new Date().getFullYear(),
        },
      ],
    },
  };
}

/** Adds a résumé line the expert confirmed; blanks are left for them to complete in the form. */
export function addResumeSuggestion(
  draft: ProfileInput,
  suggestion: ResumeSuggestion,
  newId: () => string,
): ProfileInput {
  const id = newId();
  switch (suggestion.kind) {
    case 'education':
      return {
        ...draft,
        education: [
          ...draft.education,
          {
            id,
            degree: suggestion.value.degree ?? '',
            field: suggestion.value.field ?? '',
            institution: suggestion.value.institution ?? '',
            year: suggestion.value.year ?? new Date().getFullYear(),
          },
        ],
      };
    case 'work':
      return {
        ...draft,
        workHistory: [
          ...draft.workHistory,
          {
            id,
            title: suggestion.value.title ?? '',
            organisation: suggestion.value.organisation ?? '',
            subSpecialties: [],
            start: suggestion.value.start ?? '',
            ...(suggestion.value.end ? { end: suggestion.value.end } : {}),
          },
        ],
      };
    case 'credential':
      return {
        ...draft,
        credentials: [...draft.credentials, { id, issuingBody: '', ...suggestion.value }],
      };
    case 'language':
      return {
        ...draft,
        languages: [
          ...draft.languages.filter((l) => l.code !== suggestion.value.code),
          suggestion.value,
        ],
      };
  }
}
