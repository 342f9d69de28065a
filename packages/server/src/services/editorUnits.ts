import { runChecks, type TranslationState } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { blocksOf, unitsWithTranslations, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { openCommentCounts, openSuggestions, type UnitScope } from '../repositories/unitExtras.ts';

/** Units as the editor shows them: translation, state, open suggestions and comments, quality findings. */
export async function editorUnits(db: Db, project: ProjectRow, lang: string, onlyUnitId?: number): Promise<EditorUnit[]> {
  const scope: UnitScope = onlyUnitId === undefined ? { projectId: project.id } : { unitId: onlyUnitId };
  const [units, blocks, suggestions, comments] = await Promise.all([
    unitsWithTranslations(db, project.id, lang, onlyUnitId),
    blocksOf(db, project.id),
    openSuggestions(db, scope, lang),
    openCommentCounts(db, scope, lang),
  ]);
  const kindOf = new Map(blocks.map((b) => [b.id, b.kind]));
  return units.map((unit) => toEditorUnit(unit, kindOf.get(unit.blockId) ?? 'paragraph', project.sourceLang, lang, suggestions.get(unit.id) ?? [], comments.get(unit.id) ?? 0));
}

export async function editorUnit(db: Db, project: ProjectRow, lang: string, unitId: number): Promise<EditorUnit> {
  const [unit] = await editorUnits(db, project, lang, unitId);
  if (!unit) throw new Error(`unit ${unitId} is not in force`);
  return unit;
}

function toEditorUnit(
  unit: UnitWithTranslation,
  blockKind: string,
  sourceLang: string,
  lang: string,
  suggestions: EditorUnit['suggestions'],
  openComments: number,
): EditorUnit {
  const state = unit.state as TranslationState;
  return {
    id: unit.id,
    blockId: unit.blockId,
    blockKind,
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
