import { api } from '../api';
import { useAccountStore } from './useAccountStore';
import { useAuthStore } from './useAuthStore';
import { useNotificationStore } from './useNotificationStore';

/**
 * Keeps the account and its notifications in step with sign-in: loaded when signed in, cleared
 * when signed out, and live notifications from the platform's event stream added as they come.
 */
export function followPlatformSession(): () => void {
  let signedIn = false;
  const onStatus = (state: string | undefined): void => {
    const now = state === 'signedIn';
    if (now === signedIn) return;
    signedIn = now;
    if (now) {
      void useAccountStore.getState().load();
      void useNotificationStore
        .getState()
        .load()
        .catch(() => undefined);
    } else {
      useAccountStore.getState().clear();
      useNotificationStore.getState().clear();
    }
  };
  onStatus(useAuthStore.getState().status?.state);
  const unsubscribeAuth = useAuthStore.subscribe((s) => onStatus(s.status?.state));
  const unsubscribeEvents = api.on('platform:notification', (notification) =>
    useNotificationStore.getState().receive(notification),
  );
  return () => {
    unsubscribeAuth();
    unsubscribeEvents();
  };
}
