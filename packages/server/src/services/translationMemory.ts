import { contentText, indexTerms, lookupTerms, rankMatches, writeTmx } from '@tessera/core';
import type { MemoryMatch } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { wordFrequencies } from '../repositories/memoryWords.ts';
import { approvedCandidates, approvedTranslations, memoryCandidates } from '../repositories/translationMemory.ts';
import type { Actor } from './actor.ts';
import { authorize, authorizeAccount } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { readableUnit, type UnitAddress } from './translations.ts';

/** TMX 1.4b of a project's approved translations into one language (or every project's, from the command line). */
export async function exportTmx(db: Db, actor: Actor, scope: { projectId: number | string } | 'all', lang: string): Promise<{ tmx: string; entries: number }> {
  let projectIds: number[] | 'all' = 'all';
  let srcLang = 'en';
  if (scope !== 'all') {
    const project = await projectOrThrow(db, scope.projectId);
    await authorize(db, actor, project.id, { do: 'read', lang });
    requireTargetLanguage(project, lang);
    projectIds = [project.id];
    srcLang = project.sourceLang;
  } else authorizeAccount(actor, 'export-all-memory');
  const entries = await approvedTranslations(db, projectIds, lang);
  if (scope === 'all') srcLang = entries[0]?.sourceLang ?? srcLang;
  return { tmx: writeTmx({ srcLang, entries }), entries: entries.length };
}

/**
 * The memory's best matches for a unit's source, for a member who may read the language: the
 * shared memory's entries of the language pair, and approved translations into the language in
 * the projects where the caller may read it (other units of this project included). Candidates
 * come from the word index (sources sharing one of the rarer words of the unit's source), so a
 * look-up reads a few hundred entries at most, whatever the size of the memory.
 */
export async function memoryMatches(db: Db, actor: Actor, at: UnitAddress): Promise<MemoryMatch[]> {
  const { project, unit } = await readableUnit(db, actor, at);
  const text = contentText(unit.source);
  const words = indexTerms(text);
  const [inEntries, inUnits] = await Promise.all([wordFrequencies(db, 'tm_words', words), wordFrequencies(db, 'unit_words', words)]);
  const [entries, approved] = await Promise.all([
    memoryCandidates(db, { sourceLang: project.sourceLang, targetLang: at.lang }, lookupTerms(text, (w) => inEntries.get(w) ?? 0)),
    approvedCandidates(
      db,
      { sourceLang: project.sourceLang, lang: at.lang, userId: actor.kind === 'user' ? actor.user.id : 'all', exceptUnitId: unit.id },
      lookupTerms(text, (w) => inUnits.get(w) ?? 0),
    ),
  ]);
  return rankMatches(text, [...entries, ...approved]).map(({ source, target, score, origin, createdAt }) => ({ source, target, score, origin, createdAt }));
}
