import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useNavStore } from '../../stores/useNavStore';
import { useNotificationStore } from '../../stores/useNotificationStore';

/**
 * The in-app notification of a new matching project. In Electron main shows an OS notification
 * instead; in the web host (a browser tab) this is the notification.
 */
export function NotificationToast() {
  const { t } = useTranslation();
  const toast = useNotificationStore((s) => s.toast);
  const dismiss = useNotificationStore((s) => s.dismiss);
  const go = useNavStore((s) => s.go);
  if (!toast || api.host === 'electron') return null;
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="notification-toast">
      <strong>{t('notifications.newProject', { title: toast.title })}</strong>
      <p>{toast.message}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          dismiss();
          go('projects');
        }}
      >
        {t('notifications.view')}
      </button>{' '}
      <button type="button" onClick={dismiss}>
        {t('notifications.dismiss')}
      </button>
    </div>
  );
}
