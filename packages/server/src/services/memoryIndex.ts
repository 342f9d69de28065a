import { randomUUID } from 'node:crypto';
import { MatchIndex, memoryTokens, TYPOGRAPHY_SCORE, type IndexHit, type MatchIndexSnapshot } from '@tessera/core';
import type { Db } from '../db/schema.ts';
import {
  changesAfter,
  entrySources,
  everySource,
  knowsSnapshot,
  lastChange,
  recordSnapshot,
  translationSources,
  type MemoryChange,
  type MemorySource,
  type SeqRange,
} from '../repositories/memoryChanges.ts';
import { readIndexFile, writeIndexFile } from './memoryIndexFile.ts';

/** Changes read from the log at a time. */
const CHANGES = 5000;
/** How long a change the log numbered but nobody committed may still come (a long import's transaction). */
const GAP_PATIENCE_MS = 15 * 60_000;
/** At most this many such ranges are watched (the oldest are given up first). */
const MAX_GAPS = 64;
/** The index is written to its file after this many changes, or this long after the first unwritten one. */
const WRITE_AFTER_CHANGES = 50_000;
const WRITE_AFTER_MS = 10 * 60_000;

/** A source the index found: an imported entry or the approved translation of a unit into `lang`. */
export interface MemoryHit extends IndexHit {
  kind: 'entry' | 'translation';
  ref: number;
  lang: string;
}

export interface MemorySearch {
  text: string;
  sourceLang: string;
  lang: string;
  minScore: number;
  limit: number;
  /** Whether the approved translations of a project may be offered (imported entries always may). */
  project: (projectId: number) => boolean;
  /** A unit whose own translation is not a match for itself. */
  exceptUnitId?: number;
}

// An entry and a unit's translation share a language pair's index: even keys are entries, odd keys units.
const entryKey = (id: number) => id * 2;
const translationKey = (unitId: number) => unitId * 2 + 1;

/** `tag` itself or a variant of it (`en` takes `en-US`). */
const within = (tag: string, lang: string) => tag === lang || tag.startsWith(`${lang}-`);

/**
 * The translation memory's index, kept in this server's memory: one `MatchIndex` per language
 * pair of every imported entry and every approved translation the memory offers. It follows the
 * database's change log (`memory_changes`, written by triggers): before each look-up it applies the
 * changes it has not seen, so an approval made here or on another server is a match at once.
 * With a folder it is written to a file there (when the server stops, and every so many changes)
 * and read back at start, so that only the changes since are read again.
 */
export class MemoryIndex {
  private readonly pairs = new Map<string, MatchIndex>();
  private last = 0;
  private gaps: (SeqRange & { seen: number })[] = [];
  private loading: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private unwritten = 0;
  private firstUnwritten = 0;
  private writing: Promise<void> | null = null;
  private fileToken: string | null = null;
  /** How the index was made when it was loaded: read from its file, or from every stored source. */
  startedFrom: 'file' | 'sources' | null = null;

  constructor(
    private readonly db: Db,
    private readonly folder: string | null,
  ) {}

  /** How many sources it holds. */
  get size(): number {
    let size = 0;
    for (const index of this.pairs.values()) size += index.size;
    return size;
  }

  /** Brings the index up to date with the database (reading it first, from its file or whole). */
  async catchUp(): Promise<void> {
    this.loading ??= this.load();
    await this.loading;
    if (this.running) {
      this.queued ??= this.running.then(() => {
        this.queued = null;
        return this.run();
      });
      return this.queued;
    }
    return this.run();
  }

  async search(query: MemorySearch): Promise<MemoryHit[]> {
    await this.catchUp();
    return this.searchNow(query);
  }

  /**
   * The hits as the index stands, without reading the log first, and the last change it holds —
   * for a caller that reads the log's last number beside the matches and asks again (`search`)
   * when the database is further on. Null while it waits for changes numbered but not committed.
   */
  async searchAsItStands(query: MemorySearch): Promise<{ hits: MemoryHit[]; holds: number } | null> {
    this.loading ??= this.load();
    await this.loading;
    if (this.gaps.length > 0 || this.running) return null;
    return { hits: this.searchNow(query), holds: this.last };
  }

