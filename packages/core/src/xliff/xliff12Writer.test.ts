import { describe, expect, it } from 'vitest';
import { planCodeForms } from './inlineCodes12.ts';
import { docWith } from './documents.test-data.ts';
import { writeXliff12 } from './index.ts';

describe('writeXliff12', () => {
  it('writes XLIFF 1.2 with indentation only between structural elements', () => {
    const xml = writeXliff12({
      original: 'tessera:project/12',
      sourceLang: 'en',
      targetLang: 'fr',
      groups: [
        {
          id: 'b3',
          kind: 'list-item',
          units: [
            { id: '41', source: [' Hello ', { kind: 'open', id: '1', name: 'b' }, 'world', { kind: 'close', id: '1', name: 'b' }], target: ['Bonjour'], state: 'approved', translate: true, notes: ['OK'] },
            { id: '42', source: ['https://example.org'], target: null, state: 'untranslated', translate: false, notes: [] },
            { id: '43', source: ['Hi'], target: ['Salut'], state: 'rejected', translate: true, notes: [] },
          ],
        },
      ],
    });
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="tessera:project/12" source-language="en" target-language="fr" datatype="plaintext">
    <header>
      <tool tool-id="tessera" tool-name="Tessera"/>
    </header>
    <body>
      <group id="b3" restype="x-list-item">
        <trans-unit id="41" approved="yes" xml:space="preserve">
          <source> Hello <g id="1" ctype="x-b">world</g></source>
          <target state="signed-off">Bonjour</target>
          <note>OK</note>
        </trans-unit>
        <trans-unit id="42" translate="no" xml:space="preserve">
          <source>https://example.org</source>
        </trans-unit>
        <trans-unit id="43" xml:space="preserve">
          <source>Hi</source>
          <target state="needs-translation" state-qualifier="rejected-inaccurate">Salut</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
`);
  });

  it('escapes text and attributes, keeping CR and attribute whitespace as character references', () => {
    const xml = writeXliff12(docWith(['a & b < c > d "e" \'f\' \r\n'], { original: 'x"&<>\t\n\r' }));
    expect(xml).toContain('<source>a &amp; b &lt; c &gt; d "e" \'f\' &#13;\n</source>');
    expect(xml).toContain('original="x&quot;&amp;&lt;&gt;&#9;&#10;&#13;"');
  });

  it('keeps attrs in equiv-text and odd names %-escaped in ctype', () => {
    const xml = writeXliff12(docWith([{ kind: 'standalone', id: '1', name: 'my img', attrs: { src: 'a.png' } }]));
    expect(xml).toContain('<x id="1" ctype="x-my%20img" equiv-text="{&quot;attrs&quot;:{&quot;src&quot;:&quot;a.png&quot;}}"/>');
  });

  it.each([
    ['a control character in text', docWith(['a\u0001b'])],
    ['a control character in an attribute', docWith(['a'], { original: 'p\u001F' })],
    ['a lone surrogate', docWith(['\uD83D'])],
    ['U+FFFF', docWith(['\uFFFF'])],
  ])('refuses %s', (_, doc) => {
    expect(() => writeXliff12(doc)).toThrow(/cannot be written to XML 1\.0/);
  });
});

describe('planCodeForms', () => {
  const o = (id: string, name = 'b') => ({ kind: 'open' as const, id, name });
  const c = (id: string, name = 'b') => ({ kind: 'close' as const, id, name });
  it.each([
    ['a simple pair', [o('1'), 'x', c('1')], ['g-open', undefined, 'g-close']],
    ['nested pairs', [o('1'), o('2'), c('2'), c('1')], ['g-open', 'g-open', 'g-close', 'g-close']],
    ['crossing pairs: the inner open cannot nest', [o('1'), o('2'), c('1'), c('2')], ['g-open', 'bpt', 'g-close', 'ept']],
    ['a close before its open', [c('1'), o('1')], ['it-close', 'it-open']],
    ['a lone open among pairs', [o('1'), o('1'), c('1')], ['it-open', 'g-open', 'g-close']],
    ['names that differ', [o('1', 'b'), c('1', 'i')], ['bpt', 'ept']],
    ['a standalone code', [{ kind: 'standalone' as const, id: '1', name: 'br' }], ['x']],
  ] as const)('%s', (_, content, forms) => {
    expect(planCodeForms([...content])).toEqual(forms);
  });
});
