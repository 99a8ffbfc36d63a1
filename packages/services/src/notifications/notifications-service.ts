import type { NotificationList } from '@duban/core';
import { listNotifications, markNotificationsRead } from '@duban/storage';
import { liaisonUnits, readsEverything, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';

/** In-app notifications: a liaison sees (and marks read) those of their units; the office and leaders see all. */
export function createNotificationsService(ctx: ServiceContext) {
  const scope = (actor: Actor): string[] | null => (readsEverything(actor) ? null : liaisonUnits(actor));
  return {
    /** Newest first, with the number still unread. */
    async list(actor: Actor, opts: { unread: boolean; limit: number }): Promise<NotificationList> {
      return listNotifications(ctx.db, scope(actor), { unreadOnly: opts.unread, limit: opts.limit });
    },

    /** Marks the given notifications (or all the actor's) read; others' units are left alone. */
    async markRead(actor: Actor, body: { ids?: string[] | undefined; all?: boolean | undefined }): Promise<NotificationList> {
      await write(ctx, actor, async (tx, audit) => {
        const n = await markNotificationsRead(tx, scope(actor), body.all ? null : (body.ids ?? []), actor.userId || null);
        await audit('notification', body.all ? '*' : (body.ids ?? []).join(',').slice(0, 200), 'read', null, { count: n });
      });
      return this.list(actor, { unread: false, limit: 100 });
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
