/**
 * How long a translation memory look-up takes on a memory of 100,000 entries (not a test: it
 * prints figures). Run from the repository root:
 *
 *   npx tsx packages/server/test/memory-lookup.measure.ts             # SQLite
 *   TESSERA_TEST_DATABASE=postgres npx tsx packages/server/test/memory-lookup.measure.ts
 *   npx tsx packages/server/test/memory-lookup.measure.ts --spread    # the demo's words not the commonest
 *
 * The memory: sentences of 8–30 words drawn (Zipf) from the demo statement's own words and 20,000
 * other words. The demo's words come first, and so are the commonest (the worst case for a look-up
 * of a demo sentence: every word of it is in thousands of entries), or with `--spread` at random
 * ranks among the others. One entry in a hundred is a demo sentence with a few words changed. Each demo unit is looked up as the demo translator would
 * from the editor, and the same ranking over every entry read into JavaScript is the baseline.
 */
import { sql } from 'kysely';
import { contentText, rankMatches, type TmxEntry } from '@tessera/core';
import { openDatabase } from '../src/db/connection.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { findProject } from '../src/repositories/projects.ts';
import { insertMemoryEntries } from '../src/repositories/translationMemory.ts';
import { memoryMatches } from '../src/services/translationMemory.ts';
import { editorUnits } from '../src/services/editorUnits.ts';
import { createTestDatabase } from './database.ts';

const ENTRIES = 100_000;
const ROUNDS = 5;

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const database = await createTestDatabase();
const db = await openDatabase(database.location);
try {
  await seedDemo(db);
  const project = (await findProject(db, 'Demo: Digital Safety Act statement'))!;
  const units = (await editorUnits(db, project, 'ja')).filter((u) => u.translate);
  const demoTexts = units.map((u) => contentText(u.source));
  const demoWords = [...new Set(demoTexts.flatMap((t) => t.split(/\s+/u)))];
  const vocabulary = [...demoWords, ...Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`)];
  if (process.argv.includes('--spread')) vocabulary.sort(() => random() - 0.5);
  const harmonic = vocabulary.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
  const zipfWord = () => {
    let r = random() * harmonic;
    for (const [i, word] of vocabulary.entries()) {
      r -= 1 / (i + 1);
      if (r <= 0) return word;
    }
    return vocabulary.at(-1)!;
  };
  const sentence = (): string => {
    if (random() < 0.01) {
      const words = demoTexts[Math.floor(random() * demoTexts.length)]!.split(' ');
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) words[Math.floor(random() * words.length)] = zipfWord();
      return words.join(' ');
    }
    return Array.from({ length: 8 + Math.floor(random() * 23) }, zipfWord).join(' ') + '.';
  };

  let started = performance.now();
  const entries: TmxEntry[] = Array.from({ length: ENTRIES }, (_, i) => ({ source: [sentence()], target: [`訳 ${i}`], sourceLang: 'en', targetLang: 'ja' }));
  await db.transaction().execute((trx) => insertMemoryEntries(trx, entries, 'measure.tmx', 'measure'));
  // What autovacuum does on a PostgreSQL server in use: statistics for the planner.
  if (database.location.kind === 'postgres') await sql`ANALYZE`.execute(db);
  const words = await db.selectFrom('tm_words').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  console.log(`${database.location.kind}${process.argv.includes('--spread') ? ', demo words spread' : ', demo words commonest'}: ${ENTRIES.toLocaleString('en')} entries (${Number(words.n).toLocaleString('en')} indexed words) stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const user = (await db.selectFrom('users').selectAll().where('email', 'like', 'translator%').executeTakeFirstOrThrow());
  const times: number[] = [];
  let offered = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const unit of units) {
      started = performance.now();
      const matches = await memoryMatches(db, { kind: 'user', user }, { projectId: project.id, lang: 'ja', unitId: unit.id });
      times.push(performance.now() - started);
      if (round === 0) offered += matches.length;
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`look-up through the word index: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} look-ups (${units.length} units, ${offered} matches offered)`);

  started = performance.now();
  const all = await db.selectFrom('tm_entries').select(['source_text', 'target', 'created_at']).execute();
  const candidates = all.map((r) => ({ sourceText: r.source_text, target: JSON.parse(r.target) as string[], createdAt: r.created_at }));
  const read = performance.now() - started;
  for (const text of demoTexts.slice(0, 3)) rankMatches(text, candidates);
  console.log(`baseline, every entry read (${read.toFixed(0)} ms) and scored in JavaScript: ${((performance.now() - started - read) / 3).toFixed(0)} ms per look-up`);
} finally {
  await db.destroy();
  await database.drop();
}
