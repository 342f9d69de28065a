import { InputError, readTmx, writeTmx } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { approvedTranslations, insertMemoryEntries } from '../repositories/translationMemory.ts';
import { actorName, requireOnLanguage, type Actor } from './actor.ts';
import { forbidden } from './errors.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

/** TMX 1.4b of a project's approved translations into one language (or every project's, from the command line). */
export async function exportTmx(db: Db, actor: Actor, scope: { projectId: number | string } | 'all', lang: string): Promise<{ tmx: string; entries: number }> {
  let projectIds: number[] | 'all' = 'all';
  let srcLang = 'en';
  if (scope !== 'all') {
    const project = await projectOrThrow(db, scope.projectId);
    await requireOnLanguage(db, actor, project.id, 'read', lang);
    requireTargetLanguage(project, lang);
    projectIds = [project.id];
    srcLang = project.sourceLang;
  } else if (actor.kind !== 'operator') {
    throw forbidden('Only the command line exports the memory of every project.');
  }
  const entries = await approvedTranslations(db, projectIds, lang);
  if (scope === 'all') srcLang = entries[0]?.sourceLang ?? srcLang;
  return { tmx: writeTmx({ srcLang, entries }), entries: entries.length };
}

/** Imports a TMX file into the translation memory, every language pair it holds; all or nothing. */
export async function importTmx(db: Db, actor: Actor, text: string, options: { maxBytes: number; origin: string }): Promise<{ entries: number; pairs: Record<string, number> }> {
  if (actor.kind === 'user' && actor.user.can_create_projects !== 1) {
    throw forbidden('Only coordinators who create projects may add to the shared translation memory.');
  }
  const document = readTmx(text, { maxBytes: options.maxBytes });
  const entries = document.entries.filter((e) => e.source.length > 0 && e.target.length > 0);
  if (entries.length === 0) throw new InputError('input.empty', 'This TMX file holds no translation units with both a source and a translation.');
  await db.transaction().execute((trx) => insertMemoryEntries(trx, entries, options.origin, actorName(actor)));
  const pairs: Record<string, number> = {};
  for (const e of entries) pairs[`${e.sourceLang}→${e.targetLang}`] = (pairs[`${e.sourceLang}→${e.targetLang}`] ?? 0) + 1;
  return { entries: entries.length, pairs };
}
