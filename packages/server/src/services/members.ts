import type { MemberView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { membersOf } from '../repositories/members.ts';
import { type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { projectOrThrow } from './projects.ts';

export async function listMembers(db: Db, actor: Actor, projectId: number): Promise<MemberView[]> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  return membersOf(db, project.id);
}
