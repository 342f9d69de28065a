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

/**
 * After the words a look-up must read, the next rarest are read too, while their list is no
 * longer than what is read already, up to this many more positions of the query: each makes the
 * overlap a source needs to be scored one higher, and reading a list costs far less than scoring.
 */
const EXTRA_POSITIONS = 3;

/** A list's entry: the source's slot, and its length in the low bits (LONG: that long or longer). */
const LENGTH_BITS = 6;
const LONG = (1 << LENGTH_BITS) - 1;
/**
 * Sources are listed per word by length band, so that a look-up reads only the bands of the
 * lengths that can reach its score (a 40-word query skips every short sentence). Each band's first
 * length; the last holds LONG words and more.
 */
const BAND_STARTS = [1, 6, 9, 12, 15, 19, 24, 30, 38, 48] as const;
const BANDS = BAND_STARTS.length;
const BAND_OF = Int8Array.from({ length: LONG + 1 }, (_, length) => Math.max(0, BAND_STARTS.findLastIndex((start) => start <= length)));
const bandOf = (length: number) => BAND_OF[Math.min(length, LONG)]!;

/** Slots a list's entry can name. */
const MAX_SLOTS = 2 ** (31 - LENGTH_BITS);
const posting = (slot: number, length: number) => (slot << LENGTH_BITS) | Math.min(length, LONG);

/** The highest score the index tells: the same words (100, the same text, is the caller's to tell). */
const HIGHEST = 99;

/**
 * The fuzzy-match index of one language pair's stored sources: each source's words as numbers,
 * and for each word the sources that hold it. A look-up scores only the sources that share one
 * of the query's rarest words — enough of them that no source reaching the score asked for can
 * hold none: a source of m words scoring s against n words shares at least s·(n + m) / 200 of them
 * in order, so at least ⌈s·n / (200 − s)⌉ whatever m, and cannot miss every word of a set that
 * covers more than the rest. It reads a few more lists than that when they are short, counts for
 * each source how many of the query's words it holds in the lists read (sources of a length that
 * cannot reach the score are skipped as the lists are read: each entry of a list carries its
 * source's length), and scores, from the largest count down, only the sources whose count and
 * the words not read could still reach the score — raised to the last hit's as soon as it holds as
 * many hits as wanted. Every source it scores is scored exactly (the word-level LCS, bit-parallel),
 * so a hit's score is the one `fuzzyScore` gives, and no source scoring higher than the last hit is
 * missed.
 *
 * Sources are added and removed one by one (a removed source's place is reclaimed when half of
 * them are gone); `snapshot` and `fromSnapshot` write it out and read it back without reading the
 * sources again.
 */
