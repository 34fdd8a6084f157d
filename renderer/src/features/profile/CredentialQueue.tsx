import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialQueueItem } from '../../../../shared/platform/ops/vettingSchemas';
import { callPlatform, problemText } from '../../api/platformOps';

/** Reviewers: credentials waiting for a decision, oldest first; a rejection needs a reason. */
export function CredentialQueue() {
  const { t } = useTranslation();
  const [items, setItems] = useState<CredentialQueueItem[] | undefined>();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    callPlatform('credentials.queue', {}).then(setItems, (e: unknown) => setError(problemText(e)));
  }, [round]);
  const decide = async (item: CredentialQueueItem, verified: boolean) => {
    const key = `${item.expertId}/${item.credential.id}`;
    try {
      await callPlatform(
        'credentials.decide',
        { expertId: item.expertId, credentialId: item.credential.id },
        verified ? { outcome: 'verified' } : { outcome: 'rejected', reason: reasons[key] ?? '' },
      );
      setError(undefined);
      setRound((n) => n + 1);
    } catch (e) {
      setError(problemText(e));
    }
  };
  if (!items) return <p>{error ?? t('profile.loading')}</p>;
  return (
    <section aria-labelledby="queue-title" className="credential-queue">
      <h2 id="queue-title">{t('profile.queue.title')}</h2>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {items.length === 0 ? <p>{t('profile.queue.empty')}</p> : null}
      <ul>
        {items.map((item) => {
          const c = item.credential;
          const key = `${item.expertId}/${c.id}`;
          const checks = c.verification.status === 'pending' ? c.verification.checks : [];
          return (
            <li
              key={key}
              className="queue-item"
              aria-label={`${item.expertName}: ${t(`profile.credentials.type.${c.type}`)}`}
            >
              <strong>{item.expertName}</strong> — {t(`profile.credentials.type.${c.type}`)}
              {c.jurisdiction ? ` (${c.jurisdiction})` : ''} · {c.issuingBody} · {c.number ?? '—'}
              <ul className="credential-checks">
                {checks.map((k) => (
                  <li key={k.check}>
                    {t(`profile.credentials.check.${k.outcome}`)}: {k.message}
                  </li>
                ))}
              </ul>
              <label htmlFor={`reason-${key}`}>{t('profile.queue.reason')}</label>
              <input
                id={`reason-${key}`}
                value={reasons[key] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [key]: e.target.value })}
              />
              <button type="button" className="primary" onClick={() => void decide(item, true)}>
                {t('profile.queue.verify')}
              </button>
              <button type="button" onClick={() => void decide(item, false)}>
                {t('profile.queue.reject')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
