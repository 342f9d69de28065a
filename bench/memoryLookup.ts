/**
 * Translation memory look-up at 100,000 and 1,000,000 entries, on SQLite and on PostgreSQL: the
 * top 5 fuzzy matches (75 or more) as the editor asks for them (`findMatches`: the change log
 * read, the index searched, the matches read from the database and ranked), with recall@5 against
 * the ground truth measured in the same run — every entry scored, no index (`memory/scanAll.ts`).
 * Beside them: the time to make the index from every stored source, to write it to its file and to
 * start from that file (a restart), a new entry found by the next look-up, and on PostgreSQL the
 * `pg_trgm` trigram similarity query over the same entries as a peer.
 *
 * The memory and its look-ups: `memory/corpus.ts`. `TESSERA_BENCH_MEMORY_SIZES=100000` measures
 * one size only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fuzzyScore, type TmxEntry } from '../packages/core/src/index.ts';
import { openDatabase, type DatabaseLocation, type Db } from '../packages/server/src/db/connection.ts';
import { insertMemoryEntries } from '../packages/server/src/repositories/translationMemory.ts';
import { keepMemoryIndex, MemoryIndex } from '../packages/server/src/services/memoryIndex.ts';
import { findMatches } from '../packages/server/src/services/translationMemory.ts';
import { makeCorpus, type Corpus } from './memory/corpus.ts';
import { recallOf, ScanAll, type Scored } from './memory/scanAll.ts';
import type { Benchmark } from './benchmark.ts';

const SIZES = (process.env.TESSERA_BENCH_MEMORY_SIZES ?? '100000,1000000').split(',').map(Number);
const MIN_SCORE = 75;
const LIMIT = 5;
/** pg_trgm's similarity bar for its `%` operator in the peer query. */
const TRIGRAM_THRESHOLD = 0.5;
/** The peer's look-ups: the first of the bench's (pg_trgm takes up to seconds each at a million entries). */
const TRIGRAM_LOOKUPS = 50;
const REFERENCE_CHECK_UP_TO = 100_000;
const ADMIN_URL = process.env.TESSERA_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const ms = (started: number) => performance.now() - started;
const seconds = (duration: number) => `${(duration / 1000).toFixed(1)} s`;
const n = (value: number) => value.toLocaleString('en');

function percentiles(times: number[]): { p50: string; p95: string; max: string } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/** The memory's entry for corpus sentence `i`: its translation names it, so a match tells which entry it is. */
const entryOf = (text: string, i: number): TmxEntry => ({ source: [text], target: [`fr ${i}`], sourceLang: 'en', targetLang: 'fr' });
const entryNumber = (target: readonly unknown[]) => Number(String(target[0]).slice(3));

/** recall@5 over the look-ups that have something to find, and how many those are. */
function meanRecall(truths: readonly Scored[][], found: readonly number[][]): { recall: string; counted: number } {
  const recalls = truths.map((truth, q) => recallOf(truth, found[q]!)).filter((r): r is number => r !== null);
  return { recall: (recalls.reduce((a, b) => a + b, 0) / recalls.length).toFixed(3), counted: recalls.length };
}

