import type { LanguageSettingsRequest, PublicationSettingsRequest } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { updateLanguageSettings } from '../repositories/projects.ts';
import { type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

/** A coordinator sets a language's deadline, self-review (one-person teams), publication fallback and order of signatories. */
export async function changeLanguageSettings(db: Db, actor: Actor, projectId: number, lang: string, change: LanguageSettingsRequest & PublicationSettingsRequest): Promise<void> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  requireTargetLanguage(project, lang);
  await updateLanguageSettings(db, project.id, lang, change);
}
