import type { MatchKind } from './matchKind.ts';
import { memoryTokens } from './tokens.ts';

/** The lines of a leverage report, the most useful first. */
export const LEVERAGE_BANDS = ['context', 'exact', 'repetition', '95', '85', '75', 'none'] as const;
export type LeverageBand = (typeof LEVERAGE_BANDS)[number];

/** The fuzzy bands: a match of at least this score falls in it. */
const FUZZY_BANDS: readonly [LeverageBand, number][] = [
  ['95', 95],
  ['85', 85],
  ['75', 75],
];
/** The lowest score a leverage report counts. */
export const MIN_LEVERAGE_SCORE = 75;

/** One unit to translate: its source text, and the best match the memory has for it (null: none of 75 or more). */
export interface LeverageUnit {
  source: string;
  best: { kind: MatchKind; score: number } | null;
}

export interface LeverageLine {
  band: LeverageBand;
  units: number;
  words: number;
}

/** The words of a source, as the memory counts them when it scores matches. */
export const wordCount = (text: string) => memoryTokens(text).length;

/**
 * Where one unit falls: a context or exact match first; else a `repetition` when an earlier unit
 * of the same document has the same source (translated once, it serves both); else the band of its
 * best fuzzy match; else `none`.
 */
function bandOf(unit: LeverageUnit, repeated: boolean): LeverageBand {
  if (unit.best?.kind === 'context' || unit.best?.kind === 'exact') return unit.best.kind;
  if (repeated) return 'repetition';
  const score = unit.best?.score ?? 0;
  return FUZZY_BANDS.find(([, min]) => score >= min)?.[0] ?? 'none';
}

/** How much of a document (its units in reading order) the memory already translates: units and words per band, every band listed. */
export function leverageOf(units: readonly LeverageUnit[]): LeverageLine[] {
  const lines = new Map<LeverageBand, LeverageLine>(LEVERAGE_BANDS.map((band) => [band, { band, units: 0, words: 0 }]));
  const seen = new Set<string>();
  for (const unit of units) {
    const key = unit.source.trim();
    const line = lines.get(bandOf(unit, seen.has(key)))!;
    seen.add(key);
    line.units += 1;
    line.words += wordCount(unit.source);
  }
  return [...lines.values()];
}
