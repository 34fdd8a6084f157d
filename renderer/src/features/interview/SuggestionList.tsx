import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alreadyInProfile, type ProfileSuggestion } from '../../../../shared/interview/suggestions';
import { useNavStore } from '../../stores/useNavStore';
import { useProfileStore } from '../../stores/useProfileStore';

/** Profile updates heard in the answers; one click adds one (or opens the form to complete it). */
export function SuggestionList({
  suggestions,
}: {
  readonly suggestions: readonly ProfileSuggestion[];
}) {
  const { t } = useTranslation();
  const { envelope, load, accept, error } = useProfileStore();
  const go = useNavStore((s) => s.go);
  const [busy, setBusy] = useState<string | undefined>();
  useEffect(() => {
    if (!envelope) void load();
  }, [envelope, load]);
  if (suggestions.length === 0) return <p>{t('interview.results.noSuggestions')}</p>;
  const profile = envelope?.profile;
  return (
    <ul className="suggestions" aria-label={t('interview.results.suggestions')}>
      {suggestions.map((s) => {
        const added = profile ? alreadyInProfile(profile, s) : false;
        return (
          <li
            key={s.id}
            className="catalogue-card"
            data-testid="suggestion"
            data-suggestion-id={s.id}
          >
            <p>{s.message}</p>
            <blockquote>{s.evidence.quote}</blockquote>
            {added ? (
              <span className="badge badge-verified" data-testid="suggestion-added">
                {t('interview.results.inProfile')}
              </span>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={busy !== undefined}
                onClick={() => {
                  setBusy(s.id);
                  void accept(s)
                    .then((outcome) => {
                      if (outcome === 'needsDetails') go('profile');
                    })
                    .finally(() => setBusy(undefined));
                }}
              >
                {t('interview.results.accept')}
              </button>
            )}
          </li>
        );
      })}
      {error ? (
        <li className="field-error" role="alert">
          {error}
        </li>
      ) : null}
    </ul>
  );
}
