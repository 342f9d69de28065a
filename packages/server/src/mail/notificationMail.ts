import type { NotificationForMail } from '../repositories/mail.ts';
import type { MailPart } from './compose.ts';
import type { MailStrings } from './messages.ts';

/** An e-mail about one in-app notification: what it says, at once or as an entry of the daily digest. */
export interface NotificationMailKind {
  /** The notification kind it tells of. */
  kind: NotificationForMail['kind'];
  subject(n: NotificationForMail, t: MailStrings): string;
  /** The entry's parts (without the link to open it). */
  parts(n: NotificationForMail, t: MailStrings): MailPart[];
  /** The link that opens what it is about: a unit in the editor, a language, a public page. */
  open(n: NotificationForMail, t: MailStrings, publicUrl: URL): MailPart;
}

/** The values every notification message may use: the project, the language and who acted (by name only). */
export function notificationValues(n: NotificationForMail): Record<string, string> {
  return { project: n.project_name, lang: n.lang, actor: n.actor };
}

/** A language's name in the language of the mail (“japonais” in French), or its code when there is none. */
export function languageName(lang: string, t: MailStrings): string {
  try {
    return new Intl.DisplayNames([t.lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Where the notification's unit opens in the web app. */
export function unitLink(publicUrl: URL, n: Pick<NotificationForMail, 'project_id' | 'lang' | 'unit_id'>): string {
  return new URL(`projects/${n.project_id}/${encodeURIComponent(n.lang)}#unit-${n.unit_id}`, publicUrl).href;
}

/** Opens the notification's unit in the editor. */
export const openUnit: NotificationMailKind['open'] = (n, t, publicUrl) => ({ link: unitLink(publicUrl, n), label: t('open') });