  /**
   * A test of whether the memory holds a source of the same words as a text, in any project or
   * file of the language pair (so whether a 100% match can exist at all): the index brought up to
   * date once, then asked without reading the database.
   */
  async sameWords(sourceLang: string, lang: string): Promise<(text: string) => boolean> {
    await this.catchUp();
    return (text) => this.searchNow({ text, sourceLang, lang, minScore: TYPOGRAPHY_SCORE, limit: 1, project: () => true }).length > 0;
  }

  private searchNow(query: MemorySearch): MemoryHit[] {
    const tokens = memoryTokens(query.text);
    const except = query.exceptUnitId === undefined ? -1 : translationKey(query.exceptUnitId);
    const accept = (key: number, owner: number) => key !== except && (key % 2 === 0 || query.project(owner));
    const hits: MemoryHit[] = [];
    for (const [pair, index] of this.pairs) {
      const [sourceLang, lang] = pair.split('>') as [string, string];
      if (!within(sourceLang, query.sourceLang) || !within(lang, query.lang)) continue;
      for (const hit of index.search({ tokens, minScore: query.minScore, limit: query.limit, accept })) {
        hits.push({ ...hit, kind: hit.key % 2 === 0 ? 'entry' : 'translation', ref: Math.floor(hit.key / 2), lang });
      }
    }
    return hits.sort((a, b) => b.score - a.score || b.time - a.time || b.key - a.key).slice(0, query.limit);
  }

  /** Writes the index to its file (when it has a folder and something changed since). */
  async write(): Promise<void> {
    if (!this.folder || !this.loading) return;
    await this.loading;
    this.writing ??= this.writeFile().finally(() => (this.writing = null));
    return this.writing;
  }

  private async writeFile(): Promise<void> {
    if (!this.folder || (this.unwritten === 0 && this.fileToken !== null)) return;
    const token = randomUUID();
    const last = this.last;
    const unwritten = this.unwritten;
    // Copies, taken at once: look-ups go on changing the index while the file is written.
    const pairs = [...this.pairs].map(([pair, index]) => ({ pair, index: copyOf(index.snapshot()) }));
    await writeIndexFile(this.folder, { token, last, gaps: [...this.gaps], pairs });
    await recordSnapshot(this.db, token, last, this.fileToken);
    this.fileToken = token;
    this.unwritten -= unwritten;
  }

  private async load(): Promise<void> {
    const file = this.folder ? await readIndexFile(this.folder).catch(() => null) : null;
    if (file && (await knowsSnapshot(this.db, file.token, file.last))) {
      for (const { pair, index } of file.pairs) this.pairs.set(pair, MatchIndex.fromSnapshot(index));
      this.last = file.last;
      this.gaps = file.gaps;
      this.fileToken = file.token;
      this.startedFrom = 'file';
      return;
    }
    // Every source, read after the log's position: what changes meanwhile is read again from the
    // log, from a little before that position (changes numbered then but not yet committed).
    this.last = Math.max(0, (await lastChange(this.db)) - CHANGES);
    for await (const sources of everySource(this.db)) for (const source of sources) this.add(source);
    this.startedFrom = 'sources';
    this.unwritten = this.size;
    this.firstUnwritten = Date.now();
    if (this.folder) void this.write().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const done = this.apply();
    this.running = done;
    try {
      await done;
    } finally {
      if (this.running === done) this.running = null;
    }
  }

  private async apply(): Promise<void> {
    const now = Date.now();
    this.gaps = this.gaps.filter((gap) => now - gap.seen < GAP_PATIENCE_MS).slice(-MAX_GAPS);
    for (;;) {
      const changes = await changesAfter(this.db, this.last, this.gaps, CHANGES);
      if (changes.length === 0) break;
      for (const { seq } of changes) this.see(seq, now);
      await this.refresh(changes);
      this.unwritten += changes.length;
      this.firstUnwritten ||= now;
      if (changes.length < CHANGES) break;
    }
    if (this.folder && this.unwritten > 0 && (this.unwritten >= WRITE_AFTER_CHANGES || now - this.firstUnwritten >= WRITE_AFTER_MS)) {
      this.firstUnwritten = 0;
      void this.write().catch(() => undefined);
    }
  }

