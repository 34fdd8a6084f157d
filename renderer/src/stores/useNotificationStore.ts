import { create } from 'zustand';
import type { PlatformNotificationWire } from '../../../shared/platform/ops/vettingSchemas';
import { callPlatform } from '../api/platformOps';

interface NotificationState {
  readonly items: readonly PlatformNotificationWire[];
  readonly unread: number;
  /** The newest notification not yet dismissed (shown in the app's notification area). */
  readonly toast?: PlatformNotificationWire;
  readonly load: () => Promise<void>;
  readonly receive: (notification: PlatformNotificationWire) => void;
  readonly dismiss: () => void;
  readonly markAllRead: () => Promise<void>;
  readonly clear: () => void;
}

/** New matching projects: from the platform's event stream live, and from the list at start. */
export const useNotificationStore = create<NotificationState>()((set, get) => ({
  items: [],
  unread: 0,
  load: async () => {
    const list = await callPlatform('notifications.list', {});
    set({ items: list.items, unread: list.unread });
  },
  receive: (notification) => {
    if (get().items.some((n) => n.id === notification.id)) return;
    set((s) => ({
      items: [notification, ...s.items],
      unread: s.unread + 1,
      toast: notification,
    }));
  },
  dismiss: () => set({ toast: undefined }),
  markAllRead: async () => {
    if (get().unread === 0) return;
    await callPlatform('notifications.read', {}, {});
    const at = new Date().toISOString();
    set((s) => ({ unread: 0, items: s.items.map((n) => ({ ...n, readAt: n.readAt ?? at })) }));
  },
  clear: () => set({ items: [], unread: 0, toast: undefined }),
}));
