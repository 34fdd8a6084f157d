import type { TFunction } from 'i18next';
import { competencyById } from '../../../../shared/interview/rubric';
import { credentialLabel } from '../../../../shared/matching/labels';
import type { UnmetRequirement } from '../../../../shared/matching/unmet';
import type { Domain } from '../../../../shared/profile/profile';

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A project requirement the expert does not meet (a shared rule's code), in their language. */
export function unmetText(t: TFunction, unmet: UnmetRequirement, locale: string): string {
  const domain = (d: Domain) => t(`profile.domain.${d}`).toLocaleLowerCase(locale);
  switch (unmet.code) {
    case 'profile':
      return t('matching.unmet.profile');
    case 'domain':
      return t('matching.unmet.domain', { domain: domain(unmet.domain) });
    case 'credential':
      return t('matching.unmet.credential', {
        what: credentialLabel(unmet.credential, unmet.jurisdictions),
      });
    case 'language':
      return t('matching.unmet.language', { language: languageName(unmet.language, locale) });
    case 'hours':
      return t('matching.unmet.hours', { count: unmet.hoursPerWeek });
    case 'interview':
      return t('matching.unmet.interview', {
        name: competencyById(unmet.competencyId)?.short ?? unmet.competencyId,
        score: unmet.minScore,
      });
    case 'experience':
      return unmet.domain
        ? t('matching.unmet.experience', { count: unmet.years, domain: domain(unmet.domain) })
        : t('matching.unmet.experienceAny', { count: unmet.years });
  }
}
