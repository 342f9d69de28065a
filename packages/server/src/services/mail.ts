import type { Logger } from 'pino';
import type { MailPreferencesRequest, MailPreferencesView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { composeMail, type MailContent } from '../mail/compose.ts';
import { digestMail } from '../mail/digest.ts';
import { mailStrings, type MailStrings } from '../mail/messages.ts';
import { notificationEntry, notificationMailKind } from '../mail/registry.ts';
import { smtpTransport, type MailTransport } from '../mail/transport.ts';
import { unsubscribeToken, unsubscribeUrl, unsubscribeUser } from '../mail/unsubscribe.ts';
import {
  addDigestItems,
  claimMail,
  dueMail,
  lastNotificationId,
  mailPreferencesOf,
  mailRecipients,
  mailState,
  markMailFailed,
  markMailSent,
  notificationsAfter,
  queueMail,
  setMailPreferences,
  setMailState,
  takeDigestItems,
  usersWithDigestDue,
  type MailRecipient,
} from '../repositories/mail.ts';
import type { MailSettings } from '../settings.ts';
import type { Actor } from './actor.ts';
import { ServiceError } from './errors.ts';
import { startPeriodic, type PeriodicTask } from './periodic.ts';

/**
 * E-mail leaves in two steps, neither of them inside a request: the planner reads the in-app
 * notifications since it last did and queues a message in the outbox for each person who wants
 * mail at once (or keeps it for their daily digest); the sender hands due messages to the SMTP
 * server, retrying a failure later with a growing delay. Without an SMTP server neither runs and
 * nothing is queued. Every step is safe with several servers on one database: a message's key is
 * unique, a digest item is taken by deleting it, a message is claimed before it is sent.
 */

const CURSOR = 'notifications-read-through';
const BATCH = 500;

async function queueFor(db: Db, recipient: MailRecipient, key: string, content: (t: MailStrings) => MailContent, publicUrl: URL, now: Date): Promise<boolean> {
  const t = mailStrings(recipient.uiLang);
  const unsubscribe = unsubscribeUrl(publicUrl, await unsubscribeToken(db, recipient.id));
  const mail = composeMail(content(t), t, { unsubscribe, settings: new URL('preferences', publicUrl).href });
  return queueMail(db, { key, user_id: recipient.id, to_address: recipient.email, subject: mail.subject, text: mail.text, html: mail.html, unsubscribe_url: unsubscribe }, now);
}

/**
 * Queues a message about an address itself (an invitation, a confirmation), which no preference
 * stops: it was asked for, by the person or by a coordinator. Written in `uiLang`.
 */
export async function queueAddressMail(db: Db, mail: { key: string; to: string; uiLang: string | null; content: (t: MailStrings) => MailContent }, now = new Date()): Promise<boolean> {
  const t = mailStrings(mail.uiLang);
  const composed = composeMail(mail.content(t), t, null);
  return queueMail(db, { key: mail.key, user_id: null, to_address: mail.to, subject: composed.subject, text: composed.text, html: composed.html, unsubscribe_url: null }, now);
}

/** Start of the UTC day of `now`: a digest gathers what came before it. */
const dayStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();

/** Queues what is due at `now`; how many messages this call queued. */
export async function planMail(db: Db, { publicUrl, now = new Date() }: { publicUrl: URL; now?: Date }): Promise<number> {
  let queued = 0;
  // The first time, start from the present: turning mail on does not send the past.
  let cursor = Number(await mailState(db, CURSOR, String(await lastNotificationId(db))));
  for (;;) {
    const batch = await notificationsAfter(db, cursor, BATCH);
    if (batch.length === 0) break;
    const recipients = await mailRecipients(db, batch.map((n) => n.user_id));
    const forDigest: { notificationId: number; userId: number; createdAt: string }[] = [];
    for (const n of batch) {
      const recipient = recipients.get(n.user_id);
      if (!recipient || recipient.frequency === 'never') continue;
      if (recipient.frequency === 'daily') {
        forDigest.push({ notificationId: n.id, userId: n.user_id, createdAt: n.created_at });
        continue;
      }
      const content = (t: MailStrings): MailContent => ({ subject: notificationMailKind(n.kind).subject(n, t), parts: notificationEntry(n, t, publicUrl) });
      if (await queueFor(db, recipient, `notification:${n.id}`, content, publicUrl, now)) queued += 1;
    }
    await addDigestItems(db, forDigest);
    cursor = batch.at(-1)!.id;
    await setMailState(db, CURSOR, String(cursor));
  }
  for (const userId of await usersWithDigestDue(db, dayStart(now))) {
    const done = await db.transaction().execute(async (trx) => {
      const items = await takeDigestItems(trx, userId);
      const recipient = (await mailRecipients(trx, [userId])).get(userId);
      if (items.length === 0 || !recipient || recipient.frequency === 'never') return false;
      return queueFor(trx, recipient, `digest:${userId}:${items[0]!.id}`, (t) => digestMail(items, t, publicUrl), publicUrl, now);
    });
    if (done) queued += 1;
  }
  return queued;
}

/** The wait before the next attempt after `attempts` failed ones: 30 s, doubling, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** Hands due messages to the transport; a failure is tried again later. */
export async function sendDueMail(db: Db, transport: MailTransport, now = new Date()): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  const at = now.toISOString();
  for (const mail of await dueMail(db, at, 50)) {
    if (!(await claimMail(db, mail.id, at, new Date(now.getTime() + 5 * 60_000).toISOString()))) continue;
    try {
      await transport.send({ to: mail.to_address, subject: mail.subject, text: mail.text, html: mail.html, unsubscribeUrl: mail.unsubscribe_url });
      // A message without an unsubscribe link is about an address (a reset link, an invitation): its link is a secret, not kept once sent.
      await markMailSent(db, mail.id, new Date().toISOString(), { forgetBody: mail.unsubscribe_url === null });
      result.sent += 1;
    } catch (error) {
      await markMailFailed(db, mail.id, (error as Error).message, new Date(now.getTime() + retryDelayMs(mail.attempts + 1)).toISOString());
      result.failed += 1;
    }
  }
  return result;
}

