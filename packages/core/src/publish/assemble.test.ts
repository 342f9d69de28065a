import { describe, expect, it } from 'vitest';
import { contentText } from '../model/document.ts';
import { assemblePublication, type PublicationBlockInput, type PublicationUnitInput } from './assemble.ts';
import { htmlFormat } from './formats/html.ts';
import type { PublicationDocument, PublicationStrings } from './formats/types.ts';
import { formatPublicationDate } from './formatDate.ts';

const unit = (source: string, target: string, state: PublicationUnitInput['state'], translate = true): PublicationUnitInput => ({
  source: [source],
  target: target ? [target] : [],
  state,
  translate,
  spaceAfter: ' ',
});

const blocks: PublicationBlockInput[] = [
  { kind: 'date', date: '2024-01-23', units: [] },
  { kind: 'title', units: [unit('A title', 'Un titre', 'approved')] },
  { kind: 'paragraph', units: [unit('First.', 'Premier.', 'approved'), unit('Second.', 'Deuxième.', 'translated')] },
  { kind: 'list-item', list: 1, units: [unit('One;', 'Un ;', 'approved')] },
  { kind: 'list-item', list: 1, units: [unit('Two.', 'Deux.', 'approved')] },
  { kind: 'signatory', list: 2, units: [unit('Open Wires', '', 'untranslated', false)] },
];

const t: PublicationStrings = (key, values) => `${key}${values ? JSON.stringify(values) : ''}`;

describe('assemblePublication', () => {
  it('publishes approved translations and do-not-translate units, and leaves the rest out', () => {
    const p = assemblePublication({ sourceLang: 'en', lang: 'fr', blocks, mode: 'publish', allowFallback: false });
    expect(p.blocks.map((b) => [b.kind, b.runs.map((r) => contentText(r.content)).join('|')])).toEqual([
      ['date', ''],
      ['title', 'Un titre'],
      ['paragraph', 'Premier.'],
      ['list-item', 'Un ;'],
      ['list-item', 'Deux.'],
      ['signatory', 'Open Wires'],
    ]);
    expect(p.omittedUnits).toBe(1);
    expect(p.fallbackUnits).toBe(0);
  });

  it('falls back to the source, marked, when allowed or in preview', () => {
    for (const p of [
      assemblePublication({ sourceLang: 'en', lang: 'fr', blocks, mode: 'publish', allowFallback: true }),
      assemblePublication({ sourceLang: 'en', lang: 'fr', blocks, mode: 'preview', allowFallback: false }),
    ]) {
      const paragraph = p.blocks.find((b) => b.kind === 'paragraph')!;
      expect(paragraph.runs).toEqual([
        { content: ['Premier. '], lang: 'fr', fallback: false },
        { content: ['Second.'], lang: 'en', fallback: true },
      ]);
      expect(p.fallbackUnits).toBe(1);
    }
  });

  it('joins Japanese sentences without the spaces of the English source', () => {
    const p = assemblePublication({
      sourceLang: 'en',
      lang: 'ja',
      mode: 'publish',
      allowFallback: false,
      blocks: [{ kind: 'paragraph', units: [unit('One.', '一つ目。', 'approved'), unit('Two.', '二つ目。', 'approved')] }],
    });
    expect(p.blocks[0]!.runs).toEqual([{ content: ['一つ目。二つ目。'], lang: 'ja', fallback: false }]);
  });

  it('drops a block whose every unit is left out', () => {
    const p = assemblePublication({
      sourceLang: 'en',
      lang: 'fr',
      mode: 'publish',
      allowFallback: false,
      blocks: [{ kind: 'paragraph', units: [unit('One.', '', 'untranslated')] }],
    });
    expect(p.blocks).toEqual([]);
  });
});

describe('assembled pages', () => {
  const doc = (lang: string, input: PublicationBlockInput[], mode: 'publish' | 'preview' = 'publish'): PublicationDocument => ({
    publication: assemblePublication({ sourceLang: 'en', lang, blocks: input, mode, allowFallback: false }),
    sourceRevision: 1,
    version: null,
    publishedAt: null,
    alternates: [],
    credits: [],
    strings: t,
  });

  it('write one list per run of items, signatories apart, with lang and dir on the page', () => {
    const html = htmlFormat.render(doc('ar', blocks)) as string;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html.match(/<ul>/g)).toHaveLength(1);
    expect(html).toContain('<ul class="signatories"');
    expect(html).toContain('<li><bdi><bdi lang="en">Open Wires</bdi></bdi></li>');
    expect(html).toContain('<title>Un titre</title>');
  });

  it('leave page furniture out and keep the list it fell into whole', () => {
    const withAside: PublicationBlockInput[] = [
      { kind: 'list-item', list: 1, units: [unit('One;', 'Un ;', 'approved')] },
      { kind: 'aside', units: [unit('https://example.org/footer', '', 'untranslated', false)] },
      { kind: 'list-item', list: 1, units: [unit('Two.', 'Deux.', 'approved')] },
      { kind: 'aside', units: [unit('https://example.org/after', '', 'untranslated', false)] },
    ];
    const html = htmlFormat.render(doc('fr', withAside)) as string;
    expect(html).toContain('<ul>\n<li>Un\u202f;</li>\n<li>Deux.</li>\n</ul>');
    expect(html).not.toContain('example.org');
  });

  it('mark fallback runs in a preview and say how many there are', () => {
    const html = htmlFormat.render(doc('fr', blocks, 'preview')) as string;
    expect(html).toContain('<span class="fallback" lang="en" title="preview.fallback">Second.</span>');
    expect(html).toContain('preview.banner{&quot;count&quot;:1}');
  });
});

describe('formatPublicationDate', () => {
  it.each([
    ['ja', '2024年1月23日'],
    ['fr', '23 janvier 2024'],
    ['es', '23 de enero de 2024'],
    ['en', 'January 23, 2024'],
    ['de', '23. Januar 2024'],
  ])('writes 2024-01-23 in %s as %s', (lang, expected) => {
    expect(formatPublicationDate('2024-01-23', lang)).toBe(expected);
  });
});
