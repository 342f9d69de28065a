import { planRevision } from '@tessera/core';
import type { ReviseSourceRequest, RevisionSummaryView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { findProject } from '../repositories/projects.ts';
import { applyRevision, unitsInForce } from '../repositories/revisions.ts';
import { actorName, type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { ServiceError } from './errors.ts';
import { projectOrThrow } from './projects.ts';
import { sourceDocumentOf } from './sourceDocument.ts';
import { prefillFromMemory } from './memoryPrefill.ts';

/**
 * Imports a new version of the statement over the one in force: unchanged units keep their
 * translations, reworded ones keep them as needs-review, new ones arrive untranslated, removed
 * ones are retired. With `dryRun`, only says what would happen.
 */
export async function reviseSource(db: Db, actor: Actor, projectId: number, request: ReviseSourceRequest): Promise<RevisionSummaryView> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  const { document, normalized } = sourceDocumentOf(request, project.sourceLang);
  const summary = await db.transaction().execute(async (trx) => {
    const current = await findProject(trx, project.id);
    if (!current || current.sourceRevision !== request.baseRevision) {
      throw new ServiceError(
        409,
        'revision.stale',
        `The source changed since you looked at it (now revision ${current?.sourceRevision}). Look at the new summary and accept it again.`,
        { sourceRevision: current?.sourceRevision },
      );
    }
    const inForce = await unitsInForce(trx, project.id);
    const plan = planRevision(inForce, document, current.targetLangs);
    const number = current.sourceRevision + 1;
    let added = new Set<number>();
    if (!request.dryRun) {
      await applyRevision(trx, { projectId: project.id, targetLangs: current.targetLangs, actor: actorName(actor), number }, document, plan, inForce);
      const before = new Set(inForce.map((u) => u.id));
      added = new Set((await unitsInForce(trx, project.id)).map((u) => u.id).filter((id) => !before.has(id)));
    }
    return { view: { revision: number, ...plan.summary, applied: !request.dryRun, normalized }, added };
  });
  // The new units' context and 100% matches, once the revision is in force.
  if (summary.added.size > 0) {
    await prefillFromMemory(db, await projectOrThrow(db, project.id), summary.added, { actor: actorName(actor), readableBy: actor.kind === 'user' ? actor.user.id : 'all' });
  }
  return summary.view;
}
