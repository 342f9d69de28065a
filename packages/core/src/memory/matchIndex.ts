import { wordScore } from './fuzzyScore.ts';
import { WordLcs } from './wordLcs.ts';

/** A stored source to be found again: its key, its words (`memoryTokens`), when it was written (ms) and whose it is. */
export interface IndexedSource {
  key: number;
  tokens: readonly string[];
  time: number;
  /** The owner a look-up may accept or refuse (a project; 0 for none). */
  owner: number;
}

/** A source the index found: its key, score (99 at most: telling the same text apart is the caller's), time and owner. */
export interface IndexHit {
  key: number;
  score: number;
  time: number;
  owner: number;
}

export interface IndexQuery {
  tokens: readonly string[];
  /** The lowest score worth finding. */
  minScore: number;
  /** At most this many hits: the best, the newest first among equal scores. */
  limit: number;
  /** Whether a source may be found (its key and owner). */
  accept?: (key: number, owner: number) => boolean;
}

/** The arrays an index is made of, to be written out and read back (`snapshot`, `fromSnapshot`). */
export interface MatchIndexSnapshot {
  tokens: string[];
  keys: Float64Array;
  times: Float64Array;
  owners: Int32Array;
  lengths: Int32Array;
  pool: Int32Array;
}

/** The highest score the index tells: the same words (100, the same text, is the caller's to tell). */
const HIGHEST = 99;

/**
 * The fuzzy-match index of one language pair's stored sources: each source's words as numbers,
 * and for each word the sources that hold it. A look-up scores only the sources that share one
 * of the query's rarest words — enough of them that no source reaching the score asked for can
 * hold none: a source of m words scoring s against n words shares at least s·(n + m) / 200 of them
 * in order, so at least ⌈s·n / (200 − s)⌉ whatever m, and cannot miss every word of a set that
 * covers more than the rest — and raises the score asked for as soon as it holds as many
 * hits as wanted, so that fewer words need asking. Every source it scores is scored exactly (the
 * word-level LCS, bit-parallel), so a hit's score is the one `fuzzyScore` gives, and no source that
 * scores higher than the last hit is missed.
 *
 * Sources are added and removed one by one (a removed source's place is reclaimed when half of
 * them are gone); `snapshot` and `fromSnapshot` write it out and read it back without reading the
 * sources again.
 */
export class MatchIndex {
  private readonly numbers = new Map<string, number>();
  private tokens: string[] = [];
  private postings: Int32Array[] = [];
  private postingCounts = new Int32Array(256);
  private keys = new Float64Array(256);
  private times = new Float64Array(256);
  private owners = new Int32Array(256);
  private starts = new Int32Array(256);
  /** Words per slot; 0 for a removed source. */
  private lengths = new Int32Array(256);
  private pool = new Int32Array(4096);
  private poolUsed = 0;
  private slots = 0;
  private removed = 0;
  private readonly slotOf = new Map<number, number>();
  private seen = new Uint32Array(256);
  private generation = 0;
  private maskTable = new Int32Array(256);

  /** How many sources it holds. */
  get size(): number {
    return this.slotOf.size;
  }

  has(key: number): boolean {
    return this.slotOf.has(key);
  }

  /** Adds a source (replacing the one of the same key); a source without words is never found, so not kept. */
  add(source: IndexedSource): void {
    this.remove(source.key);
    const count = source.tokens.length;
    if (count === 0) return;
    const slot = this.slots++;
    this.growSlots(this.slots);
    this.keys[slot] = source.key;
    this.times[slot] = source.time;
    this.owners[slot] = source.owner;
    this.starts[slot] = this.poolUsed;
    this.lengths[slot] = count;
    if (this.poolUsed + count > this.pool.length) this.pool = grown(this.pool, this.poolUsed + count);
    for (const token of source.tokens) {
      const number = this.numberOf(token);
      this.pool[this.poolUsed++] = number;
      const listed = this.postingCounts[number]!;
      let list = this.postings[number]!;
      if (listed > 0 && list[listed - 1] === slot) continue;
      if (listed === list.length) list = this.postings[number] = grown(list, listed + 1);
      list[listed] = slot;
      this.postingCounts[number] = listed + 1;
    }
    this.slotOf.set(source.key, slot);
  }