/** Stops a person's e-mail from an unsubscribe link; false when the link is not valid. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  const userId = await unsubscribeUser(db, token);
  if (userId === undefined) return false;
  const exists = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!exists) return false;
  await setMailPreferences(db, userId, { frequency: 'never' });
  return true;
}

export type MailWorker = PeriodicTask;

/** Plans and sends every `intervalMs` in the background; a failing run is logged and the next one tries again. */
export function startMailWorker(db: Db, { mail, publicUrl, logger, intervalMs = 15_000, transport = smtpTransport(mail) }: { mail: MailSettings; publicUrl: URL; logger?: Logger; intervalMs?: number; transport?: MailTransport }): MailWorker {
  const task = startPeriodic(
    async () => {
      await planMail(db, { publicUrl });
      const { sent, failed } = await sendDueMail(db, transport);
      if (sent || failed) logger?.info({ sent, failed }, 'mail');
    },
    { intervalMs, logger, failure: 'mail run failed' },
  );
  return {
    runOnce: task.runOnce,
    async stop() {
      await task.stop();
      transport.close();
    },
  };
}

function signedInUserId(actor: Actor): number {
  if (actor.kind !== 'user') throw new ServiceError(400, 'request.invalid', 'E-mail preferences belong to signed-in users.');
  return actor.user.id;
}

export async function myMailPreferences(db: Db, actor: Actor): Promise<MailPreferencesView> {
  const userId = signedInUserId(actor);
  const row = await mailPreferencesOf(db, userId);
  return { frequency: row?.frequency ?? 'now', uiLang: row?.ui_lang ?? null };
}

export async function changeMailPreferences(db: Db, actor: Actor, change: MailPreferencesRequest): Promise<MailPreferencesView> {
  await setMailPreferences(db, signedInUserId(actor), change);
  return myMailPreferences(db, actor);
}
