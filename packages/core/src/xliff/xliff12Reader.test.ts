import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors/index.ts';
import { MAX_XML_BYTES } from '../limits.ts';
import { readXliff12, writeXliff12 } from './index.ts';
import { refusal } from '../import/testRefusal.ts';

const NS = 'urn:oasis:names:tc:xliff:document:1.2';

function xliff(body: string, fileAttrs = 'original="tessera:project/1" source-language="en" target-language="fr" datatype="plaintext"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${NS}">\n<file ${fileAttrs}>\n<body>\n${body}\n</body>\n</file>\n</xliff>\n`;
}

const oneUnit = (source: string, target = 'cible') => xliff(`<trans-unit id="1"><source>${source}</source><target state="translated">${target}</target></trans-unit>`);

describe('readXliff12 refuses hostile and broken input', () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xliff version="1.2" xmlns="${NS}"><file original="x" source-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>`;
  const xxe = oneUnit('&xxe;').replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff');
  const externalDtd = oneUnit('a').replace('<xliff', '<!DOCTYPE xliff SYSTEM "http://example.org/xliff.dtd">\n<xliff');
  const deep = xliff(`<trans-unit id="1"><source>${'<mrk mtype="x-a">'.repeat(1000)}deep${'</mrk>'.repeat(1000)}</source></trans-unit>`);
  const written = writeXliff12({
    original: 'tessera:project/1',
    sourceLang: 'en',
    targetLang: 'fr',
    groups: [{ id: 'b1', kind: 'paragraph', units: [{ id: '1', source: ['Hello'], target: ['Bonjour'], state: 'translated', translate: true, notes: [] }] }],
  });

  const cases: [string, () => unknown, ErrorCode, RegExp][] = [
    ['an empty string', () => readXliff12(''), 'input.empty', /empty/],
    ['only whitespace', () => readXliff12('  \n\t'), 'input.empty', /empty/],
    ['a file over maxBytes', () => readXliff12(oneUnit('x'.repeat(1025)), { maxBytes: 1024 }), 'input.too-large', /larger than/],
    ['a file over the default 20 MB', () => readXliff12('<' + 'a'.repeat(MAX_XML_BYTES)), 'input.too-large', /20 MB/],
    ['the billion laughs', () => readXliff12(billionLaughs), 'xml.dtd-forbidden', /line 3/],
    ['an external entity (XXE)', () => readXliff12(xxe), 'xml.dtd-forbidden', /entit/],
    ['a DOCTYPE without entities', () => readXliff12(externalDtd), 'xml.dtd-forbidden', /DOCTYPE.*line 2/],
    ['a truncated file', () => readXliff12(written.slice(0, written.indexOf('Bonjour'))), 'xml.malformed', /line \d+/],
    ['mismatched tags', () => readXliff12(oneUnit('a', 'b</targt>')), 'xml.malformed', /line 5/],
    ['an undefined entity', () => readXliff12(oneUnit('&nbsp;')), 'xml.malformed', /line 5/],
    ['a control character', () => readXliff12(oneUnit('a\u0001b')), 'xml.malformed', /line 5/],
    ['text after the root', () => readXliff12(oneUnit('a') + '<xliff/>'), 'xml.malformed', /line/],
    ['1000-deep nesting', () => readXliff12(deep), 'xml.too-deep', /64 levels/],
    ['an XLIFF 2.0 file', () => readXliff12('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en"><file id="f"/></xliff>'), 'xliff.unsupported-version', /XLIFF 2\.0 file, not XLIFF 1\.2/],
    ['an XLIFF 1.2 root in the 2.0 namespace', () => readXliff12('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>'), 'xliff.unsupported-version', /not XLIFF 1\.2/],
    ['another XML vocabulary', () => readXliff12('<html><body/></html>'), 'xliff.unsupported-version', /not an XLIFF file.*<html>/],
    ['an unknown XLIFF version', () => readXliff12(`<xliff version="1.0" xmlns="${NS}"/>`), 'xliff.unsupported-version', /"1\.0"/],
    ['no <file>', () => readXliff12(`<xliff version="1.2" xmlns="${NS}"></xliff>`), 'xliff.invalid', /no <file>/],
    ['two <file> elements', () => readXliff12(oneUnit('a').replace('</xliff>', '<file original="y" source-language="en" datatype="plaintext"><body/></file></xliff>')), 'xliff.invalid', /more than one <file>/],
    ['a trans-unit without id', () => readXliff12(xliff('<trans-unit><source>a</source></trans-unit>')), 'xliff.invalid', /no id \(line 5\)/],
    ['a trans-unit without source', () => readXliff12(xliff('<trans-unit id="u1"><target>a</target></trans-unit>')), 'xliff.invalid', /"u1".*no <source>/],
    ['a trans-unit with two targets', () => readXliff12(xliff('<trans-unit id="u1"><source>a</source><target>b</target><target>c</target></trans-unit>')), 'xliff.invalid', /more than one <target>/],
  ];

  it.each(cases)('%s', (_, read, code, message) => {
    const error = refusal(read);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('names the line and column of a syntax error in the details', () => {
    const error = refusal(() => readXliff12(oneUnit('a', 'b</targt>')));
    expect(error.details).toMatchObject({ line: 5 });
    expect(error.details.column).toBeGreaterThan(0);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const arabic = oneUnit('ب'.repeat(300));
    const bytes = arabic.length + 300; // each ب is two bytes in UTF-8
    expect(() => readXliff12(arabic, { maxBytes: bytes })).not.toThrow();
    expect(refusal(() => readXliff12(arabic, { maxBytes: bytes - 1 })).code).toBe('input.too-large');
  });

  it('accepts 64 levels of nesting', () => {
    // xliff > file > body > trans-unit > source = 5 levels, so 59 more fit.
    const nested = xliff(`<trans-unit id="1"><source>${'<mrk mtype="x-a">'.repeat(59)}ok${'</mrk>'.repeat(59)}</source></trans-unit>`);
    expect(readXliff12(nested).groups[0]?.units[0]?.source).toEqual(['ok']);
    const tooDeep = nested.replace('<source>', '<source><mrk mtype="x-a">').replace('</source>', '</mrk></source>');
    expect(refusal(() => readXliff12(tooDeep)).code).toBe('xml.too-deep');
  });
});

describe('readXliff12 reads what other tools write', () => {
  it('keeps whitespace inside source and target exactly, and reads CDATA', () => {
    const doc = readXliff12(oneUnit('  a \n\t b  ', '<![CDATA[ <b>x</b> & ]]> y '));
    expect(doc.groups[0]?.units[0]).toMatchObject({ source: ['  a \n\t b  '], target: [' <b>x</b> &  y '] });
  });

  it('puts units outside any group into synthetic groups and flattens nested groups', () => {
    const doc = readXliff12(
      xliff(`<trans-unit id="1"><source>a</source></trans-unit>
<group id="g1" restype="x-paragraph" translate="no"><group id="g2"><trans-unit id="2"><source>b</source></trans-unit></group><trans-unit id="3" translate="yes"><source>c</source></trans-unit></group>
<trans-unit id="4"><source>d</source></trans-unit>`),
    );
    expect(doc.groups.map((g) => [g.id, g.kind, g.units.map((u) => [u.id, u.translate])])).toEqual([
      ['', '', [['1', true]]],
      ['g1', 'paragraph', [['3', true]]],
      ['g2', '', [['2', false]]],
      ['', '', [['4', true]]],
    ]);
  });

  it('reads every inline element, leaving native code out and keeping the text of others', () => {
    const doc = readXliff12(
      oneUnit(
        'A<g id="1" ctype="bold">b<mrk mtype="term">c</mrk></g><x id="2" ctype="lb"/><bx id="3" rid="r"/>d<ex id="4" rid="r"/>' +
          '<bpt id="5">&lt;i&gt;</bpt>e<ept id="5">&lt;/i&gt;</ept><ph id="6">{name}</ph><it id="7" pos="open" ctype="x-span">&lt;span&gt;</it>f<unknown xmlns="urn:other">g</unknown>',
      ),
    );
    expect(doc.groups[0]?.units[0]?.source).toEqual([
      'A',
      { kind: 'open', id: '1', name: 'bold' },
      'bc',
      { kind: 'close', id: '1', name: 'bold' },
      { kind: 'standalone', id: '2', name: 'lb' },
      { kind: 'open', id: 'r', name: '' },
      'd',
      { kind: 'close', id: 'r', name: '' },
      { kind: 'open', id: '5', name: '' },
      'e',
      { kind: 'close', id: '5', name: '' },
      { kind: 'standalone', id: '6', name: '' },
      { kind: 'open', id: '7', name: 'span' },
      'fg',
    ]);
  });

  it('skips alt-trans, seg-source, context groups and foreign elements', () => {
    const doc = readXliff12(
      xliff(`<trans-unit id="1"><source>a</source><seg-source><mrk mtype="seg" mid="0">zz</mrk></seg-source><target>b</target>
<alt-trans><source>x</source><target>y</target><note>not ours</note></alt-trans><context-group><context context-type="x-a">ctx</context></context-group>
<my:extra xmlns:my="urn:my"><source>q</source></my:extra><note from="reviewer">ours</note></trans-unit>`),
    );
    expect(doc.groups[0]?.units).toEqual([{ id: '1', source: ['a'], target: ['b'], state: 'translated', translate: true, notes: ['ours'] }]);
  });

  it.each([
    ['no target', '', 'untranslated', null],
    ['an empty target', '<target/>', 'untranslated', []],
    ['a target without state', '<target>t</target>', 'translated', ['t']],
    ['state="new"', '<target state="new">t</target>', 'untranslated', ['t']],
    ['state="needs-review-translation"', '<target state="needs-review-translation">t</target>', 'needs-review', ['t']],
    ['state="needs-translation" (other tools: not translated yet)', '<target state="needs-translation">t</target>', 'untranslated', ['t']],
    ['a rejected-… state-qualifier', '<target state="needs-review-translation" state-qualifier="rejected-spelling">t</target>', 'rejected', ['t']],
    ['state="final"', '<target state="final">t</target>', 'approved', ['t']],
    ['a custom state', '<target state="x-mine">t</target>', 'translated', ['t']],
  ] as const)('reads the state of a unit with %s', (_, target, state, content) => {
    const doc = readXliff12(xliff(`<trans-unit id="1"><source>s</source>${target}</trans-unit>`));
    expect(doc.groups[0]?.units[0]).toMatchObject({ state, target: content });
  });

  it('reads approved="yes" as approved only when there is a target', () => {
    const read = (target: string) => readXliff12(xliff(`<trans-unit id="1" approved="yes"><source>s</source>${target}</trans-unit>`)).groups[0]?.units[0]?.state;
    expect(read('<target state="translated">t</target>')).toBe('approved');
    expect(read('')).toBe('untranslated');
  });

  it('reads XLIFF 1.1, a file without namespace, and a byte order mark', () => {
    const v11 = oneUnit('a').replace('version="1.2"', 'version="1.1"').replace(NS, 'urn:oasis:names:tc:xliff:document:1.1');
    expect(readXliff12(v11).groups[0]?.units[0]?.source).toEqual(['a']);
    expect(readXliff12(oneUnit('a').replace(` xmlns="${NS}"`, '')).groups[0]?.units[0]?.source).toEqual(['a']);
    expect(readXliff12('\uFEFF' + oneUnit('a')).original).toBe('tessera:project/1');
  });

  it('returns empty strings for missing file attributes, leaving the checks to the caller', () => {
    const doc = readXliff12(xliff('', 'datatype="plaintext"'));
    expect(doc).toEqual({ original: '', sourceLang: '', targetLang: '', groups: [] });
  });
});
