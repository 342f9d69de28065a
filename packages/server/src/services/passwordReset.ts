import type { PasswordResetAnswer } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { passwordResetMail } from '../mail/passwordReset.ts';
import { mailRecipients } from '../repositories/mail.ts';
import { linkUrl, resetLinkForEmail } from './accountLinks.ts';
import { ServiceError } from './errors.ts';
import { queueAddressMail } from './mail.ts';
import { reserveAttempts, type Refusal } from './signInLimit.ts';

/** Requests allowed in one window (a quarter of an hour): per address typed, and per client address. */
export const PASSWORD_RESET_LIMITS = { email: 3, address: 20 } as const;

const refusal: Refusal = (retryAfter) =>
  new ServiceError(429, 'password-reset.rate-limited', `A new password was asked for too often. Wait ${Math.ceil(retryAfter / 60)} minutes and try again.`, { retryAfter });

export interface PasswordResetRequestOutcome {
  /** What the person is told: the same whether or not the address has an account. */
  answer: PasswordResetAnswer;
  /** Queues the reset mail when the address has an account; run it after answering, so the answer takes as long either way. */
  deliver(): Promise<void>;
}

/**
 * “Forgot your password?” from someone signed out. With e-mail, the request counts against the
 * address typed and the client's address (429 `password-reset.rate-limited` over the limits, for
 * an address with or without an account alike), and an account's owner gets a single-use link
 * (an hour) in their interface language. Without e-mail nothing is looked up: the answer says
 * to ask a coordinator, who makes the link (or `tessera user reset-link`).
 */
export async function requestPasswordReset(
  db: Db,
  who: { email: string; address: string | undefined },
  mail: { publicUrl: URL } | null,
  now = Date.now(),
): Promise<PasswordResetRequestOutcome> {
  if (!mail) return { answer: { delivery: 'ask' }, deliver: async () => {} };
  const email = who.email.trim().toLowerCase();
  await reserveAttempts(
    db,
    [
      { key: `reset-ip:${who.address ?? 'unknown'}`, limit: PASSWORD_RESET_LIMITS.address },
      { key: `reset-email:${email}`, limit: PASSWORD_RESET_LIMITS.email },
    ],
    now,
    refusal,
  );
  return {
    answer: { delivery: 'mail' },
    async deliver() {
      const found = await resetLinkForEmail(db, email);
      if (!found) return;
      const recipient = (await mailRecipients(db, [found.user.id])).get(found.user.id)!;
      const link = linkUrl(mail.publicUrl, found.link);
      await queueAddressMail(db, { key: `password-reset:${found.user.id}:${found.link.expiresAt}`, to: recipient.email, uiLang: recipient.uiLang, content: (t) => passwordResetMail(t, link) }, new Date(now));
    },
  };
}
