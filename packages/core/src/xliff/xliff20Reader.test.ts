import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors/index.ts';
import { detectXliffVersion, readXliff, readXliff20, writeXliff12, writeXliff20, type XliffDocument } from './index.ts';
import { refusal } from '../import/testRefusal.ts';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';

function xliff(body: string, root = 'srcLang="en" trgLang="fr"', file = 'id="f1" original="tessera:project/1"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${NS}" version="2.0" ${root}>\n<file ${file}>\n${body}\n</file>\n</xliff>\n`;
}
const oneUnit = (source: string, target = 'cible', segment = 'id="s1" state="translated"') => xliff(`<unit id="u1"><segment ${segment}><source>${source}</source><target>${target}</target></segment></unit>`);

const units = (doc: XliffDocument) => doc.groups.flatMap((g) => g.units);

describe('readXliff20 refuses hostile and broken input', () => {
  const written = writeXliff20({
    original: 'tessera:project/1',
    sourceLang: 'en',
    targetLang: 'fr',
    groups: [{ id: 'b1', kind: 'paragraph', units: [{ id: '1', source: ['Hello'], target: ['Bonjour'], state: 'translated', translate: true, notes: [] }] }],
  });
  const billionLaughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<xliff xmlns="${NS}" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol1;</source></segment></unit></file></xliff>`;
  const cases: [string, () => unknown, ErrorCode, RegExp][] = [
    ['an empty string', () => readXliff20(''), 'input.empty', /empty/],
    ['a file over maxBytes', () => readXliff20(oneUnit('x'.repeat(2000)), { maxBytes: 1024 }), 'input.too-large', /larger than/],
    ['the billion laughs', () => readXliff20(billionLaughs), 'xml.dtd-forbidden', /line 3/],
    ['an external entity', () => readXliff20(oneUnit('&xxe;').replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff')), 'xml.dtd-forbidden', /entit/],
    ['a DOCTYPE without entities', () => readXliff20(oneUnit('a').replace('<xliff', '<!DOCTYPE xliff SYSTEM "x.dtd">\n<xliff')), 'xml.dtd-forbidden', /DOCTYPE/],
    ['a truncated file', () => readXliff20(written.slice(0, written.indexOf('Bonjour'))), 'xml.malformed', /line \d+/],
    ['an undefined entity', () => readXliff20(oneUnit('&nbsp;')), 'xml.malformed', /line 4/],
    ['1000-deep nesting', () => readXliff20(oneUnit(`${'<mrk id="m" translate="no">'.repeat(1000)}x${'</mrk>'.repeat(1000)}`)), 'xml.too-deep', /64 levels/],
    ['an XLIFF 1.2 file', () => readXliff20(writeXliff12({ original: 'x', sourceLang: 'en', targetLang: 'fr', groups: [] })), 'xliff.unsupported-version', /"1\.2".*not XLIFF 2\.0/],
    ['XLIFF 2.2', () => readXliff20('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.2" version="2.2" srcLang="en"/>'), 'xliff.unsupported-version', /"2\.2"/],
    ['another XML vocabulary', () => readXliff20('<html/>'), 'xliff.unsupported-version', /not an XLIFF file/],
    ['no <file>', () => readXliff20(`<xliff xmlns="${NS}" version="2.0" srcLang="en"/>`), 'xliff.invalid', /no <file>/],
    ['two <file> elements', () => readXliff20(oneUnit('a').replace('</xliff>', '<file id="f2"><unit id="u"><segment><source/></segment></unit></file></xliff>')), 'xliff.invalid', /more than one <file>.*line 6/],
    ['a unit without id', () => readXliff20(xliff('<unit><segment><source>a</source></segment></unit>')), 'xliff.invalid', /no id \(line 4\)/],
    ['a segment without source', () => readXliff20(xliff('<unit id="u1"><segment><target>a</target></segment></unit>')), 'xliff.invalid', /"u1".*no <source>/],
    ['a segment with two sources', () => readXliff20(xliff('<unit id="u1"><segment><source>a</source><source>b</source></segment></unit>')), 'xliff.invalid', /more than one <source>/],
  ];

  it.each(cases)('%s', (_, read, code, message) => {
    const error = refusal(read);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe('readXliff20 reads what other tools write', () => {
  it('reads every segment of a multi-segment unit, with the ignorable whitespace between them', () => {
    const doc = readXliff20(
      xliff(`<unit id="p1" type="my:para"><ignorable><source>  </source></ignorable>
<segment><source>One.</source><target>Un.</target></segment><ignorable><source> </source><target>  </target></ignorable><ignorable><source>\t</source></ignorable>
<segment state="final"><source>Two.</source><target>Deux.</target></segment></unit>
<unit id="p2"><segment><source>Alone.</source></segment></unit>`),
    );
    expect(doc.groups.map((g) => [g.id, g.kind, g.units.map((u) => [u.id, u.spaceAfter, u.state])])).toEqual([
      ['p1', 'my:para', [['p1/1', ' \t', 'translated'], ['p1/2', '', 'approved']]],
      ['p2', '', [['p2', '', 'untranslated']]],
    ]);
  });

  it.each([
    ['no target', 'state="translated"', '', 'untranslated', null],
    ['no state, a target with text', '', '<target>t</target>', 'translated', ['t']],
    ['no state, an empty target', '', '<target/>', 'untranslated', []],
    ['initial', 'state="initial"', '<target>t</target>', 'untranslated', ['t']],
    ['translated with another tool\'s subState', 'state="translated" subState="my:x"', '<target>t</target>', 'translated', ['t']],
    ['reviewed', 'state="reviewed"', '<target>t</target>', 'approved', ['t']],
    ['final', 'state="final"', '<target>t</target>', 'approved', ['t']],
    ['our needs-review', 'state="translated" subState="tessera:needs-review"', '<target>t</target>', 'needs-review', ['t']],
    ['our rejected', 'state="initial" subState="tessera:rejected"', '<target>t</target>', 'rejected', ['t']],
  ] as const)('reads the state of a segment with %s', (_, attrs, target, state, content) => {
    const doc = readXliff20(xliff(`<unit id="u1"><segment ${attrs}><source>s</source>${target}</segment></unit>`));
    expect(units(doc)[0]).toMatchObject({ state, target: content });
  });

  it('inherits translate="no" from the file, groups and units, and reads a wholly marked source', () => {
    const doc = readXliff20(
      xliff(
        `<group id="g1" translate="no"><unit id="u1"><segment><source>a</source></segment></unit><unit id="u2" translate="yes"><segment><source>b</source></segment></unit></group>
<unit id="u3"><segment><source><mrk id="m" translate="no">c<ph id="1"/></mrk></source></segment><segment><source><mrk id="m2" translate="no">d</mrk> e</source></segment></unit>`,
      ),
    );
    expect(units(doc).map((u) => [u.id, u.translate, u.source])).toEqual([
      ['u1', false, ['a']],
      ['u2', true, ['b']],
      ['u3/1', false, ['c', { kind: 'standalone', id: '1', name: '' }]],
      ['u3/2', true, ['d e']],
    ]);
    const noFile = readXliff20(oneUnit('a').replace('id="f1"', 'id="f1" translate="no"'));
    expect(units(noFile)[0]?.translate).toBe(false);
  });

  it('reads inline codes: pc, sc/ec across segments, isolated codes, ph, cp, mrk, sm/em', () => {
    const doc = readXliff20(
      xliff(`<unit id="u1"><originalData><data id="d1">&lt;b></data><data id="d2">{"href":"x"}</data><data id="d3">[<cp hex="0001"/>]</data></originalData>
<segment id="s1"><source>A<pc id="1" type="fmt" subType="xlf:b" dataRefStart="d1" dataRefEnd="d1">b<mrk id="m1" type="term">c</mrk></pc><sc id="2" type="link" dataRef="d2"/>d<sm id="m2" type="comment" value="v"/>e<em startRef="m2"/><cp hex="001F"/><cp hex="1F600"/></source></segment>
<segment id="s2"><source>f<ec startRef="2"/><ec id="3" isolated="yes" type="fmt" subType="my:x"/><ph id="4" equiv="{name}" disp="name" dataRef="d3"/><sc id="5" isolated="yes"/></source></segment></unit>`),
    );
    const [s1, s2] = units(doc);
    expect(s1?.source).toEqual(['A', { kind: 'open', id: '1', name: 'b' }, 'bc', { kind: 'close', id: '1', name: 'b' }, { kind: 'open', id: '2', name: 'link', attrs: { href: 'x' } }, 'de\u001F😀']);
    expect(s2?.source).toEqual(['f', { kind: 'close', id: '2', name: 'link' }, { kind: 'close', id: '3', name: 'my:x' }, { kind: 'standalone', id: '4', name: '' }, { kind: 'open', id: '5', name: '' }]);
  });

  it('gives notes written for a sentence back to it, and other unit notes to the first sentence', () => {
    const doc = readXliff20(
      xliff(`<notes><note>file note</note></notes><unit id="u1"><notes><note category="x">theirs</note><note id="s2:n1">mine</note><note id="s9:n1">unknown</note></notes>
<segment id="s1"><source>a</source></segment><segment id="s2"><source>b</source></segment></unit>`),
    );
    expect(units(doc).map((u) => u.notes)).toEqual([['theirs', 'unknown'], ['mine']]);
  });

  it('keeps whitespace exactly, reads CDATA, and skips modules and extensions', () => {
    const doc = readXliff20(
      xliff(`<mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"><mda:metaGroup><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>
<unit id="u1"><my:x xmlns:my="urn:my">ignored</my:x><segment><source xml:space="default">  a \n b  </source><target><![CDATA[ <b>&</b> ]]> y</target></segment></unit>`),
    );
    expect(units(doc)[0]).toMatchObject({ source: ['  a \n b  '], target: [' <b>&</b>  y'] });
  });

  it('returns empty strings for a missing original and target language, and reads several files on request', () => {
    const two = xliff('<unit id="u1"><segment><source>a</source></segment></unit>', 'srcLang="en"', 'id="f1"').replace('</xliff>', '<file id="f2" original="o2"><unit id="u2"><segment><source>b</source></segment></unit></file></xliff>');
    const doc = readXliff20(two, { allowMultipleFiles: true });
    expect(doc).toMatchObject({ original: '', sourceLang: 'en', targetLang: '' });
    expect(doc.groups.map((g) => g.id)).toEqual(['u1', 'u2']);
  });
});

describe('readXliff and detectXliffVersion', () => {
  const doc: XliffDocument = { original: 'p', sourceLang: 'en', targetLang: 'fr', groups: [{ id: 'b1', kind: 'title', units: [{ id: '1', source: ['T'], target: ['T'], state: 'translated', translate: true, notes: [] }] }] };

  it('reads either version', () => {
    expect(readXliff(writeXliff12(doc))).toEqual({ version: '1.2', document: doc });
    expect(readXliff(writeXliff20(doc))).toEqual({ version: '2.0', document: { ...doc, groups: [{ ...doc.groups[0], units: [{ ...doc.groups[0]?.units[0], spaceAfter: '' }] }] } });
  });

  it('detects the version from the root element only', () => {
    expect(detectXliffVersion('\uFEFF<!-- c --><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><broken')).toBe('2.0');
    expect(detectXliffVersion('<xliff version="1.2"><file>')).toBe('1.2');
    expect(refusal(() => detectXliffVersion('<!DOCTYPE x SYSTEM "y"><xliff/>')).code).toBe('xml.dtd-forbidden');
    expect(refusal(() => detectXliffVersion('<<')).code).toBe('xml.malformed');
  });
});
