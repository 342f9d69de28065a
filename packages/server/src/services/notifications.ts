import type { NotificationView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { insertNotifications, markRead, notificationsOf, type NewNotification } from '../repositories/notifications.ts';
import type { Actor } from './actor.ts';
import { ServiceError } from './errors.ts';

/** A rejected translation tells its translator why, in the app. */
export function notifyRejection(db: Db, n: { userId: number; projectId: number; unitId: number; lang: string; actor: string; reason: string }): Promise<void> {
  return insertNotifications(db, [{ ...n, kind: 'rejected', body: n.reason }]);
}

export function notifyMentions(db: Db, notifications: NewNotification[]): Promise<void> {
  return insertNotifications(db, notifications);
}

function signedInUser(actor: Actor): number {
  if (actor.kind !== 'user') throw new ServiceError(400, 'request.invalid', 'Notifications belong to signed-in users.');
  return actor.user.id;
}

export function myNotifications(db: Db, actor: Actor): Promise<NotificationView[]> {
  return notificationsOf(db, signedInUser(actor));
}

export function markNotificationsRead(db: Db, actor: Actor, ids: number[]): Promise<void> {
  return markRead(db, signedInUser(actor), ids);
}