async function withDatabase<T>(kind: DatabaseLocation['kind'], work: (db: Db, url: string | null) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-memory-'));
  const name = `tessera_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  let url: string | null = null;
  if (kind === 'postgres') {
    await admin(`CREATE DATABASE ${name}`);
    const address = new URL(ADMIN_URL);
    address.pathname = `/${name}`;
    url = address.toString();
  }
  const db = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'sqlite', dataDir: dir });
  try {
    return await work(db, url);
  } finally {
    await db.destroy();
    if (url) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measureDatabase(kind: DatabaseLocation['kind'], corpus: Corpus, truths: Scored[][], scan: ScanAll, print: (line: string) => void): Promise<void> {
  const label = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  await withDatabase(kind, async (db, url) => {
    let started = performance.now();
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < corpus.entries.length; i += 10_000) {
        await insertMemoryEntries(
          trx,
          corpus.entries.slice(i, i + 10_000).map((text, k) => entryOf(text, i + k)),
          'bench.tmx',
          'bench',
        );
      }
    });
    print(`${label}: ${n(corpus.entries.length)} entries stored in ${seconds(ms(started))}`);

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-memory-index-'));
    try {
      started = performance.now();
      const index = keepMemoryIndex(db, folder, { warm: true });
      await index.catchUp();
      const made = ms(started);
      started = performance.now();
      await index.write();
      const written = ms(started);
      const fileMb = fs.statSync(path.join(folder, 'memory-index.bin')).size / 1e6;
      started = performance.now();
      const restarted = new MemoryIndex(db, folder);
      await restarted.catchUp();
      const restart = ms(started);
      print(`  index made from every stored source ${seconds(made)}; written to its file ${seconds(written)} (${fileMb.toFixed(0)} MB); a restart reads it back in ${seconds(restart)} (${restarted.startedFrom}, ${(made / restart).toFixed(1)}× faster than making it)`);

      const lookUp = (text: string) => findMatches(db, { text, sourceLang: 'en', lang: 'fr', readableBy: 'all', minScore: MIN_SCORE, limit: LIMIT });
      for (const { text } of corpus.queries.slice(0, 20)) await lookUp(text);
      const times: number[] = [];
      const found: number[][] = [];
      for (const [q, { text }] of corpus.queries.entries()) {
        started = performance.now();
        const matches = await lookUp(text);
        times.push(ms(started));
        found[q] = matches.map((m) => scan.score(entryNumber(m.target), text));
      }
      const { p50, p95, max } = percentiles(times);
      const { recall, counted } = meanRecall(truths, found);
      print(`  look-up (findMatches): p50 ${p50} ms, p95 ${p95} ms, max ${max} ms over ${corpus.queries.length} look-ups; recall@5 ${recall} over the ${counted} with a match ≥ ${MIN_SCORE}`);

      const searchTimes: number[] = [];
      for (const { text } of corpus.queries) {
        started = performance.now();
        await index.search({ text, sourceLang: 'en', lang: 'fr', minScore: MIN_SCORE, limit: 2 * LIMIT, project: () => true });
        searchTimes.push(ms(started));
      }
      const alone = percentiles(searchTimes);
      print(`  of which the index (the log read, the index searched): p50 ${alone.p50} ms, p95 ${alone.p95} ms`);

      const fresh = `${corpus.queries[0]!.text} again`;
      await insertMemoryEntries(db, [entryOf(fresh, corpus.entries.length)], 'bench-new.tmx', 'bench');
      started = performance.now();
      const [first] = await lookUp(fresh);
      print(`  a new entry: the next look-up applies it and finds it first (${first && entryNumber(first.target) === corpus.entries.length ? 'yes' : 'NO'}) in ${ms(started).toFixed(2)} ms`);

      if (url) await trigramPeer(url, corpus, truths, found, scan, print);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
}

/** The PostgreSQL peer: pg_trgm's GIN trigram index and its similarity query, over the same entries. */
async function trigramPeer(url: string, corpus: Corpus, truths: Scored[][], oursFound: number[][], scan: ScanAll, print: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    let started = performance.now();
    await client.query('CREATE INDEX bench_trigrams ON tm_entries USING gin (source_text gin_trgm_ops)');
    const built = ms(started);
    await client.query(`SET pg_trgm.similarity_threshold = ${TRIGRAM_THRESHOLD}`);
    const { rows } = await client.query<{ first: number }>('SELECT min(id) AS first FROM tm_entries');
    const first = Number(rows[0]!.first);
    const query = 'SELECT id FROM tm_entries WHERE source_text % $1 ORDER BY similarity(source_text, $1) DESC LIMIT 5';
    for (const { text } of corpus.queries.slice(0, 10)) await client.query(query, [text]);
    const times: number[] = [];
    const found: number[][] = [];
    for (const [q, { text }] of corpus.queries.slice(0, TRIGRAM_LOOKUPS).entries()) {
      started = performance.now();
      const result = await client.query<{ id: number }>(query, [text]);
      times.push(ms(started));
      found[q] = result.rows.map((r) => Number(r.id) - first).filter((entry) => entry < corpus.entries.length).map((entry) => scan.score(entry, text));
    }
    const { p50, p95, max } = percentiles(times);
    const { recall } = meanRecall(truths.slice(0, TRIGRAM_LOOKUPS), found);
    const ours = meanRecall(truths.slice(0, TRIGRAM_LOOKUPS), oursFound.slice(0, TRIGRAM_LOOKUPS)).recall;
    print(`  peer, pg_trgm (GIN index built in ${seconds(built)}; similarity ≥ ${TRIGRAM_THRESHOLD}, top 5) over the first ${TRIGRAM_LOOKUPS} look-ups: p50 ${p50} ms, p95 ${p95} ms, max ${max} ms; recall@5 ${recall} against the same truth (the index: ${ours})`);
  } finally {
    await client.end();
  }
}

async function run(print: (line: string) => void): Promise<void> {
  for (const size of SIZES) {
    let started = performance.now();
    const corpus = makeCorpus(size);
    const made = ms(started);
    started = performance.now();
    const scan = new ScanAll(corpus.entries);
    const tokenized = ms(started);
    const scanTimes: number[] = [];
    const truths = corpus.queries.map(({ text }) => {
      const begun = performance.now();
      const truth = scan.top(text, MIN_SCORE, LIMIT);
      scanTimes.push(ms(begun));
      return truth;
    });
    const scanned = percentiles(scanTimes);
    print(`\n### ${n(size)} entries (made in ${seconds(made)}: statement sentences, chain sentences with news words, ${n(Math.round(size * 0.1))} crowded; ${corpus.queries.length} look-ups)`);
    print(`ground truth, every entry scored (tokenized once in ${seconds(tokenized)}): p50 ${scanned.p50} ms, p95 ${scanned.p95} ms per look-up — the baseline`);
    // The ground truth's scorer against the memory's own fuzzyScore, string by string, on one look-up
    // (at the smaller size: string by string, a million entries take minutes).
    const [probe] = corpus.queries.filter((q) => q.kind === 'crowded');
    if (size <= REFERENCE_CHECK_UP_TO) {
    started = performance.now();
    const reference = corpus.entries.map((entry, i) => ({ entry: i, score: Math.min(99, fuzzyScore(probe!.text, entry)) })).filter((s) => s.score >= MIN_SCORE);
    const referenceTime = ms(started);
    const best = (list: Scored[]) =>
      list
        .map((s) => s.score)
        .sort((a, b) => b - a)
        .slice(0, LIMIT)
        .join(',');
    print(`  check: fuzzyScore over every entry, string by string (${seconds(referenceTime)} for one look-up), gives the same top scores: ${best(reference) === best(scan.top(probe!.text, MIN_SCORE, LIMIT)) ? 'yes' : 'NO'} (${best(reference)})`);
    }
    for (const kind of ['sqlite', 'postgres'] as const) await measureDatabase(kind, corpus, truths, scan, print);
  }
}

const benchmark: Benchmark = { name: 'Translation memory look-up at 100,000 and 1,000,000 entries', run };

export default benchmark;
