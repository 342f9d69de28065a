import type { Db } from '../db/connection.ts';

/** The times of the failures of each key since `since`, oldest first. */
export async function failuresSince(db: Db, keys: readonly string[], since: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select(['key', 'failed_at'])
    .where('key', 'in', keys)
    .where('failed_at', '>', since)
    .orderBy('failed_at')
    .execute();
  const byKey = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const r of rows) byKey.get(r.key)!.push(r.failed_at);
  return byKey;
}

/** Records one failure of each key, and forgets those older than `forgetBefore`. */
export async function recordFailures(db: Db, keys: readonly string[], at: string, forgetBefore: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sign_in_failures').where('failed_at', '<=', forgetBefore).execute();
    await trx.insertInto('sign_in_failures').values(keys.map((key) => ({ key, failed_at: at }))).execute();
  });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}
