import { z } from 'zod';
import { role, storableString } from './schemas.ts';

const email = z.string().trim().toLowerCase().email().max(200);
const languageTag = z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/);

export const inviteRequest = z.object({
  role,
  /** Languages the role applies to; null: every language of the project. */
  langs: z.array(z.string().min(2).max(35)).min(1).nullable(),
  expiresInDays: z.number().int().min(1).max(30).default(7),
  /** Where to e-mail the link (when the server sends e-mail); the coordinator may also pass the link on by hand. */
  email: email.optional(),
});
export type InviteRequest = z.input<typeof inviteRequest>;

export const inviteCreated = z.object({
  token: z.string(),
  path: z.string(),
  expiresAt: z.string(),
  /** The address the link was e-mailed to; null when it was not (no address given, or no e-mail on this server). */
  mailedTo: z.string().nullable(),
});
export type InviteCreated = z.infer<typeof inviteCreated>;

export const inviteView = z.object({
  projectId: z.number(),
  projectName: z.string(),
  role,
  langs: z.array(z.string()).nullable(),
  expiresAt: z.string(),
});
export type InviteView = z.infer<typeof inviteView>;

/**
 * Someone signed out accepts an invitation: their name, e-mail address and a password. Their
 * account is made (or, when the address has one, the role goes to it) once the address is
 * confirmed. `uiLang`: the language the confirmation is written in.
 */
export const joinRequest = z.object({
  name: storableString.trim().min(1).max(100),
  email,
  password: z.string().min(10, 'A password of at least 10 characters').max(200),
  uiLang: languageTag.optional(),
});
export type JoinRequest = z.infer<typeof joinRequest>;

/**
 * The answer to a request to join, the same whether or not the address has an account: who
 * confirms it — the person, by the link e-mailed to the address, or (on a server that sends no
 * e-mail) a coordinator of the project.
 */
export const joinRequested = z.object({ email: z.string(), confirmedBy: z.enum(['mail', 'coordinator']) });
export type JoinRequested = z.infer<typeof joinRequested>;

/** A request to join waiting for a coordinator, as coordinators see it. */
export const joinRequestView = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  role,
  langs: z.array(z.string()).nullable(),
  createdAt: z.string(),
});
export type JoinRequestView = z.infer<typeof joinRequestView>;

/** An invitation that waits to be used (neither used nor expired), as the project's coordinators see it. */
export const pendingInviteView = z.object({
  id: z.number(),
  role,
  langs: z.array(z.string()).nullable(),
  /** The name of the coordinator who made it; null when it came from the command line or its author's account is gone. */
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The address the coordinator gave for the link; null when none was given. */
  email: z.string().nullable(),
});
export type PendingInviteView = z.infer<typeof pendingInviteView>;
