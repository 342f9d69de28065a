import { notificationValues, openUnit, type NotificationMailKind } from './notificationMail.ts';

/** A reviewer sent a translation back: its translator reads the reviewer's comment. */
export const rejectedMail: NotificationMailKind = {
  kind: 'rejected',
  subject: (n, t) => t('rejected.subject', notificationValues(n)),
  parts: (n, t) => [{ text: t('rejected.intro', notificationValues(n)) }, { quote: n.body }],
  open: openUnit,
};
