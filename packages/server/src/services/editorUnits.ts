import { runChecks, type TranslationState } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { unitsWithTranslations, unitsWithTranslationsAfter, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { latestOpenComments, openSuggestions } from '../repositories/unitExtras.ts';
import { checkContexts, type CheckContext } from './qa.ts';

/** Units as the editor shows them: translation, state, open suggestions and comments, quality findings. */
export async function editorUnits(db: Db, project: ProjectRow, lang: string, onlyUnitId?: number): Promise<EditorUnit[]> {
  return editorViewsOf(db, project, lang, await unitsWithTranslations(db, project.id, lang, onlyUnitId));
}

/**
 * A page of the units in reading order as the editor shows them: at most `limit`, after the
 * position `after`, and where the next page starts (null: none follows).
 */
export async function editorPage(db: Db, project: ProjectRow, lang: string, page: { after?: number; limit: number }): Promise<{ units: EditorUnit[]; next: number | null }> {
  // One unit more than asked says whether another page follows.
  const rows = await unitsWithTranslationsAfter(db, project.id, lang, { after: page.after, limit: page.limit + 1 });
  const more = rows.length > page.limit;
  const units = more ? rows.slice(0, page.limit) : rows;
  return { units: await editorViewsOf(db, project, lang, units), next: more ? units[units.length - 1]!.position : null };
}

/** Units as read, as the editor shows them. */
async function editorViewsOf(db: Db, project: ProjectRow, lang: string, units: UnitWithTranslation[]): Promise<EditorUnit[]> {
  // Suggestions and comments are rare: they are fetched only for the units that have any. What the
  // checks compare with (approved translations of the same sources, glossary terms) is read once for all.
  const [suggestions, comments, contextOf] = await Promise.all([
    openSuggestions(db, units.flatMap((u) => (u.openSuggestions > 0 ? [u.id] : [])), lang),
    latestOpenComments(db, units.flatMap((u) => (u.openComments > 0 ? [u.id] : [])), lang),
    checkContexts(db, project, lang, units),
  ]);
  // A unit that is not to be translated has nothing to check: its context is not worked out.
  return units.map((row) =>
    toEditorUnit(row, { sourceLang: project.sourceLang, lang, context: row.translate ? contextOf(row) : NOTHING_TO_COMPARE }, suggestions.get(row.id) ?? [], comments.get(row.id) ?? null),
  );
}

export async function editorUnit(db: Db, project: ProjectRow, lang: string, unitId: number): Promise<EditorUnit> {
  const [unit] = await editorUnits(db, project, lang, unitId);
  if (!unit) throw new Error(`unit ${unitId} is not in force`);
  return unit;
}

/** One unit as the editor shows it, from its row as read (or as just written), without reading the unit again. */
export async function editorUnitOf(db: Db, project: ProjectRow, lang: string, row: UnitWithTranslation): Promise<EditorUnit> {
  const [unit] = await editorViewsOf(db, project, lang, [row]);
  return unit!;
}

const NOTHING_TO_COMPARE: CheckContext = { sameSource: [], terms: [], machine: null };

function toEditorUnit(
  unit: UnitWithTranslation,
  { sourceLang, lang, context }: { sourceLang: string; lang: string; context: CheckContext },
  suggestions: EditorUnit['suggestions'],
  latestComment: EditorUnit['latestComment'],
): EditorUnit {
  const state = unit.state as TranslationState;
  return {
    id: unit.id,
    blockId: unit.blockId,
    blockKind: unit.blockKind,
    source: unit.source,
    previousSource: state === 'needs-review' ? unit.previousSource : null,
    translate: unit.translate,
    target: unit.target,
    state,
    revision: unit.revision,
    updatedBy: unit.updatedBy,
    updatedAt: unit.updatedAt,
    authorId: unit.authorId,
    selfApproved: unit.selfApproved,
    suggestions,
    openComments: unit.openComments,
    latestComment,
    rejectionReason: state === 'rejected' && unit.lastComment.trim() !== '' ? unit.lastComment : null,
    qa: unit.translate ? runChecks(unit.source, unit.target, sourceLang, lang, context) : [],
    sameSource: context.sameSource,
    machine: unit.machine,
  };
}
