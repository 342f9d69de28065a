import { contentText, mapTargetCodes, type Content } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { unitsWithTranslations, type UnitWithTranslation } from '../repositories/projects.ts';
import { untranslatedRepetitions } from '../repositories/repetitions.ts';
import { writeTranslation } from '../repositories/translations.ts';

/** Writes a translation that waits for review (its history: from the memory), unless someone wrote one since the unit was read. */
export function fillForReview(db: Db, projectId: number, lang: string, unit: UnitWithTranslation, target: Content, by: string, comment: string) {
  return writeTranslation(db, { projectId, unitId: unit.id, lang, baseRevision: unit.revision, target, state: 'needs-review', kind: 'memory', comment, actor: by, authorId: null }, unit);
}

/**
 * A sentence the project repeats: once one occurrence is translated (`unit`, now holding `target`),
 * the other occurrences that have no translation yet get it, as needs-review; a translation someone
 * wrote is never replaced. Answers the units filled.
 */
export async function fillRepetitions(db: Db, projectId: number, lang: string, unit: { id: number; source: Content; target: Content }, by: string): Promise<number[]> {
  if (contentText(unit.target).trim() === '') return [];
  const ids = await untranslatedRepetitions(db, projectId, lang, unit);
  if (ids.length === 0) return [];
  const filled: number[] = [];
  for (const other of await unitsWithTranslations(db, projectId, lang, ids)) {
    const target = mapTargetCodes(unit.target, unit.source, other.source);
    const { written } = await fillForReview(db, projectId, lang, other, target, by, `the same sentence, translated in unit ${unit.id} of this project`);
    if (written) filled.push(other.id);
  }
  return filled;
}
