import { z } from 'zod';
import { storableString } from './schemas.ts';

/** A password someone chooses: at least 10 characters. */
export const newPassword = z.string().min(10, 'A password of at least 10 characters').max(200);

/** What a setup or password link's page shows before it is used. */
export const accountLinkView = z.object({
  purpose: z.enum(['setup', 'set-password', 'reset']),
  /** The account's address and name (null for the setup link: no account yet). */
  email: z.string().nullable(),
  name: z.string().nullable(),
  expiresAt: z.string(),
});
export type AccountLinkView = z.infer<typeof accountLinkView>;

/** The first coordinator's account, made with the setup link. */
export const setupRequest = z.object({
  name: storableString.trim().min(1).max(200),
  email: z.string().trim().email().max(200),
  password: newPassword,
});
export type SetupRequest = z.infer<typeof setupRequest>;

export const setPasswordRequest = z.object({ password: newPassword });
export type SetPasswordRequest = z.infer<typeof setPasswordRequest>;

export const changePasswordRequest = z.object({ currentPassword: z.string().min(1), newPassword: newPassword });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

/** “Forgot your password?”: the address of the account. */
export const passwordResetRequest = z.object({ email: z.string().trim().min(1).max(200) });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;

/**
 * The answer to a password reset request, the same whether or not the address has an account:
 * `mail` — a link is on its way if it has one; `ask` — this server sends no e-mail, so a
 * coordinator (or whoever runs the server, with `tessera user reset-link`) makes the link.
 */
export const passwordResetAnswer = z.object({ delivery: z.enum(['mail', 'ask']) });
export type PasswordResetAnswer = z.infer<typeof passwordResetAnswer>;
