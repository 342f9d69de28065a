/**
 * Sentence segmentation: accuracy on the Golden Rules (`shared/segmentation/golden-rules.json`, scored
 * with the exact-match rule of its README) per set and per language, and throughput on English prose
 * (the statements in `shared/statement/`, paragraph by paragraph), each beside `Intl.Segmenter` measured
 * in the same run.
 *
 * Accuracy is printed under two scoring rules, side by side (see `segment/score.ts`): the `upstream`
 * rule runs each case in the mode upstream asserts it under (clean mode when its `upstreamClean` is
 * exactly `[true]`), and `non-destructive only` runs every case in the default mode, which keeps every
 * character: the figures printed before clean mode existed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import {
  scoreSegmenter,
  segmentSentences,
  upstreamAssertsOnlyClean,
  type ScoreLine,
  type SegmentationCase,
  type SegmentationScore,
} from '../packages/core/src/segment/index.ts';
import type { Benchmark } from './benchmark.ts';

const GOLDEN = new URL('../../shared/segmentation/golden-rules.json', import.meta.url);
const STATEMENTS = new URL('../../shared/statement/', import.meta.url);
const TEXT_BYTES = 5_000_000;
const RUNS = 7;

const intlSegmenters = new Map<string, Intl.Segmenter>();

/** The baseline: `Intl.Segmenter`'s sentence boundaries for the language, as they come. */
function intlSentences(text: string, lang: string): string[] {
  let segmenter = intlSegmenters.get(lang);
  if (!segmenter) {
    let locale = 'und';
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? 'und';
    } catch {
      // an unusable tag: segment as undetermined
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    intlSegmenters.set(lang, segmenter);
  }
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

const cell = (line: ScoreLine | undefined): string =>
  line === undefined ? '' : `${`${line.passed}/${line.total}`.padStart(7)} ${line.percent.toFixed(1).padStart(5)}%`;

/** Our score under both rules and the baseline's (default mode only: it has no clean mode). */
interface Scores {
  upstream: SegmentationScore;
  nonDestructive: SegmentationScore;
  intl: SegmentationScore;
}

const COLUMNS = ['Tessera, upstream rule', 'Tessera, non-destructive only', 'Intl.Segmenter (default)'];
const WIDTHS = [24, 31, 26];

function printAccuracy(print: (line: string) => void, scores: Scores): void {
  const header = (first: string): string =>
    `${first.padEnd(26)} ${COLUMNS.map((title, i) => title.padEnd(WIDTHS[i] as number)).join(' ')} clean changed`;
  const row = (a: ScoreLine, b: ScoreLine | undefined, c: ScoreLine | undefined): string =>
    `${a.label.padEnd(26)} ${[a, b, c].map((line, i) => cell(line).padEnd(WIDTHS[i] as number)).join(' ')} ${String(a.cleanOnly).padStart(5)} ${String(a.destructive).padStart(7)}`;

  print('Accuracy on the Golden Rules: a case passes if its trimmed, non-empty pieces equal the expected sentences.');
  print('Two scoring rules, side by side; do not mistake one for the other:');
  print('- "upstream rule": each case runs in the mode upstream asserts it under: segmentSentences(text, lang,');
  print('  { clean: true }) (with the case\'s docType) when its upstreamClean is exactly [true], the default mode');
  print('  otherwise. Clean mode is destructive (it joins errant line breaks, collapses runs of spaces, drops');
  print('  markup); the importers and the editor never use it.');
  print('- "non-destructive only": every case runs in the default mode, which keeps every character (the figures');
  print('  printed before clean mode existed). Cases that expect changed text count as failures.');
  print('"clean": cases the upstream rule runs in clean mode. "changed": cases whose expectation removes or changes');
  print('characters (newlines, HTML, dots), which the default mode cannot pass.\n');
  const { upstream, nonDestructive, intl } = scores;
  print(header('set'));
  for (const key of ['grs48', 'grs52', 'golden', 'extended', 'all'] as const) print(row(upstream[key], nonDestructive[key], intl[key]));
  for (const [title, key] of [['golden set, by language', 'goldenByLanguage'], ['extended set, by language', 'extendedByLanguage']] as const) {
    print(`\n${header(title)}`);
    const find = (score: SegmentationScore, label: string): ScoreLine | undefined => score[key].find((other) => other.label === label);
    for (const line of upstream[key]) print(row(line, find(nonDestructive, line.label), find(intl, line.label)));
  }
}

function printFailures(print: (line: string) => void, cases: readonly SegmentationCase[], scores: Scores): void {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const casesOf = (ids: readonly string[]): SegmentationCase[] => ids.map((id) => byId.get(id) as SegmentationCase);
  const ids = (list: readonly SegmentationCase[]): string => list.map((c) => c.id).join(', ') || 'none';

  const upstream = casesOf(scores.upstream.all.failed);
  print(`\nUpstream rule: Tessera fails ${upstream.length} case(s).`);
  print(`  run in clean mode (${upstream.filter(upstreamAssertsOnlyClean).length}): ${ids(upstream.filter(upstreamAssertsOnlyClean))}`);
  print(`  run in the default mode (${upstream.filter((c) => !upstreamAssertsOnlyClean(c)).length}): ${ids(upstream.filter((c) => !upstreamAssertsOnlyClean(c)))}`);

  const failed = casesOf(scores.nonDestructive.all.failed);
  const kept = failed.filter((c) => c.nonDestructive);
  const changed = failed.filter((c) => !c.nonDestructive);
  print(`Non-destructive only: Tessera fails ${kept.length} case(s) it could pass: ${ids(kept)}`);
  print(`Non-destructive only: Tessera cannot pass ${changed.length} case(s) that expect changed text: ${ids(changed)}`);
}

/** Paragraphs of the statements, their hard-wrapped lines joined, repeated up to `bytes` of UTF-8. */
function englishParagraphs(bytes: number): string[] {
  const folder = STATEMENTS.pathname;
  const paragraphs = readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => readFileSync(`${folder}${file}`, 'utf8').split(/\n[ \t]*\n/u))
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    for (const paragraph of paragraphs) {
      out.push(paragraph);
      total += Buffer.byteLength(paragraph);
    }
  }
  return out;
}

