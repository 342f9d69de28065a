import {
  canonicalLanguage,
  contentText,
  InputError,
  importedTranslation,
  mayOnLanguage,
  readXliff12,
  writeXliff12,
  type TranslationState,
  type XliffDocument,
  type XliffGroup,
} from '@tessera/core';
import type { ImportSummary } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { blocksOf, languageSettings, unitsWithTranslations, type ProjectRow } from '../repositories/projects.ts';
import { writeTranslationIn } from '../repositories/translations.ts';
import { actorName, requireOnLanguage, type Actor } from './actor.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

/** The `original` attribute that ties an exported file to its project. */
export function xliffOriginal(project: ProjectRow): string {
  return `tessera:project/${project.id}`;
}

export async function exportXliff12(db: Db, actor: Actor, projectId: number | string, lang: string): Promise<{ project: ProjectRow; xml: string }> {
  const project = await projectOrThrow(db, projectId);
  await requireOnLanguage(db, actor, project.id, 'read', lang);
  requireTargetLanguage(project, lang);
  const [blocks, units] = await Promise.all([blocksOf(db, project.id), unitsWithTranslations(db, project.id, lang)]);
  const groups = new Map<number, XliffGroup>(blocks.map((b) => [b.id, { id: `b${b.id}`, kind: b.kind, units: [] }]));
  for (const unit of units) {
    groups.get(unit.blockId)?.units.push({
      id: String(unit.id),
      source: unit.source,
      target: unit.target.length === 0 ? null : unit.target,
      state: unit.state as TranslationState,
      translate: unit.translate,
      notes: [],
    });
  }
  const document: XliffDocument = {
    original: xliffOriginal(project),
    sourceLang: project.sourceLang,
    targetLang: lang,
    groups: [...groups.values()].filter((g) => g.units.length > 0),
  };
  return { project, xml: writeXliff12(document) };
}

/**
 * Applies the translations of an XLIFF file, all or nothing. Text that differs becomes `translated`
 * (or keeps the file's approval when the importer may review); unknown unit ids are reported.
 */
export async function importXliff(
  db: Db,
  actor: Actor,
  projectId: number | string,
  xml: string,
  options: { maxBytes: number; lang?: string },
): Promise<ImportSummary> {
  const project = await projectOrThrow(db, projectId);
  const file = readXliff12(xml, { maxBytes: options.maxBytes });
  if (file.original !== xliffOriginal(project)) {
    throw new InputError('xliff.wrong-project', `This file belongs to another project (${file.original || 'no project named'}), not to “${project.name}”. Export a file from this project and translate that one.`);
  }
  const lang = canonicalLanguage(file.targetLang) ?? file.targetLang;
  if (options.lang !== undefined && lang !== options.lang) {
    throw new InputError('xliff.wrong-language', `This file is a ${lang || 'language-less'} translation; you are importing into ${options.lang}. Upload it on the ${lang} page instead.`);
  }
  if (!project.targetLangs.includes(lang)) {
    throw new InputError('xliff.wrong-language', `“${project.name}” is not being translated into ${lang || '(no target language in the file)'}.`);
  }
  const memberships = await requireOnLanguage(db, actor, project.id, 'translate', lang);
  requireTargetLanguage(project, lang);
  const mayReview = mayOnLanguage(memberships, 'review', lang);
  const selfReview = (await languageSettings(db, project.id, lang))?.selfReview ?? false;
  const importer = { userId: actor.kind === 'user' ? actor.user.id : null, mayReview, selfReview };

  return db.transaction().execute(async (trx) => {
    const current = new Map((await unitsWithTranslations(trx, project.id, lang)).map((u) => [String(u.id), u]));
    const summary: ImportSummary = { lang, updated: 0, unchanged: 0, unknown: [] };
    for (const fileUnit of file.groups.flatMap((g) => g.units)) {
      const unit = current.get(fileUnit.id);
      if (!unit) {
        summary.unknown.push(fileUnit.id);
        continue;
      }
      const text = contentText(fileUnit.target ?? []);
      const next = unit.translate
        ? importedTranslation({
            file: { text, state: fileUnit.state },
            current: { text: contentText(unit.target), state: unit.state as TranslationState, authorId: unit.authorId },
            importer,
          })
        : null;
      if (!next) {
        summary.unchanged++;
        continue;
      }
      await writeTranslationIn(trx, {
        projectId: project.id,
        unitId: unit.id,
        lang,
        baseRevision: unit.revision,
        target: text === '' ? [] : [text],
        state: next.state,
        actor: actorName(actor),
        kind: 'import',
        comment: '',
        authorId: next.authorId,
        selfApproved: next.state === 'approved' && next.authorId !== null && next.authorId === importer.userId,
      });
      summary.updated++;
    }
    return summary;
  });
}
