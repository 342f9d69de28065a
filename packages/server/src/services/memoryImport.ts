import { InputError, TmxStream, type TmxEntry } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { insertMemoryEntries } from '../repositories/translationMemory.ts';
import { actorName, type Actor } from './actor.ts';
import { IMPORT_BATCH, textPieces, type FileText } from './fileText.ts';
import { authorizeAccount } from './policy.ts';
import { requireStorableContent, requireStorableText } from './storableText.ts';

export interface MemoryImportSummary {
  entries: number;
  pairs: Record<string, number>;
}

/**
 * Imports a TMX file into the translation memory, every language pair it holds; all or nothing. The
 * file is read as it arrives and its entries stored a batch at a time, all in one transaction: a
 * file that turns out bad anywhere (broken XML, text Tessera cannot store, over the size limit) is
 * refused whole, naming the entry (its number in the file), and leaves nothing stored.
 */
export async function importTmx(db: Db, actor: Actor, file: FileText, options: { maxBytes: number; origin: string }): Promise<MemoryImportSummary> {
  authorizeAccount(actor, 'add-to-memory');
  requireStorableText(options.origin, { field: 'name' });
  const createdBy = actorName(actor);
  return db.transaction().execute(async (trx) => {
    const summary: MemoryImportSummary = { entries: 0, pairs: {} };
    let numbered = 0;
    const store = async (entries: TmxEntry[]): Promise<void> => {
      const kept: TmxEntry[] = [];
      for (const entry of entries) {
        numbered++;
        const place = (field: string) => ({ field: `${field} (${entry.sourceLang}→${entry.targetLang})`, unitId: numbered });
        requireStorableContent(entry.source, place('source'));
        requireStorableContent(entry.target, place('target'));
        if (entry.source.length === 0 || entry.target.length === 0) continue;
        kept.push(entry);
        const pair = `${entry.sourceLang}→${entry.targetLang}`;
        summary.pairs[pair] = (summary.pairs[pair] ?? 0) + 1;
      }
      summary.entries += kept.length;
      if (kept.length > 0) await insertMemoryEntries(trx, kept, options.origin, createdBy);
    };
    const tmx = new TmxStream({ maxBytes: options.maxBytes });
    let pending: TmxEntry[] = [];
    for await (const text of textPieces(file, options.maxBytes)) {
      tmx.write(text);
      pending = pending.concat(tmx.take());
      if (pending.length >= IMPORT_BATCH) await store(pending.splice(0));
    }
    tmx.close();
    await store(pending.concat(tmx.take()));
    if (summary.entries === 0) throw new InputError('input.empty', 'This TMX file holds no translation units with both a source and a translation.');
    return summary;
  });
}
