import type { NotificationForMail } from '../repositories/mail.ts';
import { mentionMail } from './mention.ts';
import type { NotificationMailKind } from './notificationMail.ts';
import { rejectedMail } from './rejected.ts';

/**
 * What is e-mailed when. Every in-app notification kind has its message here; a person gets
 * each at once, gathered in a daily digest, or never, as they chose (mail_preferences).
 */
export const NOTIFICATION_MAILS: Record<NotificationForMail['kind'], NotificationMailKind> = {
  rejected: rejectedMail,
  mention: mentionMail,
};

export function notificationMailKind(kind: NotificationForMail['kind']): NotificationMailKind {
  return NOTIFICATION_MAILS[kind];
}
