import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { passesCase, scoreSegmenter, segmentSentences, type SegmentationCase } from './index.ts';

/** The Golden Rules data, kept in /work/shared beside the repository (see its README for the scoring rule). */
const cases = JSON.parse(
  readFileSync(new URL('../../../../../shared/segmentation/golden-rules.json', import.meta.url), 'utf8'),
) as SegmentationCase[];

const TARGET_LANGUAGES = ['ja', 'fr', 'es', 'de', 'it', 'ru', 'zh', 'ar'];
const targetGolden = cases.filter((c) => c.set === 'golden' && TARGET_LANGUAGES.includes(c.lang));

describe('the Golden Rules of ja, fr, es, de, it, ru, zh and ar', () => {
  it.each(targetGolden.filter((c) => c.nonDestructive).map((c) => [c.id, c] as const))('%s passes', (_id, c) => {
    expect(segmentSentences(c.text, c.lang).map((piece) => piece.trim()).filter(Boolean)).toEqual(c.expected);
  });

  it('fails only the case that expects the text to change (a newline removed), and keeps that text whole', () => {
    const destructive = targetGolden.filter((c) => !c.nonDestructive);
    expect(destructive.map((c) => c.id)).toEqual(['ja-grs-05']);
    for (const c of destructive) {
      expect(segmentSentences(c.text, c.lang).join('')).toBe(c.text);
      expect(passesCase(segmentSentences(c.text, c.lang), c.expected)).toBe(false);
    }
  });
});

describe('accuracy floors (exact match, as pySBD scores)', () => {
  const score = scoreSegmenter(cases, segmentSentences);

  it('passes at least 97.9% of the English GRS-48 (pySBD’s figure)', () => {
    expect(score.grs48.total).toBe(48);
    expect(score.grs48.percent).toBeGreaterThanOrEqual(97.9);
  });

  it('passes at least 85% of the extended set, counting the cases that expect changed text as failures', () => {
    expect(score.extended.total).toBe(317);
    expect(score.extended.percent).toBeGreaterThanOrEqual(85);
  });

  it('keeps every case’s text: the pieces join back to it', () => {
    for (const c of cases) expect(segmentSentences(c.text, c.lang).join('')).toBe(c.text);
  });
});
