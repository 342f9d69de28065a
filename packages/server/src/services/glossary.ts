import {
  can,
  detectGlossaryFormat,
  glossaryFormat,
  glossaryMatcher,
  glossaryTerm,
  InputError,
  termKey,
  termProblem,
  termsForUnit,
  type Content,
  type GlossaryTerm,
  type GlossaryTermInput,
} from '@tessera/core';
import type { GlossaryEntryView, GlossaryImportSummary, GlossaryView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { deleteTerm, findTermId, glossaryEntries, insertTerm, updateTerm, type GlossaryPair } from '../repositories/glossary.ts';
import type { Actor } from './actor.ts';
import { ServiceError, notFound } from './errors.ts';
import { authorize } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

/**
 * The glossary of each language pair of a project (its source language and one of its languages):
 * every member who may read the language reads it; its coordinators and reviewers manage it.
 */

/** Where a glossary is asked about: a project and one of its languages. */
export interface GlossaryAddress {
  projectId: number;
  lang: string;
}

async function pairFor(db: Db, actor: Actor, at: GlossaryAddress, action: 'read' | 'review'): Promise<{ pair: GlossaryPair; canEdit: boolean }> {
  const project = await projectOrThrow(db, at.projectId);
  const memberships = await authorize(db, actor, project.id, { do: action, lang: at.lang });
  requireTargetLanguage(project, at.lang);
  return { pair: { projectId: project.id, sourceLang: project.sourceLang, targetLang: at.lang }, canEdit: can(memberships, { do: 'review', lang: at.lang }) };
}

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.user.id : null);

/** A term from a form, tidied and checked (422 `glossary.invalid` saying what is wrong). */
function checkedTerm(input: GlossaryTermInput): GlossaryTerm {
  const term = glossaryTerm(input);
  const problem = termProblem(term);
  if (problem !== null) throw new ServiceError(422, 'glossary.invalid', `${problem} Nothing was changed.`);
  return term;
}

const duplicate = (source: string) => new ServiceError(409, 'glossary.duplicate', `“${source}” is in this glossary already: change that entry instead.`);

async function entry(db: Db, pair: GlossaryPair, id: number): Promise<GlossaryEntryView> {
  const found = (await glossaryEntries(db, pair)).find((e) => e.id === id);
  if (!found) throw notFound('term');
  return found;
}

export async function readGlossary(db: Db, actor: Actor, at: GlossaryAddress): Promise<GlossaryView> {
  const { pair, canEdit } = await pairFor(db, actor, at, 'read');
  return { sourceLang: pair.sourceLang, targetLang: pair.targetLang, canEdit, terms: await glossaryEntries(db, pair) };
}

/**
 * The glossary of a pair, ready to give the entries that occur in a unit's source (what the
 * quality checks of the unit's translation are given), for many units: read and compiled once.
 * No access check: the caller has made it.
 */
export async function unitTermsOf(db: Db, pair: GlossaryPair): Promise<(source: Content) => GlossaryTerm[]> {
  const match = glossaryMatcher(await glossaryEntries(db, pair), pair.sourceLang);
  return (source) => termsForUnit(source, match, pair.sourceLang);
}

export async function addTerm(db: Db, actor: Actor, at: GlossaryAddress, input: GlossaryTermInput): Promise<GlossaryEntryView> {
  const { pair } = await pairFor(db, actor, at, 'review');
  const term = checkedTerm(input);
  const id = await db.transaction().execute(async (trx) => {
    if ((await findTermId(trx, pair, term.source)) !== undefined) throw duplicate(term.source);
    return insertTerm(trx, pair, term, userIdOf(actor));
  });
  return entry(db, pair, id);
}

export async function changeTerm(db: Db, actor: Actor, at: GlossaryAddress, termId: number, input: GlossaryTermInput): Promise<GlossaryEntryView> {
  const { pair } = await pairFor(db, actor, at, 'review');
  const term = checkedTerm(input);
  await db.transaction().execute(async (trx) => {
    const other = await findTermId(trx, pair, term.source);
    if (other !== undefined && other !== termId) throw duplicate(term.source);
    if (!(await updateTerm(trx, pair, termId, term, userIdOf(actor)))) throw notFound('term');
  });
  return entry(db, pair, termId);
}

export async function removeTerm(db: Db, actor: Actor, at: GlossaryAddress, termId: number): Promise<void> {
  const { pair } = await pairFor(db, actor, at, 'review');
  if (!(await deleteTerm(db, pair, termId))) throw notFound('term');
}

const sameTerm = (a: GlossaryTerm, b: GlossaryTerm) =>
  a.source === b.source && a.target === b.target && a.doNotTranslate === b.doNotTranslate && a.note === b.note && JSON.stringify(a.forbidden) === JSON.stringify(b.forbidden);

/**
 * Imports a TBX or CSV file (told apart by its first character) into a pair's glossary, all or
 * nothing: a file that cannot be read, or with one bad entry, is refused whole; a term already
 * there (whatever its case) takes the file's translation, variants and note.
 */
export async function importGlossary(db: Db, actor: Actor, at: GlossaryAddress, text: string, options: { maxBytes: number }): Promise<GlossaryImportSummary> {
  const { pair } = await pairFor(db, actor, at, 'review');
  const format = detectGlossaryFormat(text);
  const terms = format.read(text, pair, options);
  return db.transaction().execute(async (trx) => {
    const existing = new Map((await glossaryEntries(trx, pair)).map((e) => [termKey(e.source), e]));
    const summary: GlossaryImportSummary = { format: format.id, added: 0, updated: 0, unchanged: 0 };
    for (const term of terms) {
      const old = existing.get(termKey(term.source));
      if (old === undefined) {
        await insertTerm(trx, pair, term, userIdOf(actor));
        summary.added++;
      } else if (sameTerm(old, term)) summary.unchanged++;
      else {
        await updateTerm(trx, pair, old.id, term, userIdOf(actor));
        summary.updated++;
      }
    }
    return summary;
  });
}

/** A pair's glossary as a file of one of the glossary formats, with the name to save it under. */
export async function exportGlossary(db: Db, actor: Actor, at: GlossaryAddress, formatId: string): Promise<{ text: string; fileName: string; mediaType: string }> {
  const { pair } = await pairFor(db, actor, at, 'read');
  const format = glossaryFormat(formatId);
  if (!format) throw new InputError('glossary.invalid', `There is no glossary format “${formatId}”.`);
  const terms = await glossaryEntries(db, pair);
  const text = format.write({ ...pair, terms });
  return { text, fileName: `glossary-${pair.projectId}.${pair.sourceLang}-${pair.targetLang}.${format.extensions[0] ?? format.id}`, mediaType: format.mediaType };
}
