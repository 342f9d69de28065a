import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content } from '../model/document.ts';
import { TRANSLATION_STATES } from '../model/states.ts';
import { readXliff20, writeXliff20, type XliffDocument, type XliffUnit } from './index.ts';
import { close, docOf, open, standalone, unit as baseUnit } from './documents.test-data.ts';
import { randomXliffDocument } from './randomDocuments.test-data.ts';

/** XLIFF 2.0 reads the space after every sentence, none included. */
const unit = (id: string, source: Content, target: Content | null, overrides: Partial<XliffUnit> = {}): XliffUnit => baseUnit(id, source, target, { spaceAfter: '', ...overrides });

const roundTrip = (doc: XliffDocument): XliffDocument => readXliff20(writeXliff20(doc));

describe('XLIFF 2.0 round trip', () => {
  const cases: [string, XliffDocument][] = [
    ['no translation yet', docOf([unit('1', ['Hello'], null)])],
    ['untranslated with an empty target', docOf([unit('1', ['Hello'], [], { state: 'untranslated' })])],
    ['untranslated with a draft target', docOf([unit('1', ['Hello'], ['Bonjour'], { state: 'untranslated' })])],
    ['every state', docOf(TRANSLATION_STATES.map((state, i) => unit(String(i), ['Source'], ['Target'], { state })))],
    ['a state that needs a target but has none', docOf([unit('1', ['x'], [], { state: 'approved' })])],
    ['sentences of one paragraph with the spaces between them', docOf([unit('1', ['One.'], null, { spaceAfter: ' ' }), unit('2', ['Two!'], null, { spaceAfter: '\n\t  ' }), unit('3', ['Three?'], null)])],
    ['a whole block not to translate', docOf([unit('1', ['Jane Doe'], null, { translate: false, spaceAfter: ', ' }), unit('2', ['John Roe'], null, { translate: false })])],
    ['one sentence of a block not to translate', docOf([unit('1', ['See'], null, { spaceAfter: ' ' }), unit('2', ['https://example.org', standalone('1')], ['https://example.org', standalone('1')], { translate: false })])],
    ['notes on several sentences, one empty, one spaced', docOf([unit('1', ['a'], ['b'], { notes: ['first', ''] }), unit('2', ['c'], null, { notes: ['  spaced  ', 'a & b < c'] })])],
    ['XML special characters', docOf([unit('1', [`Tom & Jerry <script> "quoted" 'single' ]]> &amp;`], [`&lt; <>"'`], { notes: ['a & b < c'] })])],
    ['astral characters', docOf([unit('1', ['Well done 👍🏽 𝒳'], ['Bravo 👍🏽 𝒳'])])],
    ['Arabic and Hebrew (right to left)', docOf([unit('1', ['We demand justice.'], ['نطالب بالعدالة. ‏שלום‎'], { state: 'approved' })], 'ar')],
    ['leading, trailing and multiple spaces, CR and CRLF', docOf([unit('1', ['  two  spaces  '], [' \t tab\n\nnewlines \r\n CRLF \r'])])],
    [
      'nested inline codes with attrs',
      docOf([
        unit(
          '1',
          ['Read ', open('1', 'b'), 'the ', open('2', 'a', { href: 'https://example.org/?a=1&b="2"' }), 'report', close('2', 'a'), close('1', 'b'), standalone('3', 'br'), 'now.'],
          ['Lisez ', open('1', 'b'), 'le ', open('2', 'a', { href: 'https://example.org/?a=1&b="2"' }), 'rapport', close('2', 'a'), close('1', 'b'), standalone('3', 'br'), 'maintenant.'],
        ),
      ]),
    ],
    ['crossing codes (written as sc/ec)', docOf([unit('1', [open('1', 'b'), 'x', open('2', 'i'), 'y', close('1', 'b'), 'z', close('2', 'i')], [open('2', 'i'), 'z', open('1', 'b'), 'y', close('2', 'i'), 'x', close('1', 'b')])])],
    ['a close before its open, a lone open, a lone close', docOf([unit('1', [close('1'), 'a', open('1'), open('2', 'span'), 'b', close('3', 'em')], null)])],
    ['pairs whose names differ, a close with attrs, a close with an empty name', docOf([unit('1', [open('1', 'b'), 'x', close('1', 'strong'), open('2', 'a'), 'y', close('2', 'a', { note: 'n' }), open('3', 'i'), close('3', '')], null)])],
    ['codes with empty names and odd names', docOf([unit('1', [open('1', ''), 'x', close('1', ''), standalone('2', 'x- % 20 \t:'), standalone('3', 'img', {}), standalone('4', 'xlf:b'), standalone('5', 'tessera:%')], null)])],
    ['the same code id twice, in several sentences', docOf([unit('1', [standalone('1'), standalone('1'), open('1'), close('1')], null, { spaceAfter: ' ' }), unit('2', [standalone('1')], [standalone('1')])])],
    ['codes only', docOf([unit('1', [standalone('1', 'img', { src: 'a.png', alt: 'A "quote"' })], [standalone('1', 'img', { src: 'a.png', alt: 'Une citation' })])])],
    ['empty source', docOf([unit('1', [], null)])],
    ['ids that are not XML names', docOf([unit('a b"c', ['x'], null), unit('_x-0041', ['y'], null), unit('12:n1', ['z'], null, { notes: ['n'] }), unit('', ['w'], null)])],
    ['no blocks at all', { original: '', sourceLang: 'en', targetLang: '', groups: [] }],
    [
      'several blocks, empty ones, odd ids and kinds',
      {
        original: 'tessera:project/12 & "x"',
        sourceLang: 'en-GB',
        targetLang: 'fr-CA',
        groups: [
          { id: '1', kind: 'title', units: [unit('10', ['Title'], null)] },
          { id: 'b2', kind: 'list-item', units: [unit('11', ['Item'], ['Élément'], { state: 'approved' })] },
          { id: '', kind: '', units: [] },
          { id: 'b 3', kind: 'odd kind %:', units: [] },
          { id: '4', kind: 'odd kind %', units: [unit('12', ['x'], ['y'], { state: 'rejected' })] },
        ],
      },
    ],
  ];

  it.each(cases)('%s', (_, doc) => {
    expect(roundTrip(doc)).toStrictEqual(doc);
  });
});

describe('XLIFF 2.0 round trip (property)', () => {
  it('readXliff20(writeXliff20(doc)) equals doc for random documents', () => {
    fc.assert(
      fc.property(randomXliffDocument, (doc) => {
        // fast-check builds null-prototype objects; compare with plain ones.
        expect(roundTrip(doc)).toStrictEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 500 },
    );
  });
});
