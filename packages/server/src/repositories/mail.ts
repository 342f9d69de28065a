import type { Db } from '../db/connection.ts';
import type { MailOutboxTable } from '../db/schema.ts';
import type { Insertable, Selectable } from 'kysely';

export type MailFrequency = 'now' | 'daily' | 'never';

/** What the mail planner needs to know of a person. */
export interface MailRecipient {
  id: number;
  email: string;
  name: string;
  frequency: MailFrequency;
  uiLang: string | null;
}

export async function mailRecipients(db: Db, userIds: number[]): Promise<Map<number, MailRecipient>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('mail_preferences as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.name', 'm.frequency', 'm.ui_lang'])
    .where('u.id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, email: r.email, name: r.name, frequency: r.frequency ?? 'now', uiLang: r.ui_lang }]));
}

export function mailPreferencesOf(db: Db, userId: number) {
  return db.selectFrom('mail_preferences').select(['frequency', 'ui_lang']).where('user_id', '=', userId).executeTakeFirst();
}

export async function setMailPreferences(db: Db, userId: number, change: { frequency?: MailFrequency; uiLang?: string }): Promise<void> {
  const values = { ...(change.frequency && { frequency: change.frequency }), ...(change.uiLang && { ui_lang: change.uiLang }) };
  if (Object.keys(values).length === 0) return;
  await db
    .insertInto('mail_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** A value of the planner's state, set to `initial` by whoever reads it first. */
export async function mailState(db: Db, name: string, initial: string): Promise<string> {
  await db.insertInto('mail_state').values({ name, value: initial }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('mail_state').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

export async function setMailState(db: Db, name: string, value: string): Promise<void> {
  await db.updateTable('mail_state').set({ value }).where('name', '=', name).execute();
}

export async function lastNotificationId(db: Db): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.max('id').as('last')).executeTakeFirst();
  return Number(row?.last ?? 0);
}

/** Notifications with what their e-mail tells: the project's name, the unit, who acted (by name). */
const notificationsForMail = (db: Db) =>
  db
    .selectFrom('notifications as n')
    .innerJoin('projects as p', 'p.id', 'n.project_id')
    .select(['n.id', 'n.user_id', 'n.project_id', 'p.name as project_name', 'n.unit_id', 'n.lang', 'n.kind', 'n.actor', 'n.body', 'n.created_at']);

/** Notifications after `afterId`, oldest first. */
export async function notificationsAfter(db: Db, afterId: number, limit: number) {
  return notificationsForMail(db)
    .where('n.id', '>', afterId)
    .orderBy('n.id')
    .limit(limit)
    .execute();
}

export type NotificationForMail = Awaited<ReturnType<typeof notificationsAfter>>[number];

export type NewOutboxMail = Pick<Insertable<MailOutboxTable>, 'key' | 'user_id' | 'to_address' | 'subject' | 'text' | 'html' | 'unsubscribe_url'>;

/** Queues a message unless one with its key is queued already; whether this call queued it. */
export async function queueMail(db: Db, mail: NewOutboxMail, now: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('mail_outbox')
    .values({ ...mail, created_at: now.toISOString(), next_attempt_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function addDigestItems(db: Db, items: { notificationId: number; userId: number; createdAt: string }[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('mail_digest_items')
    .values(items.map((i) => ({ notification_id: i.notificationId, user_id: i.userId, created_at: i.createdAt })))
    .onConflict((oc) => oc.column('notification_id').doNothing())
    .execute();
}

/** People with digest items from before `before`. */
export async function usersWithDigestDue(db: Db, before: string): Promise<number[]> {
  const rows = await db.selectFrom('mail_digest_items').select('user_id').distinct().where('created_at', '<', before).execute();
  return rows.map((r) => r.user_id);
}

/**
 * Takes a person's digest items away (the deletion is the claim: two servers never both get an
 * item) and returns their notifications, oldest first. Run inside the transaction that queues the digest.
 */
export async function takeDigestItems(db: Db, userId: number): Promise<NotificationForMail[]> {
  const taken = await db.deleteFrom('mail_digest_items').where('user_id', '=', userId).returning('notification_id').execute();
  if (taken.length === 0) return [];
  return notificationsForMail(db)
    .where('n.id', 'in', taken.map((t) => t.notification_id))
    .orderBy('n.id')
    .execute();
}

export type OutboxMail = Selectable<MailOutboxTable>;

/** Messages due to be sent at `now`, not held by a sender. */
export async function dueMail(db: Db, now: string, limit: number): Promise<OutboxMail[]> {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Holds a message for one sender until `until`; false when another sender holds it or sent it. */
export async function claimMail(db: Db, id: number, now: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set((eb) => ({ claimed_until: until, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a message sent; with `forgetBody`, its text and HTML are not kept (they hold a secret link). */
export async function markMailSent(db: Db, id: number, at: string, { forgetBody = false } = {}): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ sent_at: at, claimed_until: null, last_error: null, ...(forgetBody && { text: '', html: '' }) })
    .where('id', '=', id)
    .execute();
}

export async function markMailFailed(db: Db, id: number, error: string, retryAt: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ claimed_until: null, last_error: error.slice(0, 500), next_attempt_at: retryAt }).where('id', '=', id).execute();
}
