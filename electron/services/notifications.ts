import type { PlatformNotificationWire } from '../../shared/platform/ops/vettingSchemas';

/** The part of Electron's Notification we use, so this runs (and is tested) as plain Node. */
export interface OsNotification {
  show(): void;
  on(event: 'click', listener: () => void): unknown;
}

export interface OsNotificationApi {
  isSupported(): boolean;
  create(options: { title: string; body: string; silent: boolean }): OsNotification;
}

/**
 * Shows platform notifications (a new matching project) as OS notifications. Each is shown once,
 * even if the event stream delivers it again after a reconnect; a click brings the app forward.
 */
export function createOsNotifier(
  api: OsNotificationApi | undefined,
  onClick: (notification: PlatformNotificationWire) => void = () => undefined,
) {
  const shown = new Set<string>();
  return {
    /** Whether an OS notification was shown (false where the OS offers none). */
    notify(notification: PlatformNotificationWire): boolean {
      if (!api?.isSupported() || shown.has(notification.id)) return false;
      shown.add(notification.id);
      const os = api.create({
        title: notification.title,
        body: notification.message,
        silent: false,
      });
      os.on('click', () => onClick(notification));
      os.show();
      return true;
    },
  };
}
