import type { MailContent, MailPart } from './compose.ts';
import type { MailStrings } from './messages.ts';

/** The message with a single-use link to choose a new password, asked for with “Forgot your password?”. */
export function passwordResetMail(t: MailStrings, link: string): MailContent {
  return { subject: t('reset.subject'), parts: [{ text: t('reset.intro') }, { link, label: t('reset.link') }, { text: t('reset.ignore') }] };
}

/** Its footer: why it came (it was asked for, so there is nothing to unsubscribe from). */
export const passwordResetFooter = (t: MailStrings): MailPart[] => [{ text: t('reset.why') }];
