import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useConnectionStore } from '../../stores/useConnectionStore';
import { SyncStatus } from '../sync/SyncStatus';

export function StatusBar() {
  const { t } = useTranslation();
  const connection = useConnectionStore((s) => s.connection);
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`status-dot status-${connection.state}`} aria-hidden="true" />
      <span data-testid="connection-state">{t(`status.connection.${connection.state}`)}</span>
      {connection.detail ? <span className="status-detail">{connection.detail}</span> : null}
      <span className="status-sep" aria-hidden="true">
        ·
      </span>
      <SyncStatus />
      <span className="status-spacer" />
      <span>{t(`status.host.${api.host}`)}</span>
    </footer>
  );
}
