import type { NotificationForMail } from '../repositories/mail.ts';
import type { MailContent } from './compose.ts';
import type { MailStrings } from './messages.ts';
import { notificationEntry } from './registry.ts';

/** One message that gathers a day's notifications of a person. */
export function digestMail(items: NotificationForMail[], t: MailStrings, publicUrl: URL): MailContent {
  return {
    subject: t('digest.subject', { count: items.length }),
    parts: [{ text: t('digest.intro') }, ...items.flatMap((n) => notificationEntry(n, t, publicUrl))],
  };
}