export class MatchIndex {
  private readonly numbers = new Map<string, number>();
  private tokens: string[] = [];
  /** Each word's sources, in lists by length band: the list of word w and band b is `w × BANDS + b`. */
  private postings: (Int32Array | undefined)[] = [];
  private postingCounts = new Int32Array(256 * BANDS);
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
  /** Per slot, for the look-up under way: its number (high 16 bits) and the source's overlap with the query (low 16 bits). */
  private tally = new Uint32Array(256);
  private touched = new Int32Array(256);
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
    const band = bandOf(count);
    const entry = posting(slot, count);
    for (const token of source.tokens) {
      const number = this.numberOf(token);
      this.pool[this.poolUsed++] = number;
      const at = number * BANDS + band;
      const listed = this.postingCounts[at]!;
      let list = this.postings[at] ?? (this.postings[at] = new Int32Array(2));
      if (listed > 0 && list[listed - 1] === entry) continue;
      if (listed === list.length) list = this.postings[at] = grown(list, listed + 1);
      list[listed] = entry;
      this.postingCounts[at] = listed + 1;
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
    // Each distinct word of the query, with how many of its positions it takes; unknown words are in no list.
    const positions = new Map<number, number>();
    let unknown = 0;
    for (const number of numbers) {
      if (number < 0) unknown++;
      else positions.set(number, (positions.get(number) ?? 0) + 1);
    }
    let threshold = Math.min(HIGHEST, Math.max(1, Math.ceil(query.minScore)));
    const needed = () => Math.ceil((threshold * n) / (200 - threshold));
    // The lengths a source may have and still score `threshold`: only the bands that hold them are read.
    const shortest = needed();
    const longest = Math.floor(((200 - threshold) * n) / threshold);
    const firstBand = bandOf(shortest);
    const lastBand = bandOf(Math.min(longest, LONG));
    const { postingCounts } = this;
    const frequency = new Map<number, number>();
    for (const number of positions.keys()) {
      let sources = 0;
      for (let band = firstBand; band <= lastBand; band++) sources += postingCounts[number * BANDS + band]!;
      frequency.set(number, sources);
    }
    const rarestFirst = [...positions.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b);

    // The words whose lists are read: the rarest, covering more positions than a source that scores
    // `threshold` can miss; then the next ones too while their lists are short next to what is read.
    let covered = unknown;
    let read = 0;
    let taken = 0;
    for (; taken < rarestFirst.length && covered <= n - needed(); taken++) {
      covered += positions.get(rarestFirst[taken]!)!;
      read += frequency.get(rarestFirst[taken]!)!;
    }
    const least = covered;
    for (; taken < rarestFirst.length && covered - least < EXTRA_POSITIONS && frequency.get(rarestFirst[taken]!)! <= read; taken++) {
      covered += positions.get(rarestFirst[taken]!)!;
      read += frequency.get(rarestFirst[taken]!)!;
    }
    const unread = n - covered;

    // For each source in those lists: how many of the query's positions its words there can match.
    this.generation = this.generation === 0xffff ? (this.tally.fill(0), 1) : this.generation + 1;
    const { generation, tally, lengths } = this;
    const stamp = generation * 0x10000;
    if (this.touched.length < read) this.touched = grown(this.touched, read);
    const touched = this.touched;
    let touchedCount = 0;
    for (let w = 0; w < taken; w++) {
      const number = rarestFirst[w]!;
      const weight = positions.get(number)!;
      for (let band = firstBand; band <= lastBand; band++) {
        const list = this.postings[number * BANDS + band];
        const count = postingCounts[number * BANDS + band]!;
        for (let i = 0; i < count; i++) {
          const entry = list![i]!;
          // A band's edges may hold lengths out of reach (a list holds each source's length, up to LONG).
          const length = entry & LONG;
          if (length < shortest || (length > longest && length < LONG)) continue;
          const slot = entry >>> LENGTH_BITS;
          const value = tally[slot]!;
          if (value >>> 16 === generation) tally[slot] = value + weight;
          else {
            tally[slot] = stamp + weight;
            touched[touchedCount++] = slot;
          }
        }
      }
    }

    // Scored from the largest overlap down, so that the bar rises early; a source shares at most
    // its overlap and the unread positions, and once that is short of the bar, so are the rest.
    const { order, count: candidates } = byOverlap(touched, touchedCount, tally, covered - unknown, needed() - unread);
    const lcs = new WordLcs(numbers);
    lcs.mark(this.maskTable);
    const { keys, times, owners, starts, pool, maskTable } = this;
    const hits: IndexHit[] = [];
    for (let i = 0; i < candidates; i++) {
      const slot = order[i]!;
      const most = Math.min(n, (tally[slot]! & 0xffff) + unread);
      if (most < needed()) break;
      const m = lengths[slot]!;
      if (m === 0 || wordScore(Math.min(most, m), n, m) < threshold) continue;
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
    lcs.clear(maskTable);
    return hits;
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
    const counts = new Int32Array(words * BANDS);
    const last = new Int32Array(words).fill(-1);
    const eachWord = (visit: (at: number, slot: number) => void) => {
      for (let slot = 0; slot < this.slots; slot++) {
        const start = this.starts[slot]!;
        const band = bandOf(this.lengths[slot]!);
        for (let i = start; i < start + this.lengths[slot]!; i++) {
          const number = this.pool[i]!;
          if (last[number] === slot) continue;
          last[number] = slot;
          visit(number * BANDS + band, slot);
        }
      }
    };
    eachWord((at) => counts[at]!++);
    this.postings = Array.from({ length: words * BANDS }, (_, at) => (counts[at]! > 0 ? new Int32Array(counts[at]! + Math.max(2, counts[at]! >>> 3)) : undefined));
    this.postingCounts.fill(0);
    last.fill(-1);
    eachWord((at, slot) => {
      this.postings[at]![this.postingCounts[at]!++] = posting(slot, this.lengths[slot]!);
    });
  }

  private growSlots(need: number): void {
    if (need <= this.keys.length) return;
    if (need > MAX_SLOTS) throw new Error(`A memory index holds at most ${MAX_SLOTS} sources.`);
    this.keys = grown(this.keys, need);
    this.times = grown(this.times, need);
    this.owners = grown(this.owners, need);
    this.starts = grown(this.starts, need);
    this.lengths = grown(this.lengths, need);
    this.tally = grown(this.tally, need);
  }

  private growTokens(need: number): void {
    if (need * BANDS > this.postingCounts.length) this.postingCounts = grown(this.postingCounts, need * BANDS);
    if (need > this.maskTable.length) this.maskTable = grown(this.maskTable, need);
  }
}

/**
 * The first `count` of `slots` whose overlap (low 16 bits of `tally`) is `least` or more, the
 * largest first (a counting sort: overlaps are at most `most`).
 */
function byOverlap(slots: Int32Array, count: number, tally: Uint32Array, most: number, least: number): { order: Int32Array; count: number } {
  const floor = Math.max(0, least);
  const starts = new Int32Array(most + 2);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const overlap = tally[slots[i]!]! & 0xffff;
    if (overlap < floor) continue;
    starts[most - overlap + 1]!++;
    kept++;
  }
  for (let v = 1; v < starts.length; v++) starts[v]! += starts[v - 1]!;
  const order = new Int32Array(kept);
  for (let i = 0; i < count; i++) {
    const overlap = tally[slots[i]!]! & 0xffff;
    if (overlap >= floor) order[starts[most - overlap]!++] = slots[i]!;
  }
  return { order, count: kept };
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
