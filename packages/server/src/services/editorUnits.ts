import { runChecks, type Content, type TranslationState } from '@tessera/core';
import type { EditorUnit, SuggestionView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { unitsWithTranslations, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { openSuggestions, type UnitScope } from '../repositories/unitExtras.ts';

/** Units as the editor shows them: translation, state, open suggestions and comments, quality findings. */
export async function editorUnits(db: Db, project: ProjectRow, lang: string, onlyUnitId?: number): Promise<EditorUnit[]> {
  return (await editorRows(db, project, lang, onlyUnitId)).map((r) => r.view);
}

/** Each unit as stored and as the editor shows it. */
export async function editorRows(db: Db, project: ProjectRow, lang: string, onlyUnitId?: number): Promise<{ row: UnitWithTranslation; view: EditorUnit }[]> {
  const units = await unitsWithTranslations(db, project.id, lang, onlyUnitId);
  // Suggestions are rare: they are fetched only when some unit has any.
  const scope: UnitScope = onlyUnitId === undefined ? { projectId: project.id } : { unitId: onlyUnitId };
  const suggestions = units.some((u) => u.openSuggestions > 0) ? await openSuggestions(db, scope, lang) : new Map<number, SuggestionView[]>();
  return units.map((row) => ({ row, view: toEditorUnit(row, project.sourceLang, lang, suggestions.get(row.id) ?? [], row.openComments) }));
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
  langs: { sourceLang: string; lang: string },
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
    qa: view.translate ? runChecks(view.source, write.target, langs.sourceLang, langs.lang) : [],
  };
}

function toEditorUnit(
  unit: UnitWithTranslation,
  sourceLang: string,
  lang: string,
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
    qa: unit.translate ? runChecks(unit.source, unit.target, sourceLang, lang) : [],
  };
}
