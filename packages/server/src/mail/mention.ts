import { notificationValues, openUnit, type NotificationMailKind } from './notificationMail.ts';

/** Someone named a person in a comment: they read the comment, and the author's name (never an address). */
export const mentionMail: NotificationMailKind = {
  kind: 'mention',
  subject: (n, t) => t('mention.subject', notificationValues(n)),
  parts: (n, t) => [{ text: t('mention.intro', notificationValues(n)) }, { quote: n.body }],
  open: openUnit,
};