  /** Notes that change `seq` was read: past the last one, the numbers skipped are gaps that may still come. */
  private see(seq: number, now: number): void {
    if (seq > this.last) {
      if (seq > this.last + 1) this.gaps.push({ from: this.last + 1, to: seq - 1, seen: now });
      this.last = seq;
      return;
    }
    const at = this.gaps.findIndex((gap) => gap.from <= seq && seq <= gap.to);
    if (at < 0) return;
    const gap = this.gaps[at]!;
    const rest = [
      { ...gap, to: seq - 1 },
      { ...gap, from: seq + 1 },
    ].filter((g) => g.from <= g.to);
    this.gaps.splice(at, 1, ...rest);
  }

  /** Reads the changed entries and translations as they are now: each is removed, then added again if the memory still offers it. */
  private async refresh(changes: readonly MemoryChange[]): Promise<void> {
    const entries = new Set<number>();
    const translations = new Map<string, Set<number>>();
    for (const change of changes) {
      if (change.kind === 'entry') entries.add(change.ref);
      else translations.set(change.lang, (translations.get(change.lang) ?? new Set()).add(change.ref));
    }
    const found: MemorySource[] = [];
    for (const ids of chunks([...entries])) found.push(...(await entrySources(this.db, ids)));
    for (const [lang, units] of translations) for (const ids of chunks([...units])) found.push(...(await translationSources(this.db, lang, ids)));
    for (const index of this.pairs.values()) for (const id of entries) index.remove(entryKey(id));
    for (const [pair, index] of this.pairs) {
      const units = translations.get(pair.slice(pair.indexOf('>') + 1));
      if (units) for (const unit of units) index.remove(translationKey(unit));
    }
    for (const source of found) this.add(source);
  }

  private add(source: MemorySource): void {
    const pair = `${source.sourceLang}>${source.targetLang}`;
    let index = this.pairs.get(pair);
    if (!index) this.pairs.set(pair, (index = new MatchIndex()));
    const key = source.kind === 'entry' ? entryKey(source.ref) : translationKey(source.ref);
    index.add({ key, tokens: memoryTokens(source.text), time: source.time, owner: source.project });
  }
}

function copyOf(snapshot: MatchIndexSnapshot): MatchIndexSnapshot {
  const { tokens, keys, times, owners, lengths, pool } = snapshot;
  return { tokens: [...tokens], keys: keys.slice(), times: times.slice(), owners: owners.slice(), lengths: lengths.slice(), pool: pool.slice() };
}

/** Slices of at most 500 ids: one query each, under both databases' parameter limits. */
function chunks(ids: number[]): number[][] {
  const slices: number[][] = [];
  for (let i = 0; i < ids.length; i += 500) slices.push(ids.slice(i, i + 500));
  return slices;
}

// One index per database: a transaction's `Db` shares its database's adapter, so it finds the same index.
const indexes = new WeakMap<object, MemoryIndex>();

/** The memory index of a database (made, without a file, at its first use unless `keepMemoryIndex` made it). */
export function memoryIndexOf(db: Db): MemoryIndex {
  const key = db.getExecutor().adapter;
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = new MemoryIndex(db, null)));
  return index;
}

/**
 * Gives a database's memory index a folder for its file; `warm`: starts reading it now (a server,
 * whose first look-up then need not wait), else at the first look-up (a command).
 */
export function keepMemoryIndex(db: Db, folder: string, { warm }: { warm: boolean }): MemoryIndex {
  const index = new MemoryIndex(db, folder);
  indexes.set(db.getExecutor().adapter, index);
  if (warm) void index.catchUp().catch(() => undefined);
  return index;
}
