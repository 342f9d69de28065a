/**
 * Scoring a segmenter on the Golden Rules data (`shared/segmentation/golden-rules.json`) with the
 * exact-match rule of its README: a case passes only if the whole list of pieces, each trimmed and the
 * empty ones dropped, equals the expected sentences. Accuracy is passed / total.
 *
 * Cases whose expectation changes the text (`nonDestructive: false`: newlines removed, HTML stripped,
 * dots deleted) cannot be met by a segmenter that keeps every character; they stay in the totals as
 * failures and are counted separately so the ceiling is visible.
 */
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
  /** Ids of the cases that failed. */
  failed: string[];
}

export interface SegmentationScore {
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
    failed: cases.filter((c) => !passed.has(c.id)).map((c) => c.id),
  };
}

function byLanguage(cases: readonly SegmentationCase[], passed: ReadonlySet<string>): ScoreLine[] {
  const languages = [...new Set(cases.map((c) => c.lang))];
  return languages.map((lang) => line(lang, cases.filter((c) => c.lang === lang), passed));
}

/** Runs `segment` on every case and scores it per set and per language. */
export function scoreSegmenter(
  cases: readonly SegmentationCase[],
  segment: (text: string, lang: string) => string[],
): SegmentationScore {
  const passed = new Set(cases.filter((c) => passesCase(segment(c.text, c.lang), c.expected)).map((c) => c.id));
  const golden = cases.filter((c) => c.set === 'golden');
  const extended = cases.filter((c) => c.set === 'extended');
  return {
    grs48: line('en GRS-48', golden.filter((c) => c.lang === 'en' && c.grs48 === true), passed),
    grs52: line('en GRS-52', golden.filter((c) => c.lang === 'en'), passed),
    golden: line('golden (all languages)', golden, passed),
    extended: line('extended (all languages)', extended, passed),
    all: line('all cases', cases, passed),
    goldenByLanguage: byLanguage(golden, passed),
    extendedByLanguage: byLanguage(extended, passed),
  };
}
