import type { MemberView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { membersOf } from '../repositories/members.ts';
import { requireCoordinator, type Actor } from './actor.ts';
import { projectOrThrow } from './projects.ts';

export async function listMembers(db: Db, actor: Actor, projectId: number): Promise<MemberView[]> {
  const project = await projectOrThrow(db, projectId);
  await requireCoordinator(db, actor, project.id);
  return membersOf(db, project.id);
}
