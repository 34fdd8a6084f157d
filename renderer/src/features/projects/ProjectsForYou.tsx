import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueStore } from '../../stores/useCatalogueStore';
import { useNavStore } from '../../stores/useNavStore';
import { useNotificationStore } from '../../stores/useNotificationStore';
import { CatalogueCard } from './CatalogueCard';
import { Requirements } from './Requirements';
import { unmetText } from './unmetText';

/** The expert's catalogue: matching projects first, then the others with what is missing. */
export function ProjectsForYou() {
  const { t, i18n } = useTranslation();
  const { catalogue, error, load } = useCatalogueStore();
  const go = useNavStore((s) => s.go);
  const notifications = useNotificationStore((s) => s.items.length);
  const markAllRead = useNotificationStore((s) => s.markAllRead);
  useEffect(() => {
    void load();
    void markAllRead().catch(() => undefined);
  }, [load, markAllRead, notifications]);
  if (!catalogue) return <p>{error ?? t('matching.loading')}</p>;
  return (
    <div className="catalogue">
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {!catalogue.hasProfile ? (
        <p>
          {t('matching.noProfile')}{' '}
          <button type="button" className="link-button" onClick={() => go('profile')}>
            {t('matching.buildProfile')}
          </button>
        </p>
      ) : !catalogue.interviewed ? (
        <p className="help">
          {t('matching.noInterview')}{' '}
          <button type="button" className="link-button" onClick={() => go('interview')}>
            {t('matching.takeInterview')}
          </button>
        </p>
      ) : null}
      <section aria-labelledby="matches-title">
        <h2 id="matches-title">{t('matching.forYou')}</h2>
        {catalogue.matches.length === 0 ? <p>{t('matching.noMatches')}</p> : null}
        {catalogue.matches.map((entry) => (
          <CatalogueCard key={entry.projectId} entry={entry} />
        ))}
      </section>
      {catalogue.excluded.length > 0 ? (
        <section aria-labelledby="excluded-title">
          <h2 id="excluded-title">{t('matching.notYet')}</h2>
          {catalogue.excluded.map((x) => (
            <article
              key={x.projectId}
              className="catalogue-card"
              aria-labelledby={`x-${x.projectId}`}
              data-testid="catalogue-excluded"
            >
              <h3 id={`x-${x.projectId}`}>{x.title}</h3>
              <Requirements listing={x.listing} languages={x.languages} pay={x.pay} />
              <h4>{t('matching.whyNot')}</h4>
              <ul className="concerns" data-testid="unmet">
                {x.unmet.map((u) => {
                  const text = unmetText(t, u, i18n.language);
                  return <li key={text}>{text}</li>;
                })}
              </ul>
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