  remove(key: number): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.lengths[slot] = 0;
    this.slotOf.delete(key);
    this.removed++;
    if (this.removed > 1024 && this.removed * 2 > this.slots) this.compact();
  }

  /** The best sources for a query, best first, the newest first among equal scores. */
  search(query: IndexQuery): IndexHit[] {
    const n = query.tokens.length;
    if (n === 0 || query.limit <= 0) return [];
    const numbers = query.tokens.map((token) => this.numbers.get(token) ?? -1);
    const counts = new Map<number, number>();
    let covered = 0;
    for (const number of numbers) {
      if (number < 0) covered++;
      else counts.set(number, (counts.get(number) ?? 0) + 1);
    }
    const rarestFirst = [...counts.keys()].sort((a, b) => this.postingCounts[a]! - this.postingCounts[b]! || a - b);
    const lcs = new WordLcs(numbers);
    lcs.mark(this.maskTable);
    this.generation = this.generation === 0xffffffff ? (this.seen.fill(0), 1) : this.generation + 1;
    const { generation, seen, lengths, keys, times, owners, starts, pool, maskTable } = this;
    let threshold = Math.min(HIGHEST, Math.max(1, Math.ceil(query.minScore)));
    const hits: IndexHit[] = [];
    for (const number of rarestFirst) {
      // A source scoring `threshold` shares at least `needed` words with the query; one that holds
      // none of the words asked so far cannot, once those cover more than the rest.
      const needed = Math.ceil((threshold * n) / (200 - threshold));
      if (covered > n - needed) break;
      covered += counts.get(number)!;
      const list = this.postings[number]!;
      const count = this.postingCounts[number]!;
      for (let i = 0; i < count; i++) {
        const slot = list[i]!;
        if (seen[slot] === generation) continue;
        seen[slot] = generation;
        const m = lengths[slot]!;
        if (m === 0 || 200 * Math.min(n, m) < threshold * (n + m)) continue;
        if (query.accept && !query.accept(keys[slot]!, owners[slot]!)) continue;
        const score = wordScore(lcs.measure(pool, starts[slot]!, m, maskTable), n, m);
        if (score < threshold) continue;
        const hit = { key: keys[slot]!, score, time: times[slot]!, owner: owners[slot]! };
        let at = hits.length;
        while (at > 0 && before(hit, hits[at - 1]!)) at--;
        if (at >= query.limit) continue;
        hits.splice(at, 0, hit);
        if (hits.length > query.limit) hits.pop();
        if (hits.length === query.limit) threshold = Math.max(threshold, hits[hits.length - 1]!.score);
      }
    }
    lcs.clear(maskTable);
    return hits;
  }

  /** Every source, for a look-up that must not miss any (a measurement's ground truth). */
  *sources(): Generator<{ key: number; tokens: Int32Array }> {
    for (let slot = 0; slot < this.slots; slot++) {
      const m = this.lengths[slot]!;
      if (m > 0) yield { key: this.keys[slot]!, tokens: this.pool.subarray(this.starts[slot]!, this.starts[slot]! + m) };
    }
  }

  /** The number of a word in `sources()`' token arrays (-1: no source holds it). */
  numberOfToken(token: string): number {
    return this.numbers.get(token) ?? -1;
  }

  /** The index's arrays, removed sources left out (views valid until the index changes). */
  snapshot(): MatchIndexSnapshot {
    if (this.removed > 0) this.compact();
    return {
      tokens: this.tokens,
      keys: this.keys.subarray(0, this.slots),
      times: this.times.subarray(0, this.slots),
      owners: this.owners.subarray(0, this.slots),
      lengths: this.lengths.subarray(0, this.slots),
      pool: this.pool.subarray(0, this.poolUsed),
    };
  }

  static fromSnapshot(snapshot: MatchIndexSnapshot): MatchIndex {
    const index = new MatchIndex();
    const slots = snapshot.keys.length;
    index.tokens = [...snapshot.tokens];
    index.tokens.forEach((token, number) => index.numbers.set(token, number));
    index.slots = slots;
    index.growSlots(slots);
    index.keys.set(snapshot.keys);
    index.times.set(snapshot.times);
    index.owners.set(snapshot.owners);
    index.lengths.set(snapshot.lengths);
    index.pool = grown(new Int32Array(0), snapshot.pool.length);
    index.pool.set(snapshot.pool);
    index.poolUsed = snapshot.pool.length;
    let start = 0;
    for (let slot = 0; slot < slots; slot++) {
      index.starts[slot] = start;
      start += index.lengths[slot]!;
      index.slotOf.set(index.keys[slot]!, slot);
    }
    if (start !== snapshot.pool.length || snapshot.times.length !== slots || snapshot.owners.length !== slots || snapshot.lengths.length !== slots) {
      throw new Error('The index snapshot is inconsistent.');
    }
    index.indexWords();
    return index;
  }

  private numberOf(token: string): number {
    let number = this.numbers.get(token);
    if (number === undefined) {
      number = this.tokens.length;
      this.tokens.push(token);
      this.numbers.set(token, number);
      this.growTokens(this.tokens.length);
      this.postings[number] = new Int32Array(2);
    }
    return number;
  }

  /** Keeps only the sources that are still there, and indexes their words again. */
  private compact(): void {
    let slots = 0;
    let poolUsed = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      const m = this.lengths[slot]!;
      if (m === 0) continue;
      this.pool.copyWithin(poolUsed, this.starts[slot]!, this.starts[slot]! + m);
      this.keys[slots] = this.keys[slot]!;
      this.times[slots] = this.times[slot]!;
      this.owners[slots] = this.owners[slot]!;
      this.lengths[slots] = m;
      this.starts[slots] = poolUsed;
      this.slotOf.set(this.keys[slots]!, slots);
      poolUsed += m;
      slots++;
    }
    this.slots = slots;
    this.poolUsed = poolUsed;
    this.removed = 0;
    this.indexWords();
  }

  /** Makes every word's list of sources from the sources' words (each source once per word). */
  private indexWords(): void {
    const words = this.tokens.length;
    this.growTokens(words);
    const counts = new Int32Array(words);
    const last = new Int32Array(words).fill(-1);
    const eachWord = (visit: (number: number, slot: number) => void) => {
      for (let slot = 0; slot < this.slots; slot++) {
        const start = this.starts[slot]!;
        for (let i = start; i < start + this.lengths[slot]!; i++) {
          const number = this.pool[i]!;
          if (last[number] === slot) continue;
          last[number] = slot;
          visit(number, slot);
        }
      }
    };
    eachWord((number) => counts[number]!++);
    this.postings = Array.from({ length: words }, (_, number) => new Int32Array(counts[number]! + Math.max(2, counts[number]! >>> 3)));
    this.postingCounts.fill(0);
    last.fill(-1);
    eachWord((number, slot) => {
      this.postings[number]![this.postingCounts[number]!++] = slot;
    });
  }

  private growSlots(need: number): void {
    if (need <= this.keys.length) return;
    this.keys = grown(this.keys, need);
    this.times = grown(this.times, need);
    this.owners = grown(this.owners, need);
    this.starts = grown(this.starts, need);
    this.lengths = grown(this.lengths, need);
    this.seen = grown(this.seen, need);
  }

  private growTokens(need: number): void {
    if (need > this.postingCounts.length) this.postingCounts = grown(this.postingCounts, need);
    if (need > this.maskTable.length) this.maskTable = grown(this.maskTable, need);
  }
}

/** Whether `a` ranks before `b`: the higher score, then the newer, then the higher key. */
function before(a: IndexHit, b: IndexHit): boolean {
  return a.score !== b.score ? a.score > b.score : a.time !== b.time ? a.time > b.time : a.key > b.key;
}

type Growable = Int32Array | Uint32Array | Float64Array;

/** A copy of `array` with room for at least `need` items (twice the room, at least). */
function grown<T extends Growable>(array: T, need: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(need, array.length * 2, 16));
  bigger.set(array);
  return bigger;
}
