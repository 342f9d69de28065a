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

/**
 * Imports a new version of the statement over the one in force: unchanged units keep their
 * translations, reworded ones keep them as needs-review, new ones arrive untranslated, removed
 * ones are retired. With `dryRun`, only says what would happen.
 */
export async function reviseSource(db: Db, actor: Actor, projectId: number, request: ReviseSourceRequest): Promise<RevisionSummaryView> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  const { document, normalized } = sourceDocumentOf(request, project.sourceLang);
  return db.transaction().execute(async (trx) => {
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
    if (!request.dryRun) {
      await applyRevision(trx, { projectId: project.id, targetLangs: current.targetLangs, actor: actorName(actor), number }, document, plan, inForce);
    }
    return { revision: number, ...plan.summary, applied: !request.dryRun, normalized };
  });
}
