/**
 * The length of the longest common subsequence of two token sequences, bit-parallel (Hyyrö's
 * algorithm): the query's tokens are bits of a few 32-bit words; each token of the other
 * sequence costs one add and a few masks per word, whatever the length of the query. This is
 * what a memory look-up computes for every candidate it scores, so it works on token numbers.
 */
export class WordLcs {
  /** Bits per query token: where in the query each of its distinct tokens stands. */
  private readonly masks: Int32Array;
  /** 32-bit words per mask. */
  private readonly width: number;
  /** Where a token's mask starts in `masks`, by token number (0: a token the query does not hold). */
  private readonly maskOf: Map<number, number>;
  private readonly state: Int32Array;
  readonly length: number;

  /** `query`: the query's token numbers (any non-negative integers). */
  constructor(query: ArrayLike<number>) {
    this.length = query.length;
    this.width = Math.max(1, Math.ceil(query.length / 32));
    this.maskOf = new Map();
    const distinct = new Set(Array.from(query));
    this.masks = new Int32Array((distinct.size + 1) * this.width);
    let next = this.width;
    for (let i = 0; i < query.length; i++) {
      const token = query[i]!;
      let at = this.maskOf.get(token);
      if (at === undefined) {
        at = next;
        next += this.width;
        this.maskOf.set(token, at);
      }
      this.masks[at + (i >>> 5)]! |= 1 << (i & 31);
    }
    this.state = new Int32Array(this.width);
  }

  /**
   * Writes into `table` (indexed by token number, zero elsewhere) where each query token's mask
   * starts, for `measure` to read; `clear` puts the zeros back.
   */
  mark(table: Int32Array): void {
    for (const [token, at] of this.maskOf) if (token >= 0 && token < table.length) table[token] = at;
  }

  clear(table: Int32Array): void {
    for (const token of this.maskOf.keys()) if (token >= 0 && token < table.length) table[token] = 0;
  }

  /** The LCS of the query and `tokens[from, from + count)`, `table` marked by `mark`. */
  measure(tokens: ArrayLike<number>, from: number, count: number, table: Int32Array): number {
    const { masks, width, length } = this;
    if (width === 1) {
      let v = -1;
      for (let i = from; i < from + count; i++) {
        const u = v & masks[table[tokens[i]!]!]!;
        v = ((v + u) | (v & ~u)) | 0;
      }
      return popcount(~v & lowBits(length));
    }
    const state = this.state;
    state.fill(-1);
    for (let i = from; i < from + count; i++) {
      const at = table[tokens[i]!]!;
      if (at === 0) continue;
      let carry = 0;
      for (let w = 0; w < width; w++) {
        const v = state[w]!;
        const u = v & masks[at + w]!;
        const sum = (v >>> 0) + (u >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        state[w] = (sum | 0) | (v & ~u);
      }
    }
    let common = 0;
    for (let w = 0; w < width; w++) {
      const bits = w === width - 1 ? lowBits(length - 32 * w) : -1;
      common += popcount(~state[w]! & bits);
    }
    return common;
  }
}

/** The `n` lowest bits set (n ≤ 32). */
function lowBits(n: number): number {
  return n >= 32 ? -1 : (1 << n) - 1;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
