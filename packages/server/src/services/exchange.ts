import {
  canonicalLanguage,
  contentText,
  InputError,
  importedTarget,
  importedTranslation,
  can,
  inlineCodeProblems,
  readXliff,
  writeXliff12,
  writeXliff20,
  type Content,
  type TranslationState,
  type XliffDocument,
  type XliffGroup,
  type XliffUnit,
} from '@tessera/core';
import type { ImportSummary } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { blocksOf, languageSettings, unitsWithTranslations, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { writeTranslationIn } from '../repositories/translations.ts';
import { openCommentNotes } from '../repositories/comments.ts';
import { actorName, type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { requireStorableText } from './storableText.ts';

/** A translation's identity for comparison: '' when it has no text, else its content exactly (codes included). */
function contentKey(content: Content): string {
  return contentText(content) === '' ? '' : JSON.stringify(content);
}

type Matcher = (fileUnit: XliffUnit) => UnitWithTranslation | undefined;

const BATCH = 500;

/** Units of a file Tessera exported carry the project's unit ids: only the batch's units are read. */
async function matchById(db: Db, projectId: number, lang: string, fileUnits: readonly XliffUnit[]): Promise<Matcher> {
  const ids = fileUnits.map((u) => Number(u.id)).filter((id) => Number.isSafeInteger(id) && id > 0);
  const byId = new Map((await unitsWithTranslations(db, projectId, lang, ids)).map((u) => [String(u.id), u]));
  return (fileUnit) => byId.get(fileUnit.id);
}

/** Units of a file from elsewhere are matched by source text, repeated texts in order. */
function matchBySource(units: UnitWithTranslation[]): Matcher {
  const byText = new Map<string, UnitWithTranslation[]>();
  for (const unit of units) {
    const key = contentText(unit.source).trim();
    byText.set(key, [...(byText.get(key) ?? []), unit]);
  }
  const matched = new Map<XliffUnit, UnitWithTranslation | undefined>();
  return (fileUnit) => {
    if (!matched.has(fileUnit)) matched.set(fileUnit, byText.get(contentText(fileUnit.source).trim())?.shift());
    return matched.get(fileUnit);
  };
}

/** The `original` attribute that ties an exported file to its project. */
export function xliffOriginal(project: ProjectRow): string {
  return `tessera:project/${project.id}`;
}

export type XliffFormat = 'xliff12' | 'xliff20';

/** A language of a project as an XLIFF file: 1.2 (a group per block, a trans-unit per sentence) or 2.0 (a unit per block, a segment per sentence). */
export async function exportXliff(db: Db, actor: Actor, projectId: number | string, lang: string, format: XliffFormat = 'xliff12'): Promise<{ project: ProjectRow; xml: string; units: number }> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'read', lang });
  requireTargetLanguage(project, lang);
  const [blocks, units, comments] = await Promise.all([blocksOf(db, project.id), unitsWithTranslations(db, project.id, lang), openCommentNotes(db, project.id, lang)]);
  const groups = new Map<number, XliffGroup>(blocks.map((b) => [b.id, { id: `b${b.id}`, kind: b.kind, units: [] }]));
  for (const unit of units) {
    groups.get(unit.blockId)?.units.push({
      id: String(unit.id),
      source: unit.source,
      target: unit.target.length === 0 ? null : unit.target,
      state: unit.state as TranslationState,
      translate: unit.translate,
      notes: comments.get(unit.id) ?? [],
      spaceAfter: unit.spaceAfter,
    });
  }
  const document: XliffDocument = {
    original: xliffOriginal(project),
    sourceLang: project.sourceLang,
    targetLang: lang,
    groups: [...groups.values()].filter((g) => g.units.length > 0),
  };
  return { project, xml: format === 'xliff20' ? writeXliff20(document) : writeXliff12(document), units: units.length };
}

/**
 * Applies the translations of an XLIFF file, all or nothing. Text that differs becomes `translated`
 * (or keeps the file's approval when the importer may review); unknown unit ids are reported.
 * Inline codes are the source's: the file only places them (see importedTarget), and a unit whose
 * codes said otherwise is reported. A file with text Tessera cannot store (a `<cp>` of a control
 * character, say) is refused whole, naming the unit.
 */
