import { uuidv7 } from 'uuidv7';
import type {
  NotificationList,
  PlatformNotificationWire,
} from '../../../../shared/platform/ops/vettingSchemas';
import type { Principal } from '../core/principal';
import type { NotificationsTable, VettingDb } from './tables';

type Listener = (notification: PlatformNotificationWire) => void;

const toWire = (row: NotificationsTable): PlatformNotificationWire => {
  const data = JSON.parse(row.data) as { title: string; message: string };
  return {
    id: row.id,
    kind: row.kind,
    projectId: row.project_id,
    title: data.title,
    message: data.message,
    createdAt: row.created_at,
    ...(row.read_at ? { readAt: row.read_at } : {}),
  };
};

/**
 * Notifications to one account: stored (so a client that was offline sees them and the badge
 * counts them) and pushed to the account's open event streams. One per account, kind and project:
 * a project re-opened after a pause does not notify the same expert twice.
 */
export function createNotifications(db: VettingDb, now: () => Date = () => new Date()) {
  const listeners = new Map<string, Set<Listener>>();
  return {
    subscribe(accountId: string, listener: Listener): () => void {
      const set = listeners.get(accountId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(accountId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(accountId);
      };
    },

    /** Stores and pushes; false when this account was already told about this project. */
    async notify(
      accountId: string,
      projectId: string,
      content: { title: string; message: string },
    ): Promise<boolean> {
      const row: NotificationsTable = {
        account_id: accountId,
        id: uuidv7(),
        kind: 'project-match',
        project_id: projectId,
        data: JSON.stringify(content),
        created_at: now().toISOString(),
        read_at: null,
      };
      const inserted = await db
        .insertInto('notifications')
        .values(row)
        .onConflict((oc) => oc.columns(['account_id', 'kind', 'project_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      for (const listener of listeners.get(accountId) ?? []) listener(toWire(row));
      return true;
    },

    async list(principal: Principal): Promise<NotificationList> {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('account_id', '=', principal.id)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(50)
        .execute();
      const unread = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', principal.id)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { unread: Number(unread.n), items: rows.map(toWire) };
    },

    /** Marks the given notifications (or all of them) read. */
    async markRead(principal: Principal, ids: readonly string[] | undefined): Promise<void> {
      let query = db
        .updateTable('notifications')
        .set({ read_at: now().toISOString() })
        .where('account_id', '=', principal.id)
        .where('read_at', 'is', null);
      if (ids) {
        if (ids.length === 0) return;
        query = query.where('id', 'in', ids);
      }
      await query.execute();
    },
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
