import { z } from 'zod';
import { creditName } from './publicationSchemas.ts';
import { contentSchema, storableString } from './schemas.ts';

/** The shortest password someone may choose. */
export const MIN_PASSWORD_LENGTH = 10;

/** A password someone chooses: at least 10 characters. */
export const newPassword = z.string().min(MIN_PASSWORD_LENGTH, 'A password of at least 10 characters').max(200);

/** What a setup or password link's page shows before it is used. */
export const accountLinkView = z.object({
  purpose: z.enum(['setup', 'set-password', 'reset']),
  /** The account's address and name (null for the setup link: no account yet). */
  email: z.string().nullable(),
  name: z.string().nullable(),
  expiresAt: z.string(),
});
export type AccountLinkView = z.infer<typeof accountLinkView>;

/** A single-use link a coordinator made for a member to choose a new password (the path of its page). */
export const passwordLinkCreated = z.object({ path: z.string(), expiresAt: z.string() });
export type PasswordLinkCreated = z.infer<typeof passwordLinkCreated>;

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

/** The signed-in person's own account, as My account shows it. */
export const accountView = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

/** A new e-mail address, confirmed by the current password. */
export const changeEmailRequest = z.object({ currentPassword: z.string().min(1), email: z.string().trim().email().max(200) });
export type ChangeEmailRequest = z.infer<typeof changeEmailRequest>;

/** One signed-in session of mine: `id` names it for revoking (never the token itself). */
export const accountSessionView = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** When a request last came with it (to within a minute); null before its first one. */
  lastSeenAt: z.string().nullable(),
  /** The browser and system it was signed in from, in short (“Firefox on Linux”); null when unknown. */
  device: z.string().nullable(),
  /** The session of this very request. */
  current: z.boolean(),
});
export type AccountSessionView = z.infer<typeof accountSessionView>;

/**
 * Erasing my account: the current password, and the name my work and credits are shown under
 * afterwards, held to the rule of credit names (none: “former volunteer”).
 */
export const deleteAccountRequest = z.object({
  currentPassword: z.string().min(1),
  pseudonym: creditName.nullable().optional(),
});
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequest>;

/** Everything Tessera keeps about me, as one JSON file (never another person's e-mail address). */
export const accountDataExport = z.object({
  exportedAt: z.string(),
  account: accountView.extend({ canCreateProjects: z.boolean() }),
  memberships: z.array(z.object({ projectId: z.number(), project: z.string(), role: z.string(), lang: z.string().nullable() })),
  credits: z.array(z.object({ projectId: z.number(), lang: z.string(), name: z.string() })),
  translations: z.array(z.object({ projectId: z.number(), unitId: z.number(), lang: z.string(), target: contentSchema, state: z.string(), revision: z.number(), updatedAt: z.string().nullable() })),
  suggestions: z.array(z.object({ id: z.number(), unitId: z.number(), lang: z.string(), target: contentSchema, status: z.string(), createdAt: z.string() })),
  comments: z.array(z.object({ id: z.number(), projectId: z.number(), unitId: z.number(), lang: z.string(), body: z.string(), createdAt: z.string(), resolvedAt: z.string().nullable() })),
  history: z.array(z.object({ id: z.number(), projectId: z.number(), unitId: z.number(), lang: z.string(), kind: z.string(), stateBefore: z.string(), stateAfter: z.string(), targetBefore: contentSchema, targetAfter: contentSchema, comment: z.string(), at: z.string() })),
});
export type AccountDataExport = z.infer<typeof accountDataExport>;
