import { runChecks, type Content, type TranslationState } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { unitsWithTranslations, unitsWithTranslationsAfter, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { openSuggestions } from '../repositories/unitExtras.ts';
import { sameSources } from './qa.ts';

/** A unit as stored and as the editor shows it, with the other approved translations of its source (for the checks). */
export interface EditorRow {
  row: UnitWithTranslation;
  view: EditorUnit;
  sameSource: string[];
}

/** Units as the editor shows them: translation, state, open suggestions and comments, quality findings. */
export async function editorUnits(db: Db, project: ProjectRow, lang: string, onlyUnitId?: number): Promise<EditorUnit[]> {
  return (await editorRows(db, project, lang, onlyUnitId)).map((r) => r.view);
}

/** Each unit as stored and as the editor shows it. */
export async function editorRows(db: Db, project: ProjectRow, lang: string, onlyUnitId?: number): Promise<EditorRow[]> {
  return editorRowsOf(db, project, lang, await unitsWithTranslations(db, project.id, lang, onlyUnitId));
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
  const views = await editorRowsOf(db, project, lang, units);
  return { units: views.map((r) => r.view), next: more ? units[units.length - 1]!.position : null };
}

async function editorRowsOf(db: Db, project: ProjectRow, lang: string, units: UnitWithTranslation[]): Promise<EditorRow[]> {
  // Suggestions are rare: they are fetched only for the units that have any.
  const suggestions = await openSuggestions(db, units.flatMap((u) => (u.openSuggestions > 0 ? [u.id] : [])), lang);
  // The approved translations of the same sources, for the whole page in one query.
  const same = await sameSources(db, project.id, lang, units.filter((u) => u.translate));
  return units.map((row) => {
    const sameSource = same.get(row.id) ?? [];
    return { row, sameSource, view: toEditorUnit(row, { sourceLang: project.sourceLang, lang, sameSource }, suggestions.get(row.id) ?? [], row.openComments) };
  });
}

export async function editorUnit(db: Db, project: ProjectRow, lang: string, unitId: number): Promise<EditorUnit> {
  const [unit] = await editorUnits(db, project, lang, unitId);
  if (!unit) throw new Error(`unit ${unitId} is not in force`);
  return unit;
}

/** The view after a write the caller made, without reading it back: only the translation moved. */
export function afterWrite(
  view: EditorUnit,
  write: { target: Content; state: TranslationState; revision: number; updatedBy: string; updatedAt: string; authorId?: number | null; selfApproved: boolean },
  previousSource: Content | null,
  langs: { sourceLang: string; lang: string; sameSource: readonly string[] },
): EditorUnit {
  return {
    ...view,
    target: write.target,
    state: write.state,
    previousSource: write.state === 'needs-review' ? previousSource : null,
    revision: write.revision,
    updatedBy: write.updatedBy,
    updatedAt: write.updatedAt,
    authorId: write.authorId === undefined ? view.authorId : write.authorId,
    selfApproved: write.selfApproved,
    qa: view.translate ? runChecks(view.source, write.target, langs.sourceLang, langs.lang, { sameSource: langs.sameSource }) : [],
  };
}

function toEditorUnit(
  unit: UnitWithTranslation,
  langs: { sourceLang: string; lang: string; sameSource: readonly string[] },
  suggestions: EditorUnit['suggestions'],
  openComments: number,
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
    openComments,
    qa: unit.translate ? runChecks(unit.source, unit.target, langs.sourceLang, langs.lang, { sameSource: langs.sameSource }) : [],
    sameSource: [...langs.sameSource],
  };
}
