import { describe, expect, it } from 'vitest';
import { contentText } from '../../model/document.ts';
import { assemblePublication, type PublicationBlockInput } from '../assemble.ts';
import { formatPublicationDate, formatPublicationNumber } from '../formatDate.ts';
import { ISOLATE_END as E, ISOLATE_START as S, inertText, isolateLeftToRight } from '../inertText.ts';
import { applyTypography, publicationLocale } from './index.ts';

const NNBSP = '\u202f';

describe('the statement’s date and numbers, written the language’s way (@formatjs/intl)', () => {
  it.each([
    ['ja', '2024年1月23日', '1,234,567.5'],
    ['fr', '23 janvier 2024', `1${NNBSP}234${NNBSP}567,5`],
    ['es', '23 de enero de 2024', '1.234.567,5'],
    ['ar', '23 يناير 2024', '1,234,567.5'],
    ['en', 'January 23, 2024', '1,234,567.5'],
    ['ja-JP', '2024年1月23日', '1,234,567.5'],
  ])('%s: %s, %s', (lang, date, number) => {
    expect(formatPublicationDate('2024-01-23', lang)).toBe(date);
    expect(formatPublicationNumber(1234567.5, lang)).toBe(number);
  });
});

describe('typography, one table per language', () => {
  it.each([
    ['fr', 'Pourquoi ? Parce que : voilà !', `Pourquoi${NNBSP}? Parce que${NNBSP}: voilà${NNBSP}!`],
    ['fr', 'Quoi? Non! Oui; peut-être', `Quoi${NNBSP}? Non${NNBSP}! Oui${NNBSP}; peut-être`],
    ['fr', '« texte »', `«${NNBSP}texte${NNBSP}»`],
    ['fr', '«texte»', `«${NNBSP}texte${NNBSP}»`],
    ['fr', 'Voir https://example.org/a?b=1 à 10:30.', 'Voir https://example.org/a?b=1 à 10:30.'],
    ['fr', 'Déjà correct\u202f!', 'Déjà correct\u202f!'],
    ['es', '¿Por qué? ¡Ya!', '¿Por qué? ¡Ya!'],
    ['es', '¿ Por qué ? ¡ Ya !', '¿Por qué ? ¡Ya !'],
    ['ja', '条約案は人権を損なう.各国は再考すべきだ!本当か?', '条約案は人権を損なう。各国は再考すべきだ！本当か？'],
    ['ja', '第一に、範囲を狭める。 第二に、保護を強める。', '第一に、範囲を狭める。第二に、保護を強める。'],
    ['ja', 'Version 2.5, see https://example.org/a?b=1.', 'Version 2.5, see https://example.org/a?b=1.'],
    ['ar', 'لماذا? لأن, ببساطة; هكذا', 'لماذا؟ لأن، ببساطة؛ هكذا'],
    ['ar', 'Access Now, ARTICLE 19?', 'Access Now, ARTICLE 19?'],
    ['fr', 'Maths 𝐀? Oui', `Maths 𝐀${NNBSP}? Oui`],
    ['ja', '日..', '日。.'],
    ['ar', 'نعم,,', 'نعم،,'],
    ['en', 'Why? Because : so !', 'Why? Because : so !'],
    ['de', 'Warum? « So »', 'Warum? « So »'],
  ])('%s: %j', (lang, text, expected) => {
    expect(applyTypography(text, lang)).toBe(expected);
  });

  it('knows each language’s direction and sentence spacing', () => {
    expect(['en', 'fr', 'es', 'ja', 'ar', 'he', 'zh-Hant', 'de'].map((lang) => [lang, publicationLocale(lang).dir, publicationLocale(lang).spaceBetweenSentences])).toEqual([
      ['en', 'ltr', true],
      ['fr', 'ltr', true],
      ['es', 'ltr', true],
      ['ja', 'ltr', false],
      ['ar', 'rtl', true],
      ['he', 'rtl', true],
      ['zh-Hant', 'ltr', false],
      ['de', 'ltr', true],
    ]);
  });
});

describe('right-to-left text', () => {
  it.each([
    ['انضمت Access Now إلى البيان', `انضمت ${S}Access Now${E} إلى البيان`],
    ['في 23 يناير 2024', `في ${S}23${E} يناير ${S}2024${E}`],
    ['انظر https://example.org/a?b=1.', `انظر ${S}https://example.org/a?b=1${E}.`],
    ['منظمة IP.rec و7amleh', `منظمة ${S}IP.rec${E} و${S}7amleh${E}`],
    ['نص عربي فقط', 'نص عربي فقط'],
  ])('isolates the left-to-right stretches of %j', (text, expected) => {
    expect(isolateLeftToRight(text)).toBe(expected);
  });
});

describe('inertText', () => {
  it.each([
    ['line\nbreaks\r\nand\ttabs', 'line breaks and tabs'],
    ['a\u0000b\u0007c\u001bd\u007fe\u0085f', 'abcde f'],
    ['override \u202egnp.exe\u202c here', 'override gnp.exe here'],
    ['isolate \u2066x\u2069 and \u2067y\u2069', 'isolate x and y'],
    ['marks \u200e\u200f stay', 'marks \u200e\u200f stay'],
    ['bom\ufeff and \ufffe', 'bom and '],
    ['lone \ud800 half', 'lone  half'],
    ['emoji 😀 stays', 'emoji 😀 stays'],
  ])('%j', (text, expected) => {
    expect(inertText(text)).toBe(expected);
  });
});

describe('signatories', () => {
  const names = ['Zeta Collective', 'Ärzte ohne Grenzen', 'Access Now', 'élan numérique', '7amleh'];
  const blocks: PublicationBlockInput[] = [
    { kind: 'paragraph', units: [{ source: ['Signed.'], target: ['Signé.'], state: 'approved', translate: true, spaceAfter: '' }] },
    ...names.map((name): PublicationBlockInput => ({ kind: 'signatory', list: 1, units: [{ source: [name], target: [], state: 'untranslated', translate: false, spaceAfter: '' }] })),
  ];
  const order = (lang: string, signatoryOrder?: 'source' | 'collation') =>
    assemblePublication({ sourceLang: 'en', lang, blocks, mode: 'publish', allowFallback: false, signatoryOrder }).blocks.filter((b) => b.kind === 'signatory').map((b) => [b.runs[0]!.lang, contentText(b.runs[0]!.content)]);

  it('stay in the source’s order by default, as they are (do not translate)', () => {
    expect(order('fr')).toEqual(names.map((name) => ['en', name]));
  });

  it('are sorted by the collation of the language when asked', () => {
    expect(order('fr', 'collation').map(([, name]) => name)).toEqual(['7amleh', 'Access Now', 'Ärzte ohne Grenzen', 'élan numérique', 'Zeta Collective']);
    expect(order('sv', 'collation').map(([, name]) => name)).toEqual(['7amleh', 'Access Now', 'élan numérique', 'Zeta Collective', 'Ärzte ohne Grenzen']);
  });
});
