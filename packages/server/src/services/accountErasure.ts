import { projectsLeftWithoutCoordinator } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { coordinatedProjects, eraseUserData } from '../repositories/accountErasure.ts';
import { findUserById } from '../repositories/users.ts';
import { newToken } from './auth.ts';
import { ServiceError } from './errors.ts';
import { requireCurrentPassword, type Confirming } from './myAccount.ts';
import { hashPassword } from './passwords.ts';

/** The name an erased account's work is shown under, unless its owner chose a pseudonym. */
export const FORMER_VOLUNTEER = 'former volunteer';

/**
 * Erases an account: its name and e-mail address leave the account and every place that kept
 * them — its comments and suggestions, its credits (also those published versions froze), the
 * history, the translations' last editor, the mentions — which show `pseudonym` or “former
 * volunteer” instead. Its sessions, memberships, links, notifications and mail end. Its
 * translations stay. Refused (409 `account.last-coordinator`, naming the projects, nothing
 * changed) while it is the only coordinator of a project.
 */
export async function eraseAccount(db: Db, userId: number, pseudonym: string | null): Promise<void> {
  const shownAs = pseudonym?.trim() || FORMER_VOLUNTEER;
  const passwordHash = await hashPassword(newToken());
  await db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new ServiceError(404, 'user.not-found', 'No such account.');
    const alone = projectsLeftWithoutCoordinator(await coordinatedProjects(trx, userId));
    if (alone.length > 0) {
      throw new ServiceError(
        409,
        'account.last-coordinator',
        `This account is the only coordinator of ${alone.join(', ')}: make someone else a coordinator there first. Nothing was changed.`,
        { projects: alone },
      );
    }
    await eraseUserData(trx, user, { shownAs, email: `erased-${userId}@erased.invalid`, passwordHash });
  });
}

/** The signed-in user erases their own account, after giving their current password. */
export async function deleteMyAccount(db: Db, who: Confirming, request: { currentPassword: string; pseudonym?: string | null | undefined }): Promise<void> {
  await requireCurrentPassword(db, who, request.currentPassword);
  await eraseAccount(db, who.user.id, request.pseudonym ?? null);
}
