import type { Db } from '../db/connection.ts';
import type { AccountLinksTable } from '../db/schema.ts';

export type AccountLinkPurpose = AccountLinksTable['purpose'];

export interface AccountLinkRow {
  id: number;
  purpose: AccountLinkPurpose;
  userId: number | null;
  expiresAt: string;
  usedAt: string | null;
}

export async function insertAccountLink(db: Db, link: { tokenHash: string; purpose: AccountLinkPurpose; userId: number | null; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('account_links')
    .values({ token_hash: link.tokenHash, purpose: link.purpose, user_id: link.userId, created_at: new Date().toISOString(), expires_at: link.expiresAt.toISOString() })
    .execute();
}

/** The link of a token, used or not, expired or not (the service tells which). */
export async function findAccountLink(db: Db, tokenHash: string): Promise<AccountLinkRow | undefined> {
  const row = await db.selectFrom('account_links').select(['id', 'purpose', 'user_id', 'expires_at', 'used_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { id: row.id, purpose: row.purpose, userId: row.user_id, expiresAt: row.expires_at, usedAt: row.used_at };
}

/** Marks the link used; false when it was used first by someone else (single use, even under a race). */
export async function useAccountLink(db: Db, id: number): Promise<boolean> {
  const result = await db.updateTable('account_links').set({ used_at: new Date().toISOString() }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends the unused links of a purpose (of a user, or with no user): a new link replaces them. */
export async function retireAccountLinks(db: Db, purpose: AccountLinkPurpose, userId: number | null): Promise<void> {
  await db
    .updateTable('account_links')
    .set({ expires_at: new Date().toISOString() })
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('user_id', userId === null ? 'is' : '=', userId)
    .execute();
}
