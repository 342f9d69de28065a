import { contentText, type Content, type TmxEntry } from '@tessera/core';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { inBatches, indexEntryWords, languagePair } from './memoryWords.ts';

/** Approved translations of the given projects into `lang` (retired units included: the memory keeps them). */
export async function approvedTranslations(db: Db, projectIds: number[] | 'all', lang: string): Promise<TmxEntry[]> {
  let query = db
    .selectFrom('translations as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('projects as p', 'p.id', 'u.project_id')
    .select(['u.source', 't.target', 'p.source_lang', 't.updated_at', 't.updated_by', 'p.name'])
    .where('t.lang', '=', lang)
    .where('t.state', '=', 'approved')
    .where('u.translate', '=', 1)
    .orderBy('p.id')
    .orderBy('u.position');
  if (projectIds !== 'all') query = query.where('p.id', 'in', projectIds);
  const rows = await query.execute();
  return rows.map((r) => ({
    source: JSON.parse(r.source) as Content,
    target: JSON.parse(r.target) as Content,
    sourceLang: r.source_lang,
    targetLang: lang,
    ...(r.updated_at ? { created: r.updated_at } : {}),
    ...(r.updated_by ? { creator: r.updated_by } : {}),
    note: r.name,
  }));
}

export async function insertMemoryEntries(db: Db, entries: TmxEntry[], origin: string, createdBy: string | null): Promise<void> {
  const now = new Date().toISOString();
  await inBatches(entries, async (batch) => {
    const inserted = await db
      .insertInto('tm_entries')
      .values(
        batch.map((e) => ({
          source_lang: e.sourceLang,
          target_lang: e.targetLang,
          source_text: contentText(e.source),
          source: JSON.stringify(e.source),
          target: JSON.stringify(e.target),
          origin,
          created_by: createdBy,
          created_at: now,
        })),
      )
      .returning(['id', 'source_text', 'source_lang', 'target_lang'])
      .execute();
    await indexEntryWords(db, inserted);
  });
}

/** A stored translation the memory may offer, with where it came from. */
export interface StoredMatch {
  source: Content;
  sourceText: string;
  target: Content;
  origin: { kind: 'file' | 'project'; name: string };
  createdAt: string;
  /** The unit it translates (`null`: an imported file's entry). */
  unitId: number | null;
}

/** At most this many candidates per look-up are read and scored: those sharing the most of the words asked for. */
const CANDIDATES = 200;

/** `lang` or a variant of it (`en` takes `en-US`), in a column of canonical tags. */
const languageOf = (column: 'e.source_lang' | 'e.target_lang', lang: string) => (eb: ExpressionBuilder<Database & { e: Database['tm_entries'] }, 'e'>) =>
  eb.or([eb(column, '=', lang), eb(column, 'like', `${lang}-%`)]);

/** Memory entries of the language pair whose source holds one of `words`. */
export async function memoryCandidates(db: Db, pair: { sourceLang: string; targetLang: string }, words: readonly string[]): Promise<StoredMatch[]> {
  if (words.length === 0) return [];
  const ids = db
    .selectFrom('tm_words')
    .select('entry_id')
    .where('word', 'in', words)
    .where('pair', '=', languagePair(pair.sourceLang, pair.targetLang))
    .groupBy('entry_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('entry_id', 'desc')
    .limit(CANDIDATES);
  const rows = await db
    .selectFrom('tm_entries as e')
    .select(['e.source', 'e.source_text', 'e.target', 'e.origin', 'e.created_at'])
    .where('e.id', 'in', ids)
    .where(languageOf('e.source_lang', pair.sourceLang))
    .where(languageOf('e.target_lang', pair.targetLang))
    .execute();
  return rows.map((r) => ({
    source: JSON.parse(r.source) as Content,
    sourceText: r.source_text,
    target: JSON.parse(r.target) as Content,
    origin: { kind: 'file', name: r.origin },
    createdAt: r.created_at,
    unitId: null,
  }));
}

/**
 * Approved translations into `lang` of units whose source holds one of `words`, in projects with
 * the same source language where `userId` may read `lang` ('all': every project), the unit
 * `exceptUnitId` left out. Retired units count: the memory keeps them.
 */
export async function approvedCandidates(
  db: Db,
  at: { sourceLang: string; lang: string; userId: number | 'all'; exceptUnitId: number },
  words: readonly string[],
): Promise<StoredMatch[]> {
  if (words.length === 0) return [];
  let ids = db
    .selectFrom('unit_words as w')
    .innerJoin('units as u', 'u.id', 'w.unit_id')
    .innerJoin('projects as p', 'p.id', 'u.project_id')
    .innerJoin('translations as t', (join) => join.onRef('t.unit_id', '=', 'u.id').on('t.lang', '=', at.lang))
    .select('w.unit_id')
    .where('w.word', 'in', words)
    .where('t.state', '=', 'approved')
    .where('u.translate', '=', 1)
    .where('u.id', '!=', at.exceptUnitId)
    .where('p.source_lang', '=', at.sourceLang)
    .groupBy('w.unit_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('w.unit_id', 'desc')
    .limit(CANDIDATES);
  if (at.userId !== 'all') {
    const readable = db
      .selectFrom('memberships')
      .select('project_id')
      .where('user_id', '=', at.userId)
      .where((eb) => eb.or([eb('lang', '=', ''), eb('lang', '=', at.lang)]));
    ids = ids.where('u.project_id', 'in', readable);
  }
  const rows = await db
    .selectFrom('units as u')
    .innerJoin('projects as p', 'p.id', 'u.project_id')
    .innerJoin('translations as t', (join) => join.onRef('t.unit_id', '=', 'u.id').on('t.lang', '=', at.lang))
    .select(['u.id', 'u.source', 't.target', 't.updated_at', 'p.name'])
    .where('u.id', 'in', ids)
    .execute();
  return rows.map((r) => {
    const source = JSON.parse(r.source) as Content;
    return { source, sourceText: contentText(source), target: JSON.parse(r.target) as Content, origin: { kind: 'project', name: r.name }, createdAt: r.updated_at ?? '', unitId: r.id };
  });
}
