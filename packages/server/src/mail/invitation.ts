import type { MailContent } from './compose.ts';
import type { MailStrings } from './messages.ts';

/** What an invitation offers, as its e-mails tell it. */
export interface InvitationFacts {
  project: string;
  role: string;
  /** The languages, by their tags; null: every language of the project. */
  langs: string[] | null;
}

function offer(t: MailStrings, facts: InvitationFacts): Record<string, string> {
  return { project: facts.project, role: t(`role.${facts.role}`), langs: facts.langs?.join(', ') ?? t('invitation.everyLanguage') };
}

/** The invitation a coordinator sends: the link opens the page where the person accepts. */
export function invitationMail(t: MailStrings, facts: InvitationFacts & { link: string; expiresAt: string }): MailContent {
  return {
    subject: t('invitation.subject', offer(t, facts)),
    parts: [{ text: t('invitation.intro', offer(t, facts)) }, { link: facts.link, label: t('invitation.open') }, { text: t('invitation.expires', { date: new Date(facts.expiresAt) }) }],
  };
}

/**
 * The confirmation of a request to join. Only the address's owner reads it, so it may say what
 * the page could not: whether the address has an account already.
 */
export function joinConfirmationMail(t: MailStrings, facts: InvitationFacts & { link: string; hasAccount: boolean }): MailContent {
  const intro = facts.hasAccount ? 'join.introExisting' : 'join.introNew';
  return {
    subject: t('join.subject', offer(t, facts)),
    parts: [{ text: t(intro, offer(t, facts)) }, { link: facts.link, label: t('join.confirm') }, { text: t('join.notYou') }],
  };
}
