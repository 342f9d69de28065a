import type { Db } from '../db/connection.ts';

/** Replaces a user's name and e-mail everywhere a mutable row holds them, and ends what the account held (call in a transaction). */
export async function eraseUserData(db: Db, userId: number, erased: { shownAs: string; email: string; passwordHash: string }): Promise<void> {
  await db.updateTable('users').set({ name: erased.shownAs, email: erased.email, password_hash: erased.passwordHash, can_create_projects: 0 }).where('id', '=', userId).execute();
  await db.updateTable('comments').set({ author: erased.shownAs }).where('author_id', '=', userId).execute();
  await db.updateTable('suggestions').set({ author: erased.shownAs }).where('author_id', '=', userId).execute();
  await db.updateTable('publication_credits').set({ name: erased.shownAs }).where('user_id', '=', userId).execute();
  for (const table of ['sessions', 'memberships', 'notifications', 'account_links'] as const) {
    await db.deleteFrom(table).where('user_id', '=', userId).execute();
  }
}
