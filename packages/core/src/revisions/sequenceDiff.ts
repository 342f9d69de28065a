/** Edit distance beyond which the exact diff gives way to a greedy one (bounds time and memory). */
const MAX_EDIT_DISTANCE = 4000;

/**
 * Matches equal elements of two sequences in order, as index pairs: the longest common
 * subsequence (Myers' O((N+M)·D) algorithm) when the sequences are close, a greedy in-order
 * match when they are far apart.
 */
export function matchSequences(a: readonly string[], b: readonly string[]): [number, number][] {
  // Common prefix and suffix first: the usual revision touches a few places.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const middle = myers(a.slice(start, endA), b.slice(start, endB)) ?? greedy(a.slice(start, endA), b.slice(start, endB));
  for (const [i, j] of middle) pairs.push([i + start, j + start]);
  for (let i = endA, j = endB; i < a.length; i++, j++) pairs.push([i, j]);
  return pairs;
}

interface Frontier {
  base: number;
  xs: Int32Array;
}

function myers(a: readonly string[], b: readonly string[]): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const size = 2 * (n + m) + 3;
  const offset = n + m + 1;
  const v = new Int32Array(size);
  const trace: Frontier[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push({ base: offset - d - 1, xs: v.slice(offset - d - 1, offset + d + 2) });
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return null;
  const at = (f: Frontier, k: number) => f.xs[offset + k - f.base]!;
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const f = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(f, k - 1) < at(f, k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(f, prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) pairs.push([--x, --y]);
  return pairs.reverse();
}

/** In-order matching by next occurrence: linear, not always the longest, used for very different sequences. */
function greedy(a: readonly string[], b: readonly string[]): [number, number][] {
  const positions = new Map<string, number[]>();
  for (const [j, key] of b.entries()) {
    const list = positions.get(key);
    if (list) list.push(j);
    else positions.set(key, [j]);
  }
  const cursor = new Map<string, number>();
  const pairs: [number, number][] = [];
  let lastJ = -1;
  for (const [i, key] of a.entries()) {
    const list = positions.get(key);
    if (!list) continue;
    let c = cursor.get(key) ?? 0;
    while (c < list.length && list[c]! <= lastJ) c++;
    cursor.set(key, c);
    if (c < list.length) {
      lastJ = list[c]!;
      pairs.push([i, lastJ]);
      cursor.set(key, c + 1);
    }
  }
  return pairs;
}
