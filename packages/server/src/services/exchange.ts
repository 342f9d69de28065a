import {
  canonicalLanguage,
  contentText,
  InputError,
  importedTarget,
  importedTranslation,
  can,
  inlineCodeProblems,
  XliffStream,
  writeXliff12,
  writeXliff20,
  type Content,
  type TranslationState,
  type XliffDocument,
  type XliffGroup,
  type XliffHeader,
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
import { IMPORT_BATCH as BATCH, textPieces, type FileText } from './fileText.ts';

/** A translation's identity for comparison: '' when it has no text, else its content exactly (codes included). */
function contentKey(content: Content): string {
  return contentText(content) === '' ? '' : JSON.stringify(content);
}

type Matcher = (fileUnit: XliffUnit) => UnitWithTranslation | undefined;

/** Units of a file Tessera exported carry the project's unit ids: only the batch's units are read. */
async function matchById(db: Db, projectId: number, lang: string, fileUnits: readonly XliffUnit[]): Promise<Matcher> {
  const ids = fileUnits.map((u) => Number(u.id)).filter((id) => Number.isSafeInteger(id) && id > 0);
  const byId = new Map((await unitsWithTranslations(db, projectId, lang, ids)).map((u) => [String(u.id), u]));
  return (fileUnit) => byId.get(fileUnit.id);
}

/** Units of a file from elsewhere are matched by source text, repeated texts in order (each file unit is matched once). */
function matchBySource(units: UnitWithTranslation[]): Matcher {
  const byText = new Map<string, UnitWithTranslation[]>();
  for (const unit of units) {
    const key = contentText(unit.source).trim();
    byText.set(key, [...(byText.get(key) ?? []), unit]);
  }
  return (fileUnit) => byText.get(contentText(fileUnit.source).trim())?.shift();
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
 *
 * The file is read as it arrives and its units applied a batch at a time, all in one transaction:
 * a file that turns out bad anywhere, its last unit included, is refused and leaves nothing changed.
 */
export async function importXliff(db: Db, actor: Actor, projectId: number | string, file: FileText, options: { maxBytes: number; lang?: string }): Promise<ImportSummary> {
  const project = await projectOrThrow(db, projectId);
  // Everything in the transaction goes through `trx`: SQLite has one connection, which it holds.
  return db.transaction().execute(async (trx) => {
    const xliff = new XliffStream({ maxBytes: options.maxBytes });
    // Started once the file's header is read, before its first unit.
    let importing: Promise<UnitsImport> | undefined;
    const started = (header: XliffHeader) => (importing ??= startUnitsImport(trx, actor, project, header, options.lang));
    let pending: XliffUnit[] = [];
    const applyPending = async (all: boolean): Promise<void> => {
      const header = xliff.header;
      if (header === undefined) return;
      const units = await started(header);
      while (pending.length >= BATCH || (all && pending.length > 0)) await units.batch(pending.splice(0, BATCH));
    };
    for await (const text of textPieces(file, options.maxBytes)) {
      xliff.write(text);
      pending = pending.concat(xliff.take());
      await applyPending(false);
    }
    xliff.close();
    pending = pending.concat(xliff.take());
    await applyPending(true);
    // close() refuses a file without a <file> element: the header is known.
    return (await started(xliff.header as XliffHeader)).finish();
  });
}

/** An import under way: its units applied a batch at a time, then its summary. */
interface UnitsImport {
  batch(units: XliffUnit[]): Promise<void>;
  finish(): ImportSummary;
}

/** Checks what the file's header says (project, language) and the importer's rights, then applies units as they come. */
async function startUnitsImport(trx: Db, actor: Actor, project: ProjectRow, file: XliffHeader, askedLang: string | undefined): Promise<UnitsImport> {
  // A file exported by Tessera names its project; one that went through other tools (XLIFF → PO →
  // XLIFF with translate-toolkit, say) does not, and its units are matched by their source text.
  const fromTessera = file.original.startsWith('tessera:project/');
  if (fromTessera && file.original !== xliffOriginal(project)) {
    throw new InputError('xliff.wrong-project', `This file belongs to another project (${file.original}), not to “${project.name}”. Export a file from this project and translate that one.`);
  }
  const fileLang = file.targetLang ? (canonicalLanguage(file.targetLang) ?? file.targetLang) : '';
  const lang = fileLang || askedLang || '';
  if (!lang) {
    throw new InputError('xliff.wrong-language', 'The file names no target language. Import it on the page of its language, or name the language (--lang).');
  }
  if (askedLang !== undefined && lang !== askedLang) {
    throw new InputError('xliff.wrong-language', `This file is a ${lang} translation; you are importing into ${askedLang}. Upload it on the ${lang} page instead.`);
  }
  if (!project.targetLangs.includes(lang)) {
    throw new InputError('xliff.wrong-language', `“${project.name}” is not being translated into ${lang}.`);
  }
  const memberships = await authorize(trx, actor, project.id, { do: 'translate', lang });
  requireTargetLanguage(project, lang);
  const mayReview = can(memberships, { do: 'review', lang });
  const selfReview = (await languageSettings(trx, project.id, lang))?.selfReview ?? false;
  const importer = { userId: actor.kind === 'user' ? actor.user.id : null, mayReview, selfReview };
  const bySource = fromTessera ? null : matchBySource(await unitsWithTranslations(trx, project.id, lang));
  const summary: ImportSummary = { lang, updated: 0, unchanged: 0, unknown: [], codeWarnings: [], codesReplaced: [] };
  let fileUnits = 0;

  const applyUnit = async (fileUnit: XliffUnit, unit: UnitWithTranslation): Promise<void> => {
    if (!unit.translate) {
      summary.unchanged++;
      return;
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
      return;
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
  };

  return {
    async batch(units) {
      for (const unit of units) requireStorableText(contentText(unit.target ?? []), { field: 'target', unitId: unit.id });
      fileUnits += units.length;
      const matchOf = bySource ?? (await matchById(trx, project.id, lang, units));
      for (const fileUnit of units) {
        const unit = matchOf(fileUnit);
        if (unit) await applyUnit(fileUnit, unit);
        else summary.unknown.push(fileUnit.id);
      }
    },
    finish() {
      if (bySource && fileUnits > 0 && summary.unknown.length === fileUnits) {
        throw new InputError('xliff.wrong-project', `No unit of this file has a source text of “${project.name}”: it was made from another statement.`);
      }
      return summary;
    },
  };
}
