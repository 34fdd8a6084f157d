import { useTranslation } from 'react-i18next';
import { competencyById } from '../../../../shared/interview/rubric';
import { credentialLabel } from '../../../../shared/matching/labels';
import type { ProjectListing } from '../../../../shared/matching/listing';
import type { Project } from '../../../../shared/model/project';
import { formatMoney } from '../../i18n/format';

interface Props {
  readonly listing: ProjectListing;
  readonly languages: readonly string[];
  readonly pay: Project['pay'];
}

/** Pay, estimated hours, deadline and what the project asks of an expert. */
export function Requirements({ listing, languages, pay }: Props) {
  const { t, i18n } = useTranslation();
  const rate = formatMoney(pay.rateMinor, pay.currency, i18n.language);
  return (
    <dl className="requirements">
      <dt>{t('matching.pay')}</dt>
      <dd data-testid="project-pay">
        {pay.kind === 'perHour' ? t('matching.perHour', { rate }) : t('matching.perTask', { rate })}
      </dd>
      {listing.estimatedHours !== undefined ? (
        <>
          <dt>{t('matching.estimatedHours')}</dt>
          <dd>{t('matching.hours', { count: listing.estimatedHours })}</dd>
        </>
      ) : null}
      {listing.deadline ? (
        <>
          <dt>{t('matching.deadline')}</dt>
          <dd>
            {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
              new Date(listing.deadline),
            )}
          </dd>
        </>
      ) : null}
      <dt>{t('matching.requirements')}</dt>
      <dd>
        <ul>
          {listing.credentials.map((c) => (
            <li key={c.type}>
              {t('matching.needsVerified', { what: credentialLabel(c.type, c.jurisdictions) })}
            </li>
          ))}
          {languages.length > 0 ? (
            <li>{t('matching.languages', { list: languages.join(', ') })}</li>
          ) : null}
          {listing.minHoursPerWeek > 0 ? (
            <li>{t('matching.minHours', { count: listing.minHoursPerWeek })}</li>
          ) : null}
          {listing.minYearsExperience !== undefined ? (
            <li>{t('matching.minYears', { count: listing.minYearsExperience })}</li>
          ) : null}
          {listing.competencies.map((c) => (
            <li key={c.competencyId}>
              {c.minScore
                ? t('matching.competencyMin', {
                    name: competencyById(c.competencyId)?.short ?? c.competencyId,
                    score: c.minScore,
                  })
                : t('matching.competency', {
                    name: competencyById(c.competencyId)?.short ?? c.competencyId,
                  })}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
