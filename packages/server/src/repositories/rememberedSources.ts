import { contentText, type Content } from '@tessera/core';
import type { Db } from '../db/connection.ts';

/**
 * Every source text the memory holds a translation of into `lang` (or a variant of it, `fr-CA`
 * for `fr`), trimmed: the imported files' entries and the approved translations of every project.
 * More than any one person may read — a quick test of whether a 100% match can exist at all, so
 * that only those units are looked up.
 */
export async function rememberedSources(db: Db, lang: string): Promise<Set<string>> {
  const [entries, approved] = await Promise.all([
    db
      .selectFrom('tm_entries')
      .select('source_text')
      .distinct()
      .where((eb) => eb.or([eb('target_lang', '=', lang), eb('target_lang', 'like', `${lang}-%`)]))
      .execute(),
    db
      .selectFrom('units as u')
      .innerJoin('translations as t', 't.unit_id', 'u.id')
      .select('u.source')
      .distinct()
      .where('t.state', '=', 'approved')
      .where('u.retired_at', 'is', null)
      .where((eb) => eb.or([eb('t.lang', '=', lang), eb('t.lang', 'like', `${lang}-%`)]))
      .execute(),
  ]);
  return new Set([...entries.map((e) => e.source_text.trim()), ...approved.map((u) => contentText(JSON.parse(u.source) as Content).trim())]);
}
