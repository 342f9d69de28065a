import type { AccountDataExport } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { readAccountData } from '../repositories/accountData.ts';
import { accountViewOf } from './myAccount.ts';

/** Everything Tessera keeps about the signed-in user, for them to download. */
export async function exportAccountData(db: Db, user: UserRow): Promise<AccountDataExport> {
  return {
    exportedAt: new Date().toISOString(),
    account: { ...accountViewOf(user), canCreateProjects: user.can_create_projects === 1 },
    ...(await readAccountData(db, user)),
  };
}
