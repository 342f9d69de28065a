import type { Membership } from '@tessera/core';
import type { CreditView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { creditName, setCreditName } from '../repositories/credits.ts';
import { type Actor } from './actor.ts';
import { allow, projectForActor } from './policy.ts';
import { ServiceError } from './errors.ts';
import { requireTargetLanguage } from './projects.ts';

/** The roles a credit in `lang` names: translator and reviewer, where the memberships give them there. */
function creditedRoles(memberships: readonly Membership[], lang: string): CreditView['roles'] {
  const roles = memberships.filter((m) => m.role !== 'coordinator' && (m.lang === null || m.lang === lang)).map((m) => m.role);
  return (['translator', 'reviewer'] as const).filter((role) => roles.includes(role));
}

async function creditContext(db: Db, actor: Actor, projectId: number, lang: string) {
  if (actor.kind !== 'user') throw new ServiceError(400, 'credit.user-only', 'Credits belong to volunteers’ accounts: sign in to choose yours.');
  const { project, memberships } = await projectForActor(db, actor, projectId);
  requireTargetLanguage(project, lang);
  allow(memberships, { do: 'read', lang });
  return { user: actor.user, at: { projectId: project.id, userId: actor.user.id, lang }, roles: creditedRoles(memberships, lang) };
}

/** Whether, and under which name, the signed-in user is credited in the language's publications. */
export async function creditOf(db: Db, actor: Actor, projectId: number, lang: string): Promise<CreditView> {
  const { user, at, roles } = await creditContext(db, actor, projectId, lang);
  return { lang, name: (await creditName(db, at)) ?? null, roles, suggestedName: user.name };
}

/**
 * Opts in to be credited under `name` (a pseudonym is fine; the contract refuses an e-mail
 * address), or out with null. Publications credit the translators and reviewers of the language:
 * the choice of a member who is neither is kept, and shows once they are (`roles` says which).
 */
export async function changeCredit(db: Db, actor: Actor, projectId: number, lang: string, name: string | null): Promise<CreditView> {
  const { user, at, roles } = await creditContext(db, actor, projectId, lang);
  await setCreditName(db, at, name);
  return { lang, name, roles, suggestedName: user.name };
}
