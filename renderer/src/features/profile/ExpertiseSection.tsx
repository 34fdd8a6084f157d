import { useTranslation } from 'react-i18next';
import { DOMAINS, type Domain, type DomainExpertise } from '../../../../shared/profile/profile';
import { SPECIALTIES } from '../../../../shared/profile/specialties';

interface Props {
  readonly items: readonly DomainExpertise[];
  readonly onChange: (items: DomainExpertise[]) => void;
}

/** Domains and their sub-specialties: a closed list, because matching compares ids. */
export function ExpertiseSection({ items, onChange }: Props) {
  const { t } = useTranslation();
  const toggleDomain = (domain: Domain, on: boolean) =>
    onChange(
      on ? [...items, { domain, subSpecialties: [] }] : items.filter((d) => d.domain !== domain),
    );
  const toggleSpecialty = (domain: Domain, id: string, on: boolean) =>
    onChange(
      items.map((d) =>
        d.domain !== domain
          ? d
          : {
              ...d,
              subSpecialties: on
                ? [...d.subSpecialties, id]
                : d.subSpecialties.filter((s) => s !== id),
            },
      ),
    );
  return (
    <section className="profile-section" aria-labelledby="profile-domains">
      <h2 id="profile-domains">{t('profile.domains.title')}</h2>
      {DOMAINS.map((domain) => {
        const mine = items.find((d) => d.domain === domain);
        return (
          <fieldset key={domain} className="profile-domain">
            <legend>
              <label>
                <input
                  type="checkbox"
                  checked={!!mine}
                  onChange={(e) => toggleDomain(domain, e.target.checked)}
                />{' '}
                {t(`profile.domain.${domain}`)}
              </label>
            </legend>
            {mine ? (
              <div className="profile-specialties">
                {SPECIALTIES[domain].map((s) => (
                  <label key={s.id}>
                    <input
                      type="checkbox"
                      checked={mine.subSpecialties.includes(s.id)}
                      onChange={(e) => toggleSpecialty(domain, s.id, e.target.checked)}
                    />{' '}
                    {s.name}
                  </label>
                ))}
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}
