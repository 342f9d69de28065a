import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRANSLATION_STATES } from '../model/states.ts';
import { readXliff12, writeXliff12, type XliffDocument, type XliffUnit } from './index.ts';
import { close, docOf, open, standalone, unit } from './documents.test-data.ts';
import { content, text } from './randomDocuments.test-data.ts';

const roundTrip = (doc: XliffDocument): XliffDocument => readXliff12(writeXliff12(doc));

describe('XLIFF 1.2 round trip', () => {
  const cases: [string, XliffDocument][] = [
    ['no translation yet', docOf([unit('1', ['Hello'], null)])],
    ['untranslated with an empty target', docOf([unit('1', ['Hello'], [], { state: 'untranslated' })])],
    ['untranslated with a draft target', docOf([unit('1', ['Hello'], ['Bonjour'], { state: 'untranslated' })])],
    ['translated', docOf([unit('1', ['Hello'], ['Bonjour'], { state: 'translated' })])],
    ['approved', docOf([unit('1', ['Hello'], ['Bonjour'], { state: 'approved' })])],
    ['rejected, with the review comment', docOf([unit('1', ['Hello'], ['Salut'], { state: 'rejected', notes: ['Too informal.'] })])],
    ['translate="no"', docOf([unit('1', ['https://example.org'], null, { translate: false })])],
    ['several notes, one empty', docOf([unit('1', ['a'], ['b'], { notes: ['first', '', '  spaced  '] })])],
    ['XML special characters', docOf([unit('1', [`Tom & Jerry <script> "quoted" 'single' ]]> &amp;`], [`&lt; <>"'`], { notes: ['a & b < c'] })])],
    ['astral characters', docOf([unit('1', ['Well done 👍🏽 𝒳'], ['Bravo 👍🏽 𝒳'])])],
    ['Arabic text (right to left)', docOf([unit('1', ['We demand justice.'], ['نطالب بالعدالة.'], { state: 'approved' })], 'ar')],
    ['leading, trailing and multiple spaces', docOf([unit('1', ['  two  spaces  '], [' \t tab\n\nnewlines \r\n CRLF '])])],
    ['nested inline codes', docOf([unit('1', ['Read ', open('1', 'b'), 'the ', open('2', 'a', { href: 'https://example.org/?a=1&b="2"' }), 'report', close('2', 'a'), close('1', 'b'), standalone('3', 'br'), 'now.'], ['Lisez ', open('1', 'b'), 'le ', open('2', 'a', { href: 'https://example.org/?a=1&b="2"' }), 'rapport', close('2', 'a'), close('1', 'b'), standalone('3', 'br'), 'maintenant.'])])],
    ['crossing codes (written as bpt/ept)', docOf([unit('1', [open('1', 'b'), 'x', open('2', 'i'), 'y', close('1', 'b'), 'z', close('2', 'i')], null)])],
    ['a close before its open, a lone open, a lone close', docOf([unit('1', [close('1'), 'a', open('1'), open('2', 'span'), 'b', close('3', 'em')], null)])],
    ['a pair whose names differ, a close with attrs', docOf([unit('1', [open('1', 'b'), 'x', close('1', 'strong'), open('2', 'a'), 'y', { kind: 'close', id: '2', name: 'a', attrs: { note: 'n' } }], null)])],
    ['codes with empty names and odd names', docOf([unit('1', [open('1', ''), 'x', close('1', ''), standalone('2', 'x- % 20 \t'), standalone('3', 'img', {})], null)])],
    ['codes only', docOf([unit('1', [standalone('1', 'img', { src: 'a.png', alt: 'A "quote"' })], [standalone('1', 'img', { src: 'a.png', alt: 'Une citation' })])])],
    ['empty source', docOf([unit('1', [], null)])],
    [
      'several groups, one empty, odd ids and kinds',
      {
        original: 'tessera:project/12 & "x"',
        sourceLang: 'en-GB',
        targetLang: '',
        groups: [
          { id: '1', kind: 'title', units: [unit('10', ['Title'], null)] },
          { id: 'b2', kind: 'list-item', units: [unit('a b"c', ['Item'], ['Élément'], { state: 'approved' })] },
          { id: '', kind: '', units: [] },
          { id: '4', kind: 'odd kind %', units: [unit('12', ['x'], ['y'], { state: 'rejected' })] },
        ],
      },
    ],
  ];

  it.each(cases)('%s', (_, doc) => {
    expect(roundTrip(doc)).toStrictEqual(doc);
  });

  it('returns every state as it was written', () => {
    const units = TRANSLATION_STATES.map((state, i) => unit(String(i), ['Source'], ['Target'], { state }));
    expect(roundTrip(docOf(units)).groups[0]?.units.map((u) => u.state)).toEqual([...TRANSLATION_STATES]);
  });

  it('writes a unit without a target in a state that needs one with an empty target', () => {
    const [read] = roundTrip(docOf([unit('1', ['x'], null, { state: 'approved' })])).groups[0]?.units ?? [];
    expect(read).toMatchObject({ target: [], state: 'approved' });
  });
});

describe('XLIFF 1.2 round trip (property)', () => {
  // Text and content (nested, crossing and stray codes) as the 2.0 properties generate them.
  const xliffUnit: fc.Arbitrary<XliffUnit> = fc
    .record({
      id: text,
      source: content,
      target: content,
      hasTarget: fc.boolean(),
      state: fc.constantFrom(...TRANSLATION_STATES),
      translate: fc.boolean(),
      notes: fc.array(text, { maxLength: 2 }),
    })
    .map(({ hasTarget, target, ...u }) => ({ ...u, target: hasTarget || u.state !== 'untranslated' ? target : null }));
  const doc: fc.Arbitrary<XliffDocument> = fc.record({
    original: text,
    sourceLang: text,
    targetLang: text,
    groups: fc.array(fc.record({ id: text, kind: text, units: fc.array(xliffUnit, { maxLength: 4 }) }), { maxLength: 4 }),
  });

  it('readXliff12(writeXliff12(doc)) equals doc', () => {
    fc.assert(
      fc.property(doc, (d) => {
        // fast-check builds null-prototype objects; compare with plain ones.
        expect(roundTrip(d)).toStrictEqual(JSON.parse(JSON.stringify(d)));
      }),
      { numRuns: 500 },
    );
  });
});
