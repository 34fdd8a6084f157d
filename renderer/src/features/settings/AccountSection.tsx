import { useTranslation } from 'react-i18next';
import { useAuthStore } from '../../stores/useAuthStore';

/** Sign-in to the platform, who is signed in, and whether the session survives a restart. */
export function AccountSection() {
  const { t } = useTranslation();
  const { status, error, signIn, signOut } = useAuthStore();
  if (!status) return null;
  return (
    <section
      className="account"
      aria-labelledby="account-title"
      data-testid="account-section"
      data-state={status.state}
    >
      <h2 id="account-title">{t('account.title')}</h2>
      {status.state === 'signedIn' && status.user ? (
        <p data-testid="signed-in-as">
          {t('account.signedInAs', {
            name: status.user.name ?? status.user.email ?? status.user.id,
            platform: status.platformUrl,
          })}
        </p>
      ) : (
        <p>
          {t(`account.state.${status.state}`, {
            platform: status.platformUrl ?? t('account.noPlatform'),
          })}
        </p>
      )}
      {status.persistence === 'memory' && status.persistenceReason ? (
        <p className="help" data-testid="persistence-note">
          {t(`account.memoryOnly.${status.persistenceReason}`)}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {t('account.failed')}
        </p>
      ) : null}
      {status.state === 'signedIn' ? (
        <button type="button" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={status.state === 'signingIn' || !status.platformUrl}
          onClick={() => void signIn()}
        >
          {status.state === 'signingIn' ? t('account.waiting') : t('account.signIn')}
        </button>
      )}
    </section>
  );
}
