import type { CreateProjectRequest } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { actorName, type Actor } from './actor.ts';
import { prefillFromMemory } from './memoryPrefill.ts';
import { projectOrThrow, storeProject } from './projects.ts';

/**
 * Creates a project from its statement, its units filled from the memory where it has a context
 * or 100% match (as needs-review) out of the projects its coordinator may read (the whole memory
 * when the project has no coordinator); says what importing the statement cleaned and how many
 * translations were filled per language.
 */
export async function createProject(db: Db, actor: Actor, request: CreateProjectRequest, ownerId?: number): Promise<Awaited<ReturnType<typeof storeProject>> & { prefilled: Record<string, number> }> {
  const stored = await storeProject(db, actor, request, ownerId);
  const coordinator = ownerId ?? (actor.kind === 'user' ? actor.user.id : undefined);
  const prefilled = await prefillFromMemory(db, await projectOrThrow(db, stored.id), 'all', { actor: actorName(actor), readableBy: coordinator ?? 'all' });
  return { ...stored, prefilled };
}
