import type { MailContent } from './compose.ts';
import type { MailStrings } from './messages.ts';

/** The message with a single-use link to choose a new password, asked for with “Forgot your password?”. */
export function passwordResetMail(t: MailStrings, link: string): MailContent {
  return { subject: t('reset.subject'), parts: [{ text: t('reset.intro') }, { link, label: t('reset.link') }, { text: t('reset.ignore') }] };
}
