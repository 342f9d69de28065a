import { matchSequences } from './sequenceDiff.ts';
import { tokenize } from './textDiff.ts';

/** One unit of the revision in force, in reading order. */
export interface OldUnit {
  id: number;
  text: string;
}

export type Alignment =
  /** The same text (up to whitespace): the unit and its translations carry over as they are. */
  | { kind: 'kept'; oldId: number; newIndex: number }
  /** Only typography changed (quotes, dashes, spaces): the source is updated, translations keep their state. */
  | { kind: 'retouched'; oldId: number; newIndex: number }
  /** Reworded: translations carry over, to be reviewed against the new source. */
  | { kind: 'edited'; oldId: number; newIndex: number; similarity: number }
  | { kind: 'added'; newIndex: number };

export interface RevisionAlignment {
  /** One entry per unit of the new revision, in its order. */
  units: Alignment[];
  /** Units of the revision in force that the new one no longer has. */
  retired: number[];
}

/** Texts at least this similar (Dice coefficient over words) count as one unit reworded. */
export const EDIT_SIMILARITY = 0.5;
/** Gaps larger than this are not searched for rewordings (bounded work on wholesale rewrites). */
const MAX_GAP = 400;

const exactKey = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The text with typography folded away: what stays when only quotes, dashes and spaces change. */
export function typographyKey(text: string): string {
  return exactKey(
    text
      .normalize('NFKC')
      .replace(/[‘’‚‛′`´]/gu, "'")
      .replace(/[“”„‟″«»]/gu, '"')
      .replace(/[‐‑‒–—―−]/gu, '-')
      .replace(/\s*-\s*/gu, ' - ')
      .replace(/…/gu, '...'),
  ).toLowerCase();
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(typographyKey(text))) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  let total = 0;
  for (const [w, n] of wa) {
    shared += Math.min(n, wb.get(w) ?? 0);
    total += n;
  }
  for (const n of wb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Aligns the units of a new source revision with those in force: equal texts first (in order,
 * as a diff does), then typography-only changes, then rewordings paired by similarity inside the
 * gaps the equal texts leave; the rest are added or retired.
 */
export function alignRevisions(old: readonly OldUnit[], next: readonly string[]): RevisionAlignment {
  const units: (Alignment | undefined)[] = Array.from({ length: next.length }, () => undefined);
  const oldTaken = new Array<boolean>(old.length).fill(false);
  const take = (i: number, j: number, kind: 'kept' | 'retouched') => {
    units[j] = { kind, oldId: old[i]!.id, newIndex: j };
    oldTaken[i] = true;
  };

  for (const [i, j] of matchSequences(old.map((u) => exactKey(u.text)), next.map(exactKey))) take(i, j, 'kept');
  matchInGaps(old, next, units, oldTaken, (oi, nj) => {
    const a = oi.map((i) => typographyKey(old[i]!.text));
    const b = nj.map((j) => typographyKey(next[j]!));
    for (const [x, y] of matchSequences(a, b)) take(oi[x]!, nj[y]!, 'retouched');
  });
  matchInGaps(old, next, units, oldTaken, (oi, nj) => {
    if (oi.length > MAX_GAP || nj.length > MAX_GAP) return;
    for (const [x, y, s] of bestOrderedPairs(oi.map((i) => old[i]!.text), nj.map((j) => next[j]!))) {
      units[nj[y]!] = { kind: 'edited', oldId: old[oi[x]!]!.id, newIndex: nj[y]!, similarity: s };
      oldTaken[oi[x]!] = true;
    }
  });

  return {
    units: units.map((u, j) => u ?? { kind: 'added', newIndex: j }),
    retired: old.filter((_, i) => !oldTaken[i]).map((u) => u.id),
  };
}

/** Calls `match` for each stretch of unmatched old and new units that lies between two matched pairs. */
function matchInGaps(
  old: readonly OldUnit[],
  next: readonly string[],
  units: (Alignment | undefined)[],
  oldTaken: boolean[],
  match: (oldIndices: number[], newIndices: number[]) => void,
): void {
  const oldIndexOf = new Map(old.map((u, i) => [u.id, i]));
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    const oi: number[] = [];
    const nj: number[] = [];
    while (j < next.length && units[j] === undefined) nj.push(j++);
    // The old units before the next matched one belong to this gap.
    const anchor = j < next.length ? oldIndexOf.get((units[j] as { oldId: number }).oldId)! : old.length;
    for (; i < anchor; i++) if (!oldTaken[i]) oi.push(i);
    if (oi.length > 0 && nj.length > 0) match(oi, nj);
    i = anchor + 1;
    j++;
  }
}

/** The in-order pairing of the two lists that maximises total similarity, pairs under the threshold excluded. */
function bestOrderedPairs(a: string[], b: string[]): [number, number, number][] {
  const sim = a.map((x) => b.map((y) => similarity(x, y)));
  const score = Array.from({ length: a.length + 1 }, () => new Float64Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const s = sim[i - 1]![j - 1]!;
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, s >= EDIT_SIMILARITY ? score[i - 1]![j - 1]! + s : -1);
    }
  }
  const pairs: [number, number, number][] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    const s = sim[i - 1]![j - 1]!;
    if (s >= EDIT_SIMILARITY && score[i]![j] === score[i - 1]![j - 1]! + s) {
      pairs.push([i - 1, j - 1, s]);
      i--;
      j--;
    } else if (score[i]![j] === score[i - 1]![j]) i--;
    else j--;
  }
  return pairs.reverse();
}
