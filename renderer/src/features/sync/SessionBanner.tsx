import { useTranslation } from 'react-i18next';
import { useAuthStore } from '../../stores/useAuthStore';
import { useSyncStore } from '../../stores/useSyncStore';
import './sync.css';

/**
 * Says when syncing cannot go on without the user: the session ended (sign in again; nothing on
 * this computer is lost) or the platform needs a newer app.
 */
export function SessionBanner() {
  const { t } = useTranslation();
  const auth = useAuthStore((s) => s.status);
  const signIn = useAuthStore((s) => s.signIn);
  const phase = useSyncStore((s) => s.status.phase);
  const pending = useSyncStore((s) => s.pending);
  if (phase === 'upgrade') {
    return (
      <div className="session-banner" role="alert" data-testid="upgrade-banner">
        <p>{t('sync.upgradeBanner', { count: pending })}</p>
      </div>
    );
  }
  if (auth?.state !== 'expired' && phase !== 'expired') return null;
  return (
    <div className="session-banner" role="alert" data-testid="session-banner">
      <p>{t('sync.expiredBanner', { count: pending })}</p>
      <button
        type="button"
        className="primary"
        disabled={auth?.state === 'signingIn'}
        onClick={() => void signIn()}
      >
        {t('sync.signInAgain')}
      </button>
    </div>
  );
}
