import { contentText, neighboursInOrder, prefillMatch, type Content, type Neighbours } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { unitsWithTranslations, type ProjectRow } from '../repositories/projects.ts';
import { fillForReview } from './repetitions.ts';
import { memoryIndexOf } from './memoryIndex.ts';
import { findMatches } from './translationMemory.ts';
import { trustedMatches, type TrustedMatch } from './trustedMatches.ts';

/** Who a pre-fill is done for: the name its history gives, and whose projects' translations it may take. */
export interface PrefillBy {
  actor: string;
  readableBy: number | 'all';
}

/** What the history says of a translation taken from the memory. */
function provenance(match: TrustedMatch): string {
  const where = match.origin.kind === 'file' ? `the memory file “${match.origin.name}”` : `project “${match.origin.name}”`;
  return `${match.kind === 'context' ? 'context' : '100%'} match from ${where} (${match.createdAt.slice(0, 10)})`;
}

/**
 * The memory's context or 100% match for a unit (the translation a pre-fill or a pre-translation
 * gives it), its codes those of the unit; null when there is none, or it is empty.
 */
export async function fillingMatch(
  db: Db,
  at: { sourceLang: string; lang: string; readableBy: number | 'all' },
  unit: { id: number; source: Content },
  neighbours: () => Promise<Neighbours>,
): Promise<TrustedMatch | null> {
  const found = await findMatches(db, { text: contentText(unit.source), sourceLang: at.sourceLang, lang: at.lang, readableBy: at.readableBy, exceptUnitId: unit.id, minScore: 100 });
  const match = prefillMatch(await trustedMatches(db, found, unit, neighbours));
  return match && match.target.length > 0 ? match : null;
}

/**
 * Gives each of the project's new units (`unitIds`; untranslated, to be translated) with a context
 * or 100% match in the memory that translation, in every target language, as needs-review — never
 * approved: someone must check it. Answers how many translations were filled per language.
 */
export async function prefillFromMemory(db: Db, project: ProjectRow, unitIds: ReadonlySet<number> | 'all', by: PrefillBy): Promise<Record<string, number>> {
  const filled: Record<string, number> = {};
  for (const lang of project.targetLangs) {
    filled[lang] = 0;
    const [units, remembered] = await Promise.all([unitsWithTranslations(db, project.id, lang), memoryIndexOf(db).sameWords(project.sourceLang, lang)]);
    const texts = units.map((u) => contentText(u.source));
    const neighbours = neighboursInOrder(texts);
    for (const [index, unit] of units.entries()) {
      if ((unitIds !== 'all' && !unitIds.has(unit.id)) || !unit.translate || unit.state !== 'untranslated') continue;
      // Only a text whose words the memory holds can have a 100% match.
      if (!remembered(texts[index]!)) continue;
      const match = await fillingMatch(db, { sourceLang: project.sourceLang, lang, readableBy: by.readableBy }, unit, () => Promise.resolve(neighbours[index]!));
      if (match === null) continue;
      const { written } = await fillForReview(db, project.id, lang, unit, match.target, by.actor, provenance(match));
      if (written) filled[lang] += 1;
    }
  }
  return filled;
}

