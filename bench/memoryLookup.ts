/**
 * A translation memory look-up on a memory of 100,000 entries, as the editor asks for it, against
 * the same ranking over every entry read into JavaScript (the baseline), on SQLite.
 *
 * The memory: sentences of 8–30 words drawn (Zipf) from the demo statement's own words and 20,000
 * other words. The demo's words come first, and so are the commonest: the worst case for a look-up
 * of a demo sentence, every word of it being in thousands of entries. One entry in a hundred is a
 * demo sentence with a few words changed. Each demo unit is looked up as the demo translator would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentText, rankMatches, type TmxEntry } from '../packages/core/src/index.ts';
import { openDatabase } from '../packages/server/src/db/connection.ts';
import { seedDemo } from '../packages/server/src/demo/seed.ts';
import { findProject } from '../packages/server/src/repositories/projects.ts';
import { insertMemoryEntries } from '../packages/server/src/repositories/translationMemory.ts';
import { memoryMatches } from '../packages/server/src/services/translationMemory.ts';
import { editorUnits } from '../packages/server/src/services/editorUnits.ts';
import type { Benchmark } from './benchmark.ts';

const ENTRIES = 100_000;
const ROUNDS = 5;

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

async function run(print: (line: string) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-memory-'));
  const db = await openDatabase(dir);
  try {
    await seedDemo(db);
    const project = (await findProject(db, 'Demo: Digital Safety Act statement'))!;
    const units = (await editorUnits(db, project, 'ja')).filter((u) => u.translate);
    const demoTexts = units.map((u) => contentText(u.source));
    const demoWords = [...new Set(demoTexts.flatMap((t) => t.split(/\s+/u)))];
    const vocabulary = [...demoWords, ...Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`)];
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
    const words = await db.selectFrom('tm_words').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    print(`SQLite, the demo's words the commonest: ${ENTRIES.toLocaleString('en')} entries (${Number(words.n).toLocaleString('en')} indexed words) stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const user = await db.selectFrom('users').selectAll().where('email', 'like', 'translator%').executeTakeFirstOrThrow();
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
    print(`look-up through the word index: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} look-ups (${units.length} units, ${offered} matches offered)`);

    started = performance.now();
    const all = await db.selectFrom('tm_entries').select(['source_text', 'target', 'created_at']).execute();
    const candidates = all.map((r) => ({ sourceText: r.source_text, target: JSON.parse(r.target) as string[], createdAt: r.created_at }));
    const read = performance.now() - started;
    for (const text of demoTexts.slice(0, 3)) rankMatches(text, candidates);
    const scan = (performance.now() - started - read) / 3 + read;
    print(`baseline, every entry read (${read.toFixed(0)} ms) and scored in JavaScript: ${scan.toFixed(0)} ms per look-up`);
    print(`  → the median look-up takes ${((100 * Number(at(0.5))) / scan).toFixed(2)}% of the baseline's time`);
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = { name: 'Translation memory look-up in 100,000 entries', run };

export default benchmark;
