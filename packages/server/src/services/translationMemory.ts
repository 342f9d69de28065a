import { contentText, MAX_MATCHES, MIN_MATCH_SCORE, rankMatches, TYPOGRAPHY_SCORE, writeTmx } from '@tessera/core';
import type { MemoryMatch } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { lastChange, readableProjects } from '../repositories/memoryChanges.ts';
import { approvedTranslations, entryMatches, translationMatches, type StoredMatch } from '../repositories/translationMemory.ts';
import { memoryIndexOf, type MemoryHit, type MemorySearch } from './memoryIndex.ts';
import type { Actor } from './actor.ts';
import { authorize, authorizeAccount } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { readableUnit, type UnitAddress } from './translations.ts';
import { trustedMatches } from './trustedMatches.ts';
import { neighbourSources } from '../repositories/unitNeighbours.ts';

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

/** What a look-up in the memory asks for. */
export interface MatchQuery {
  /** The source text to match, and the language pair. */
  text: string;
  sourceLang: string;
  lang: string;
  /** Whose projects' approved translations may be offered ('all': every project's). */
  readableBy: number | 'all';
  /** A unit whose own translation is not a match for itself. */
  exceptUnitId?: number;
  minScore?: number;
  limit?: number;
}

/** A match the memory found: the stored translation and its score. */
export type FoundMatch = StoredMatch & { score: number };

/**
 * The memory's best matches for a text: the shared memory's entries of the language pair, and
 * approved translations into the language in the projects `readableBy` may read. Best first,
 * the newest first among equals.
 */
export async function findMatches(db: Db, query: MatchQuery): Promise<FoundMatch[]> {
  const minScore = query.minScore ?? MIN_MATCH_SCORE;
  const limit = query.limit ?? MAX_MATCHES;
  const readable = query.readableBy === 'all' ? 'all' : await readableProjects(db, query.readableBy, query.lang);
  // More hits than asked for: the ranking leaves out the same source and translation found twice.
  const search: MemorySearch = {
    text: query.text,
    sourceLang: query.sourceLang,
    lang: query.lang,
    minScore: Math.min(minScore, TYPOGRAPHY_SCORE),
    limit: limit * 2,
    project: readable === 'all' ? () => true : (id) => readable.has(id),
    ...(query.exceptUnitId !== undefined ? { exceptUnitId: query.exceptUnitId } : {}),
  };
  // One round trip: the matches of the index as it stands, read beside the log's last number; only
  // when the database is further on is the index brought up to date and asked again.
  const index = memoryIndexOf(db);
  const quick = await index.searchAsItStands(search);
  let scored: Awaited<ReturnType<typeof storedMatches>> | null = null;
  if (quick) {
    const [stored, last] = await Promise.all([storedMatches(db, quick.hits), lastChange(db)]);
    if (last <= quick.holds) scored = stored;
  }
  scored ??= await storedMatches(db, await index.search(search));
  return rankMatches(query.text, scored, { minScore, limit });
}

/** The memory's best matches for a unit's source, for a member who may read the language. */
export async function memoryMatches(db: Db, actor: Actor, at: UnitAddress): Promise<MemoryMatch[]> {
  const { project, unit } = await readableUnit(db, actor, at);
  const matches = await findMatches(db, {
    text: contentText(unit.source),
    sourceLang: project.sourceLang,
    lang: at.lang,
    readableBy: actor.kind === 'user' ? actor.user.id : 'all',
    exceptUnitId: unit.id,
  });
  const offered = await trustedMatches(db, matches, unit, async () => (await neighbourSources(db, [unit.id])).get(unit.id)!);
  return offered.map(({ unitId: _, ...match }) => match);
}

/** Takes the entries imported under the file name `origin` out of the memory (every server's index follows). */
export async function removeMemoryFile(db: Db, actor: Actor, origin: string): Promise<{ entries: number }> {
  authorizeAccount(actor, 'add-to-memory');
  const result = await db.deleteFrom('tm_entries').where('origin', '=', origin).executeTakeFirst();
  return { entries: Number(result.numDeletedRows) };
}

/** Offers a project's approved translations in the memory, or takes them out of it (a coordinator's choice). */
export async function setProjectInMemory(db: Db, actor: Actor, projectId: number, inMemory: boolean): Promise<void> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  await db.updateTable('projects').set({ in_memory: inMemory ? 1 : 0 }).where('id', '=', project.id).execute();
}

/** The stored translations of the index's hits, each with the score the index found. */
async function storedMatches(db: Db, hits: readonly MemoryHit[]) {
  const scores = new Map(hits.map((hit) => [hit.kind === 'entry' ? `e${hit.ref}` : `t${hit.lang}:${hit.ref}`, hit.score]));
  const byLang = new Map<string, number[]>();
  for (const hit of hits) if (hit.kind === 'translation') byLang.set(hit.lang, [...(byLang.get(hit.lang) ?? []), hit.ref]);
  const stored = await Promise.all([
    entryMatches(
      db,
      hits.filter((h) => h.kind === 'entry').map((h) => h.ref),
    ).then((matches) => matches.map(({ id, ...match }) => ({ ...match, knownScore: scores.get(`e${id}`) }))),
    ...[...byLang].map(([lang, units]) => translationMatches(db, lang, units).then((matches) => matches.map((match) => ({ ...match, knownScore: scores.get(`t${lang}:${match.unitId}`) })))),
  ]);
  return stored.flat();
}