/** Median milliseconds of `RUNS` timed runs after one warm-up run. */
function median(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
}

function printThroughput(print: (line: string) => void): void {
  const paragraphs = englishParagraphs(TEXT_BYTES);
  const oneString = paragraphs.join('\n\n');
  const bytes = Buffer.byteLength(oneString);
  const mbPerSecond = (ms: number): number => bytes / 1e6 / (ms / 1000);
  const perParagraph = (segment: (text: string, lang: string) => string[]) => () => {
    let count = 0;
    for (const paragraph of paragraphs) count += segment(paragraph, 'en').length;
    return count;
  };

  const sentences = perParagraph(segmentSentences)();
  const intlSentenceCount = perParagraph(intlSentences)();
  const ours = median(perParagraph(segmentSentences));
  const oursOne = median(() => segmentSentences(oneString, 'en').length);
  const cleanOne = median(() => segmentSentences(oneString, 'en', { clean: true }).length);
  const intl = median(perParagraph(intlSentences));

  print(`\nThroughput on English: ${(bytes / 1e6).toFixed(2)} MB of UTF-8 (${paragraphs.length} statement paragraphs, repeated);`);
  print(`MB/s = 10^6 bytes per second, median of ${RUNS} runs after a warm-up run.\n`);
  print(`${'Tessera, paragraph by paragraph'.padEnd(38)} ${mbPerSecond(ours).toFixed(1).padStart(7)} MB/s  (${sentences} sentences)`);
  print(`${'Tessera, the whole text as one string'.padEnd(38)} ${mbPerSecond(oursOne).toFixed(1).padStart(7)} MB/s`);
  print(`${'Tessera clean mode, one string'.padEnd(38)} ${mbPerSecond(cleanOne).toFixed(1).padStart(7)} MB/s  (cleaning included)`);
  print(`${'Intl.Segmenter, paragraph by paragraph'.padEnd(38)} ${mbPerSecond(intl).toFixed(1).padStart(7)} MB/s  (${intlSentenceCount} sentences)`);
  print(`${'ratio Tessera / Intl.Segmenter'.padEnd(38)} ${(intl / ours).toFixed(1).padStart(7)} ×`);

  // Linear in the size of the input: about the same speed on one string of 1, 2 or 4 million characters.
  const speeds = [1_000_000, 2_000_000, 4_000_000].map((chars) => {
    const text = oneString.slice(0, chars);
    return `${chars / 1e6} M chars ${(Buffer.byteLength(text) / 1e6 / (median(() => segmentSentences(text, 'en')) / 1000)).toFixed(1)} MB/s`;
  });
  print(`${'Tessera, one string of'.padEnd(38)} ${speeds.join(', ')}`);
}

const benchmark: Benchmark = {
  name: 'Sentence segmentation',
  run(print) {
    const cases = JSON.parse(readFileSync(GOLDEN, 'utf8')) as SegmentationCase[];
    const scores: Scores = {
      upstream: scoreSegmenter(cases, segmentSentences, 'upstream'),
      nonDestructive: scoreSegmenter(cases, segmentSentences, 'non-destructive'),
      intl: scoreSegmenter(cases, intlSentences, 'non-destructive'),
    };
    printAccuracy(print, scores);
    printFailures(print, cases, scores);
    printThroughput(print);
  },
};

export default benchmark;