export async function importXliff(
  db: Db,
  actor: Actor,
  projectId: number | string,
  xml: string,
  options: { maxBytes: number; lang?: string },
): Promise<ImportSummary> {
  const project = await projectOrThrow(db, projectId);
  const { document: file } = readXliff(xml, { maxBytes: options.maxBytes });
  for (const group of file.groups) {
    for (const unit of group.units) requireStorableText(contentText(unit.target ?? []), { field: 'target', unitId: unit.id });
  }
  // A file exported by Tessera names its project; one that went through other tools (XLIFF → PO →
  // XLIFF with translate-toolkit, say) does not, and its units are matched by their source text.
  const fromTessera = file.original.startsWith('tessera:project/');
  if (fromTessera && file.original !== xliffOriginal(project)) {
    throw new InputError('xliff.wrong-project', `This file belongs to another project (${file.original}), not to “${project.name}”. Export a file from this project and translate that one.`);
  }
  const fileLang = file.targetLang ? (canonicalLanguage(file.targetLang) ?? file.targetLang) : '';
  const lang = fileLang || options.lang || '';
  if (!lang) {
    throw new InputError('xliff.wrong-language', 'The file names no target language. Import it on the page of its language, or name the language (--lang).');
  }
  if (options.lang !== undefined && lang !== options.lang) {
    throw new InputError('xliff.wrong-language', `This file is a ${lang} translation; you are importing into ${options.lang}. Upload it on the ${lang} page instead.`);
  }
  if (!project.targetLangs.includes(lang)) {
    throw new InputError('xliff.wrong-language', `“${project.name}” is not being translated into ${lang}.`);
  }
  const memberships = await authorize(db, actor, project.id, { do: 'translate', lang });
  requireTargetLanguage(project, lang);
  const mayReview = can(memberships, { do: 'review', lang });
  const selfReview = (await languageSettings(db, project.id, lang))?.selfReview ?? false;
  const importer = { userId: actor.kind === 'user' ? actor.user.id : null, mayReview, selfReview };

  return db.transaction().execute(async (trx) => {
    const fileUnits = file.groups.flatMap((g) => g.units);
    file.groups.length = 0;
    const bySource = fromTessera ? null : matchBySource(await unitsWithTranslations(trx, project.id, lang));
    if (bySource && fileUnits.length > 0 && fileUnits.every((u) => !bySource(u))) {
      throw new InputError('xliff.wrong-project', `No unit of this file has a source text of “${project.name}”: it was made from another statement.`);
    }
    const summary: ImportSummary = { lang, updated: 0, unchanged: 0, unknown: [], codeWarnings: [], codesReplaced: [] };
    // A batch of units at a time, each let go once applied, so that memory stays bounded on long files.
    while (fileUnits.length > 0) {
      const batch = fileUnits.splice(0, BATCH);
      const matchOf = bySource ?? (await matchById(trx, project.id, lang, batch));
      for (const fileUnit of batch) {
        const unit = matchOf(fileUnit);
        if (!unit) {
          summary.unknown.push(fileUnit.id);
          continue;
        }
        if (!unit.translate) {
          summary.unchanged++;
          continue;
        }
        const { target, foreignCodes } = importedTarget(fileUnit.target ?? [], unit.source);
        if (foreignCodes) summary.codesReplaced.push(unit.id);
        const next = importedTranslation({
          file: { text: contentKey(target), state: fileUnit.state },
          current: { text: contentKey(unit.target), state: unit.state as TranslationState, authorId: unit.authorId },
          importer,
        });
        if (!next) {
          summary.unchanged++;
          continue;
        }
        // Reordered or dropped formatting is kept as the translator placed it, and flagged.
        if (target.length > 0 && inlineCodeProblems(unit.source, target)) summary.codeWarnings.push(unit.id);
        await writeTranslationIn(trx, {
          projectId: project.id,
          unitId: unit.id,
          lang,
          baseRevision: unit.revision,
          target,
          state: next.state,
          actor: actorName(actor),
          kind: 'import',
          comment: '',
          authorId: next.authorId,
          selfApproved: next.state === 'approved' && next.authorId !== null && next.authorId === importer.userId,
        }, unit);
        summary.updated++;
      }
    }
    return summary;
  });
}
