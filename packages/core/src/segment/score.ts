/**
 * Scoring a segmenter on the Golden Rules data (`shared/segmentation/golden-rules.json`) with the
 * exact-match rule of its README: a case passes only if the whole list of pieces, each trimmed and the
 * empty ones dropped, equals the expected sentences. Accuracy is passed / total.
 *
 * Two scoring rules, always printed side by side and never to be confused:
 *
 * - `non-destructive`: every case runs in the default mode, which keeps every character. Cases whose
 *   expectation changes the text (`nonDestructive: false`: newlines removed, HTML stripped, dots
 *   deleted) cannot be met this way; they stay in the totals as failures and are counted separately so
 *   the ceiling is visible.
 * - `upstream`: every case runs in the mode upstream asserts it under. A case whose `upstreamClean` is
 *   exactly `[true]` (upstream asserts it only with its `clean` option) runs with `{ clean: true }`, and
 *   its `docType` (`pdf`) is passed along; every other case runs in the default mode (when
 *   `upstreamClean` contains `false`, the default mode is upstream's default).
 */
import type { SegmentOptions } from './clean.ts';

export type ScoringRule = 'non-destructive' | 'upstream';

export interface SegmentationCase {
  lang: string;
  id: string;
  name: string;
  text: string;
  expected: string[];
  set: 'golden' | 'extended';
  grs48?: boolean;
  nonDestructive: boolean;
  docType: string | null;
  upstreamClean: boolean[];
  upstreamStatus: string[];
}

export interface ScoreLine {
  label: string;
  passed: number;
  total: number;
  /** passed / total × 100 (0 for an empty line). */
  percent: number;
  /** Cases in this line that expect the text to be changed, which no non-destructive segmenter passes. */
  destructive: number;
  /** Cases in this line that the `upstream` rule runs in clean mode (`upstreamClean` exactly `[true]`). */
  cleanOnly: number;
  /** Ids of the cases that failed. */
  failed: string[];
}

export interface SegmentationScore {
  rule: ScoringRule;
  /** English, pySBD's 48-rule benchmark. */
  grs48: ScoreLine;
  /** English, all 52 Golden Rules. */
  grs52: ScoreLine;
  golden: ScoreLine;
  extended: ScoreLine;
  all: ScoreLine;
  goldenByLanguage: ScoreLine[];
  extendedByLanguage: ScoreLine[];
}

/** The pieces as the rule compares them: trimmed, without empty ones. */
export function comparablePieces(pieces: readonly string[]): string[] {
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

export function passesCase(pieces: readonly string[], expected: readonly string[]): boolean {
  const comparable = comparablePieces(pieces);
  return comparable.length === expected.length && comparable.every((piece, index) => piece === expected[index]);
}

function line(label: string, cases: readonly SegmentationCase[], passed: ReadonlySet<string>): ScoreLine {
  const count = cases.filter((c) => passed.has(c.id)).length;
  return {
    label,
    passed: count,
    total: cases.length,
    percent: cases.length === 0 ? 0 : (count / cases.length) * 100,
    destructive: cases.filter((c) => !c.nonDestructive).length,
    cleanOnly: cases.filter(upstreamAssertsOnlyClean).length,
    failed: cases.filter((c) => !passed.has(c.id)).map((c) => c.id),
  };
}

function byLanguage(cases: readonly SegmentationCase[], passed: ReadonlySet<string>): ScoreLine[] {
  const languages = [...new Set(cases.map((c) => c.lang))];
  return languages.map((lang) => line(lang, cases.filter((c) => c.lang === lang), passed));
}

/** Whether upstream asserts the case only with its `clean` option (`upstreamClean` is exactly `[true]`). */
export function upstreamAssertsOnlyClean(c: SegmentationCase): boolean {
  return c.upstreamClean.length === 1 && c.upstreamClean[0] === true;
}

/** The options a case runs under with the `upstream` rule: clean mode (with its `docType`) or the default. */
export function upstreamOptions(c: SegmentationCase): SegmentOptions {
  if (!upstreamAssertsOnlyClean(c)) return {};
  return c.docType === 'pdf' ? { clean: true, docType: 'pdf' } : { clean: true };
}

/**
 * Runs `segment` on every case and scores it per set and per language. With the `non-destructive` rule
 * (the default) `segment` is called with the text and the language only; with the `upstream` rule it
 * also receives `upstreamOptions(c)`.
 */
export function scoreSegmenter(
  cases: readonly SegmentationCase[],
  segment: (text: string, lang: string, options?: SegmentOptions) => string[],
  rule: ScoringRule = 'non-destructive',
): SegmentationScore {
  const run = (c: SegmentationCase): string[] =>
    rule === 'upstream' ? segment(c.text, c.lang, upstreamOptions(c)) : segment(c.text, c.lang);
  const passed = new Set(cases.filter((c) => passesCase(run(c), c.expected)).map((c) => c.id));
  const golden = cases.filter((c) => c.set === 'golden');
  const extended = cases.filter((c) => c.set === 'extended');
  return {
    rule,
    grs48: line('en GRS-48', golden.filter((c) => c.lang === 'en' && c.grs48 === true), passed),
    grs52: line('en GRS-52', golden.filter((c) => c.lang === 'en'), passed),
    golden: line('golden (all languages)', golden, passed),
    extended: line('extended (all languages)', extended, passed),
    all: line('all cases', cases, passed),
    goldenByLanguage: byLanguage(golden, passed),
    extendedByLanguage: byLanguage(extended, passed),
  };
}
