import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';

export async function insertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string; canCreateProjects: boolean },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      password_hash: user.passwordHash,
      can_create_projects: user.canCreateProjects ? 1 : 0,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listUsers(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('id').execute();
}

export async function updateUser(db: Db, id: number, change: { passwordHash?: string; email?: string; canCreateProjects?: boolean }): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(change.passwordHash !== undefined && { password_hash: change.passwordHash }),
      ...(change.email !== undefined && { email: change.email.trim().toLowerCase() }),
      ...(change.canCreateProjects !== undefined && { can_create_projects: change.canCreateProjects ? 1 : 0 }),
    })
    .where('id', '=', id)
    .execute();
}
