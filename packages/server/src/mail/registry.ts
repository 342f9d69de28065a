import type { NotificationForMail } from '../repositories/mail.ts';
import type { MailPart } from './compose.ts';
import { deadlineMail } from './deadline.ts';
import { mentionMail } from './mention.ts';
import type { MailStrings } from './messages.ts';
import type { NotificationMailKind } from './notificationMail.ts';
import { publishedMail } from './published.ts';
import { rejectedMail } from './rejected.ts';

/**
 * What is e-mailed when. Every in-app notification kind has its message here; a person gets
 * each at once, gathered in a daily digest, or never, as they chose (mail_preferences).
 */
export const NOTIFICATION_MAILS: Record<NotificationForMail['kind'], NotificationMailKind> = {
  rejected: rejectedMail,
  mention: mentionMail,
  deadline: deadlineMail,
  published: publishedMail,
};

export function notificationMailKind(kind: NotificationForMail['kind']): NotificationMailKind {
  return NOTIFICATION_MAILS[kind];
}

/** What a notification's message (or its entry in a digest) says, and the link that opens it. */
export function notificationEntry(n: NotificationForMail, t: MailStrings, publicUrl: URL): MailPart[] {
  const kind = notificationMailKind(n.kind);
  return [...kind.parts(n, t), kind.open(n, t, publicUrl)];
}
