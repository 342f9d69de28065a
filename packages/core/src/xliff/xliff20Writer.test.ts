import { describe, expect, it } from 'vitest';
import { planCodes20 } from './inlineCodes20.ts';
import { close as c, docWith, open as o } from './documents.test-data.ts';
import { writeXliff20, type XliffDocument } from './index.ts';

describe('writeXliff20', () => {
  it('writes a block as one unit with a segment per sentence, the spaces between them as ignorables', () => {
    const xml = writeXliff20({
      original: 'tessera:project/12',
      sourceLang: 'en',
      targetLang: 'fr',
      groups: [
        {
          id: 'b3',
          kind: 'list-item',
          units: [
            { id: '41', source: ['Hello ', o('1'), 'world', c('1'), '.'], target: ['Bonjour ', o('1'), 'le monde', c('1'), '.'], state: 'approved', translate: true, notes: ['OK'], spaceAfter: ' ' },
            { id: '42', source: ['https://example.org'], target: null, state: 'untranslated', translate: false, notes: [] },
            { id: '43', source: ['Hi ', { kind: 'standalone', id: '1', name: 'img', attrs: { src: 'a.png' } }], target: ['Salut'], state: 'rejected', translate: true, notes: ['Too informal.'] },
            { id: '44', source: ['Check'], target: ['Vérifier'], state: 'needs-review', translate: true, notes: [] },
          ],
        },
        { id: 'b4', kind: 'signatory', units: [{ id: '45', source: ['Jane Doe'], target: null, state: 'untranslated', translate: false, notes: [] }] },
        { id: 'b5', kind: 'paragraph', units: [] },
      ],
    });
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f1" original="tessera:project/12" xml:space="preserve">
    <unit id="b3" type="tessera:list-item">
      <notes>
        <note id="41:n1">OK</note>
        <note id="43:n1">Too informal.</note>
      </notes>
      <originalData>
        <data id="d1">{"src":"a.png"}</data>
      </originalData>
      <segment id="41" state="final">
        <source>Hello <pc id="41:1" type="fmt" subType="xlf:b">world</pc>.</source>
        <target>Bonjour <pc id="41:1" type="fmt" subType="xlf:b">le monde</pc>.</target>
      </segment>
      <ignorable>
        <source> </source>
      </ignorable>
      <segment id="42" state="initial">
        <source><mrk id="42::dnt" translate="no">https://example.org</mrk></source>
      </segment>
      <segment id="43" state="initial" subState="tessera:rejected">
        <source>Hi <ph id="43:1" type="image" subType="tessera:img" dataRef="d1"/></source>
        <target>Salut</target>
      </segment>
      <segment id="44" state="translated" subState="tessera:needs-review">
        <source>Check</source>
        <target>Vérifier</target>
      </segment>
    </unit>
    <unit id="b4" type="tessera:signatory" translate="no">
      <segment id="45" state="initial">
        <source>Jane Doe</source>
      </segment>
    </unit>
    <group id="b5" type="tessera:paragraph"/>
  </file>
</xliff>
`);
  });

  it('writes crossing and unpaired codes as sc/ec, keeping ids unique in the unit', () => {
    const xml = writeXliff20(docWith([o('1'), 'x', o('2', 'i'), 'y', c('1'), 'z', c('2', 'i'), c('9', 'a'), o('9', 'a'), o('9', 'a')]));
    expect(xml).toContain(
      '<source><pc id="41:1" type="fmt" subType="xlf:b">x<sc id="41:2" type="fmt" subType="xlf:i"/>y</pc>z<ec startRef="41:2"/>' +
        '<ec id="41:9" isolated="yes" type="link" subType="tessera:a"/><sc id="41:9:2" type="link" subType="tessera:a" isolated="yes"/><sc id="41:9:3" type="link" subType="tessera:a" isolated="yes"/></source>',
    );
  });

  it('escapes text and attributes, keeping CR as a character reference', () => {
    const xml = writeXliff20(docWith(['a & b < c > d "e" \'f\' \r\n'], { original: 'x"&<>\t\n\r' }));
    expect(xml).toContain('<source>a &amp; b &lt; c &gt; d "e" \'f\' &#13;\n</source>');
    expect(xml).toContain('original="x&quot;&amp;&lt;&gt;&#9;&#10;&#13;"');
  });

  it('encodes ids that are not XML names, and kinds and names with spaces or colons', () => {
    const xml = writeXliff20({
      original: '',
      sourceLang: 'en',
      targetLang: '',
      groups: [{ id: 'block 1', kind: 'odd: kind', units: [{ id: 'a/b', source: [{ kind: 'standalone', id: 'x y', name: 'my:img' }], target: null, state: 'untranslated', translate: true, notes: [] }] }],
    });
    expect(xml).toContain('<unit id="_x-0062006c006f0063006b00200031" type="tessera:odd%3A%20kind">');
    expect(xml).toContain('<segment id="_x-0061002f0062" state="initial">');
    expect(xml).toContain('<ph id="_x-0061002f0062:_x-007800200079" type="other" subType="tessera:my%3Aimg"/>');
    expect(xml).not.toContain('trgLang');
    expect(xml).not.toContain('original=');
  });

  const withTranslation: XliffDocument = {
    ...docWith(['a']),
    targetLang: '',
    groups: [{ id: '1', kind: '', units: [{ id: '1', source: ['a'], target: ['b'], state: 'translated', translate: true, notes: [] }] }],
  };
  it.each<[string, XliffDocument, RegExp]>([
    ['a control character in text', docWith(['a\u0001b']), /cannot be written to XML 1\.0/],
    ['a control character in an attribute', docWith(['a'], { original: 'p\u001F' }), /cannot be written to XML 1\.0/],
    ['a lone surrogate', docWith(['\uD83D']), /cannot be written to XML 1\.0/],
    ['a source language that is not a language tag', docWith(['a'], { sourceLang: 'english language' }), /source language/],
    ['an empty source language', docWith(['a'], { sourceLang: '' }), /source language/],
    ['translations without a target language', withTranslation, /target language/],
  ])('refuses %s', (_, doc, message) => {
    expect(() => writeXliff20(doc)).toThrow(message);
  });
});

describe('planCodes20', () => {
  it.each([
    ['a simple pair', [o('1'), 'x', c('1')], ['pc-open', undefined, 'pc-close']],
    ['nested pairs', [o('1'), o('2'), c('2'), c('1')], ['pc-open', 'pc-open', 'pc-close', 'pc-close']],
    ['crossing pairs: the inner open cannot nest', [o('1'), o('2'), c('1'), c('2')], ['pc-open', 'sc', 'pc-close', 'ec']],
    ['a close before its open', [c('1'), o('1')], ['ec-isolated', 'sc-isolated']],
    ['names that differ', [o('1', 'b'), c('1', 'i')], ['sc', 'ec']],
    ['a close with attrs', [o('1'), { kind: 'close', id: '1', name: 'b', attrs: {} }], ['sc', 'ec']],
    ['the nearest open pairs', [o('1'), o('1'), c('1')], ['sc-isolated', 'pc-open', 'pc-close']],
    ['a standalone code', [{ kind: 'standalone', id: '1', name: 'br' }], ['ph']],
  ] as const)('%s', (_, content, forms) => {
    expect(planCodes20([...content]).forms).toEqual(forms);
  });
});
