import { useTranslation } from 'react-i18next';
import type { Availability, Language, RateExpectation } from '../../../../shared/profile/profile';
import { replaceAt, SelectField, TextField } from './Fields';

interface Props {
  readonly languages: readonly Language[];
  readonly availability: Availability;
  readonly rate: RateExpectation;
  readonly onChange: (patch: {
    languages?: Language[];
    availability?: Availability;
    rate?: RateExpectation;
  }) => void;
}

const LEVELS = ['native', 'fluent', 'professional', 'basic'] as const;

export function PreferencesSection({ languages, availability, rate, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <section className="profile-section" aria-labelledby="profile-preferences">
      <h2 id="profile-preferences">{t('profile.preferences.title')}</h2>
      {languages.map((l, i) => (
        <div
          key={`${l.code}-${i}`}
          className="profile-language"
          role="group"
          aria-label={t('profile.preferences.languageN', { n: i + 1 })}
        >
          <TextField
            id={`lang-${i}-code`}
            label={t('profile.preferences.language')}
            placeholder="en, fr-CA"
            value={l.code}
            onChange={(v) => onChange({ languages: replaceAt(languages, i, { ...l, code: v }) })}
          />
          <SelectField
            id={`lang-${i}-level`}
            label={t('profile.preferences.level')}
            value={l.proficiency}
            options={LEVELS.map((v) => ({ value: v, label: t(`profile.preferences.levels.${v}`) }))}
            onChange={(v) =>
              onChange({
                languages: replaceAt(languages, i, {
                  ...l,
                  proficiency: v as Language['proficiency'],
                }),
              })
            }
          />
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ languages: languages.filter((_, j) => j !== i) })}
          >
            {t('profile.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange({ languages: [...languages, { code: '', proficiency: 'professional' }] })
        }
      >
        {t('profile.preferences.addLanguage')}
      </button>
      <div className="profile-inline">
        <TextField
          id="availability-hours"
          type="number"
          label={t('profile.preferences.hours')}
          value={String(availability.hoursPerWeek)}
          onChange={(v) =>
            onChange({ availability: { ...availability, hoursPerWeek: Math.round(Number(v)) } })
          }
        />
        <TextField
          id="availability-timezone"
          label={t('profile.preferences.timezone')}
          value={availability.timezone}
          onChange={(v) => onChange({ availability: { ...availability, timezone: v } })}
        />
        <TextField
          id="rate-hourly"
          type="number"
          label={t('profile.preferences.rate')}
          value={String(rate.hourly)}
          onChange={(v) => onChange({ rate: { ...rate, hourly: Number(v) } })}
        />
        <TextField
          id="rate-currency"
          label={t('profile.preferences.currency')}
          value={rate.currency}
          onChange={(v) => onChange({ rate: { ...rate, currency: v.toUpperCase() } })}
        />
      </div>
    </section>
  );
}
