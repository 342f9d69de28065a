import { describe, expect, it } from 'vitest';
import { fuzzyScore } from './fuzzyScore.ts';
import { rankMatches } from './rankMatches.ts';
import { memoryTokens } from './tokens.ts';

const SENTENCE = 'We urge the committee to amend the Act before its second reading.';

/** [what, a, b, lowest score, highest score] */
const SCORES: [string, string, string, number, number][] = [
  ['exact', SENTENCE, SENTENCE, 100, 100],
  ['exact up to leading and trailing spaces', ` ${SENTENCE}\n`, SENTENCE, 100, 100],
  ['case only', SENTENCE, SENTENCE.toUpperCase(), 99, 99],
  ['punctuation only', 'A law that breaks encryption for some breaks it for all.', 'A law that breaks encryption, for some, breaks it for all!', 99, 99],
  ['typography only (quotes, dashes, spaces)', 'The Act’s impact — on “human rights”.', "The Act's  impact - on \"human rights\".", 99, 99],
  ['one word changed of twelve', SENTENCE, 'We urge the committee to amend the Act before its third reading.', 90, 92],
  ['one word added', SENTENCE, 'We urge the committee to amend the draft Act before its second reading.', 95, 96],
  ['one word changed of three', 'Encryption protects everyone.', 'Encryption protects journalists.', 66, 67],
  ['one word changed of two hundred', `${'word '.repeat(199)}end.`, `${'word '.repeat(199)}stop.`, 98, 98],
  ['unrelated', SENTENCE, 'Secure communication protects journalists and their sources.', 0, 20],
  ['empty', '', SENTENCE, 0, 0],
  ['both empty', '', '  ', 0, 0],
  ['punctuation against words', '…', SENTENCE, 0, 0],
  ['CJK exact', '私たちは委員会に求めます。', '私たちは委員会に求めます。', 100, 100],
  ['CJK one character changed, by characters', '私たちは委員会に求めます。', '私たちは議会に求めます。', 85, 88],
  ['CJK punctuation only', '私たちは委員会に求めます。', '私たちは委員会に求めます', 99, 99],
  ['CJK unrelated', '私たちは委員会に求めます。', '暗号化はすべての人を守る。', 0, 20],
  ['CJK full-width against half-width digits', '２０２６年３月', '2026年3月', 99, 99],
];

describe('fuzzyScore', () => {
  it.each(SCORES)('%s', (_, a, b, lowest, highest) => {
    const score = fuzzyScore(a, b);
    expect(score).toBeGreaterThanOrEqual(lowest);
    expect(score).toBeLessThanOrEqual(highest);
    expect(fuzzyScore(b, a)).toBe(score);
  });

  it('counts the words of spaced scripts and the characters of unspaced ones', () => {
    expect(memoryTokens('The Act’s impact — 2026!')).toEqual(['the', 'act', 's', 'impact', '2026']);
    expect(memoryTokens('EUのデータ法')).toEqual(['eu', 'の', 'デ', 'ー', 'タ', '法']);
  });
});

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const candidate = (sourceText: string, target: string, day: number) => ({ sourceText, target: [target], createdAt: at(day) });

describe('rankMatches', () => {
  const candidates = [
    candidate('We urge the committee to amend the Act before its third reading.', 'third', 1),
    candidate(SENTENCE, 'exact, old', 2),
    candidate('Encryption protects everyone.', 'unrelated', 3),
    candidate(SENTENCE.toUpperCase(), 'shouting', 4),
    candidate(SENTENCE, 'exact, new', 5),
    candidate(SENTENCE, 'exact, new', 6),
  ];

  it('puts the best first, the newest first among equals, leaves out weak and repeated matches', () => {
    expect(rankMatches(SENTENCE, candidates).map((m) => [m.target[0], m.score])).toEqual([
      ['exact, new', 100],
      ['exact, old', 100],
      ['shouting', 99],
      ['third', 91],
    ]);
    expect(rankMatches(SENTENCE, candidates).find((m) => m.target[0] === 'exact, new')?.createdAt).toBe(at(6));
  });

  it('keeps the limit and the minimum score it is given', () => {
    expect(rankMatches(SENTENCE, candidates, { limit: 2 }).map((m) => m.target[0])).toEqual(['exact, new', 'exact, old']);
    expect(rankMatches(SENTENCE, candidates, { minScore: 95 }).map((m) => m.score)).toEqual([100, 100, 99]);
    expect(rankMatches('', candidates)).toEqual([]);
  });
});
