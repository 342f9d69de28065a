import type { MemberView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';

/** Every membership of the project, with the member's name and e-mail. */
export async function membersOf(db: Db, projectId: number): Promise<MemberView[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.role', 'm.lang'])
    .where('m.project_id', '=', projectId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.role, lang: r.lang === '' ? null : r.lang }));
}
