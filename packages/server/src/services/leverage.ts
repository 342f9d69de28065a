import { contentText, leverageOf, MIN_LEVERAGE_SCORE, neighboursInOrder } from '@tessera/core';
import type { LeverageReport } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { unitsWithTranslations } from '../repositories/projects.ts';
import type { Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { findMatches, type FoundMatch } from './translationMemory.ts';
import { trustedMatches } from './trustedMatches.ts';

/** Matches asked for per sentence: enough that the project's own translations, left out, leave others. */
const OWN_AND_OTHERS = 20;

/**
 * How much of a language's units (those to be translated, in force) the memory already
 * translates: each unit's best match of 75 or more out of the memory the caller may read (the
 * whole memory from the command line), the project's own translations left out — a sentence the
 * project repeats counts as a repetition instead. Units and words per band, every band listed.
 */
export async function leverageReport(db: Db, actor: Actor, projectIdOrName: number | string, lang: string): Promise<LeverageReport> {
  const project = await projectOrThrow(db, projectIdOrName);
  await authorize(db, actor, project.id, { do: 'read', lang });
  requireTargetLanguage(project, lang);
  const units = await unitsWithTranslations(db, project.id, lang);
  const own = new Set(units.map((u) => u.id));
  const neighbours = neighboursInOrder(units.map((u) => contentText(u.source)));
  const readableBy = actor.kind === 'user' ? actor.user.id : 'all';
  // A text the project repeats is looked up once.
  const lookedUp = new Map<string, Promise<FoundMatch[]>>();
  const lookUp = (text: string) => {
    if (!lookedUp.has(text)) lookedUp.set(text, findMatches(db, { text, sourceLang: project.sourceLang, lang, readableBy, minScore: MIN_LEVERAGE_SCORE, limit: OWN_AND_OTHERS }));
    return lookedUp.get(text)!;
  };
  const measured = [];
  for (const [index, unit] of units.entries()) {
    if (!unit.translate) continue;
    const text = contentText(unit.source);
    const elsewhere = (await lookUp(text)).filter((m) => m.unitId === null || !own.has(m.unitId));
    const [best] = await trustedMatches(db, elsewhere, unit, () => Promise.resolve(neighbours[index]!));
    measured.push({ source: text, best: best ? { kind: best.kind, score: best.score } : null });
  }
  const lines = leverageOf(measured);
  const total = lines.reduce((sum, line) => ({ units: sum.units + line.units, words: sum.words + line.words }), { units: 0, words: 0 });
  return { project: project.name, lang, lines, total };
}
