import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthStore } from '../../stores/useAuthStore';
import { useSyncStore } from '../../stores/useSyncStore';
import { RejectedDialog } from './RejectedDialog';
import './sync.css';

/** The status bar's sync part: synced / N pending / offline / error with Retry, and rejections. */
export function SyncStatus() {
  const { t } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const pending = useSyncStore((s) => s.pending);
  const rejected = useSyncStore((s) => s.rejected);
  const retry = useSyncStore((s) => s.retry);
  const signIn = useAuthStore((s) => s.signIn);
  const [showRejected, setShowRejected] = useState(false);
  const { phase } = status;
  const count = { count: pending };
  const text =
    phase === 'local'
      ? pending > 0
        ? t('sync.localPending', count)
        : t('sync.local')
      : phase === 'idle'
        ? pending > 0
          ? t('sync.pending', count)
          : t('sync.synced')
        : phase === 'syncing'
          ? pending > 0
            ? t('sync.syncingPending', count)
            : t('sync.syncing')
          : t(`sync.${phase}`, count);

  return (
    <>
      <span
        data-testid="sync-state"
        data-phase={phase}
        data-pending={pending}
        data-pulled={status.pulled}
        data-pull-ms={status.pullMs}
        data-pushed={status.pushed}
        data-push-ms={status.pushMs}
        title={status.message}
      >
        {text}
      </span>
      {phase === 'offline' || phase === 'error' ? (
        <button type="button" className="status-action" onClick={retry}>
          {t('sync.retry')}
        </button>
      ) : null}
      {phase === 'expired' ? (
        <button type="button" className="status-action" onClick={() => void signIn()}>
          {t('sync.signInAgain')}
        </button>
      ) : null}
      {rejected > 0 ? (
        <button
          type="button"
          className="status-action status-rejected"
          data-testid="rejected-button"
          onClick={() => setShowRejected(true)}
        >
          {t('sync.rejected.count', { count: rejected })}
        </button>
      ) : null}
      {showRejected ? <RejectedDialog onClose={() => setShowRejected(false)} /> : null}
    </>
  );
}
