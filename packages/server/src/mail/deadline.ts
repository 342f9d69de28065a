import { languageName, type NotificationMailKind } from './notificationMail.ts';
import type { NotificationForMail } from '../repositories/mail.ts';
import type { MailStrings } from './messages.ts';

/** The project, the language by name and the deadline (`body`, YYYY-MM-DD) as a date of the mail's language. */
function deadlineValues(n: NotificationForMail, t: MailStrings): Record<string, string> {
  const day = Date.parse(`${n.body}T00:00:00Z`);
  const deadline = Number.isNaN(day) ? n.body : new Intl.DateTimeFormat(t.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  return { project: n.project_name, language: languageName(n.lang, t), deadline };
}

/** A language one translates or reviews is due in two days and not complete: its people read when, and open it. */
export const deadlineMail: NotificationMailKind = {
  kind: 'deadline',
  subject: (n, t) => t('deadline.subject', deadlineValues(n, t)),
  parts: (n, t) => [{ text: t('deadline.intro', deadlineValues(n, t)) }],
  open: (n, t, publicUrl) => ({ link: new URL(`projects/${n.project_id}/${encodeURIComponent(n.lang)}`, publicUrl).href, label: t('deadline.open') }),
};
