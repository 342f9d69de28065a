import type { NotificationView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';

/** What `notifications.unit_id` holds for news of a whole language (no unit has this id). */
const NO_UNIT = 0;

export interface NewNotification {
  userId: number;
  projectId: number;
  /** Null: news of the whole language. */
  unitId: number | null;
  lang: string;
  kind: NotificationView['kind'];
  actor: string;
  body: string;
}

/** The unit a stored notification is about, or null for news of a whole language. */
export const unitIdOf = (stored: number): number | null => (stored === NO_UNIT ? null : stored);

export async function insertNotifications(db: Db, notifications: NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  const now = new Date().toISOString();
  await db
    .insertInto('notifications')
    .values(notifications.map((n) => ({ user_id: n.userId, project_id: n.projectId, unit_id: n.unitId ?? NO_UNIT, lang: n.lang, kind: n.kind, actor: n.actor, body: n.body, created_at: now })))
    .execute();
}

export async function notificationsOf(db: Db, userId: number, limit = 100): Promise<NotificationView[]> {
  const rows = await db
    .selectFrom('notifications as n')
    .innerJoin('projects as p', 'p.id', 'n.project_id')
    .select(['n.id', 'n.kind', 'n.project_id', 'p.name', 'n.lang', 'n.unit_id', 'n.actor', 'n.body', 'n.created_at', 'n.read_at'])
    .where('n.user_id', '=', userId)
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    projectId: r.project_id,
    projectName: r.name,
    lang: r.lang,
    unitId: unitIdOf(r.unit_id),
    actor: r.actor,
    body: r.body,
    createdAt: r.created_at,
    read: r.read_at !== null,
  }));
}

export async function markRead(db: Db, userId: number, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('notifications').set({ read_at: new Date().toISOString() }).where('user_id', '=', userId).where('id', 'in', ids).where('read_at', 'is', null).execute();
}
