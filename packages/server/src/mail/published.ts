import { pages } from '@tessera/core/contract';
import { languageName, type NotificationMailKind } from './notificationMail.ts';
import type { NotificationForMail } from '../repositories/mail.ts';
import type { MailStrings } from './messages.ts';

/** The project, the language by name, the version (`body`) and who published it (by name). */
const publishedValues = (n: NotificationForMail, t: MailStrings): Record<string, string> => ({ project: n.project_name, language: languageName(n.lang, t), version: n.body, actor: n.actor });

/** A language one translated or reviewed is published (and public): its people get the public link. */
export const publishedMail: NotificationMailKind = {
  kind: 'published',
  subject: (n, t) => t('published.subject', publishedValues(n, t)),
  parts: (n, t) => [{ text: t('published.intro', publishedValues(n, t)) }, { text: t('published.thanks') }],
  open: (n, t, publicUrl) => ({ link: new URL(pages.publicationVersion(n.project_id, n.lang, Number(n.body)).slice(1), publicUrl).href, label: t('published.open') }),
};
