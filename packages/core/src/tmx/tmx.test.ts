import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors/index.ts';
import { refusal } from '../import/testRefusal.ts';
import { decodeText } from '../import/index.ts';
import { contentText, type Content } from '../model/document.ts';
import { content as randomContent } from '../xliff/randomDocuments.test-data.ts';
import { readTmx, writeTmx, type TmxDocument, type TmxEntry } from './index.ts';

const conformance = fileURLToPath(new URL('../../../../../shared/conformance/', import.meta.url));
/** A file's bytes through decodeText (UTF-8 with or without BOM, UTF-16 LE/BE), as the server reads uploads. */
const load = (path: string): string => decodeText(new Uint8Array(readFileSync(join(conformance, path))));
const kit = (name: string): TmxDocument => readTmx(load(`tmx-compliance-kit/${name}`));
const texts = (doc: TmxDocument): [string, string, string, string][] => doc.entries.map((e) => [e.sourceLang, contentText(e.source), e.targetLang, contentText(e.target)]);
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe('the LISA TMX compliance kit imports correctly', () => {
  it('ImportTest1A (UTF-16LE): whitespace written as character references', () => {
    expect(texts(kit('ImportTest1A.tmx'))).toEqual([
      ['en-US', 'First segment with [\t\t   ]', 'fr-CA', 'Premier segment avec [\t\t   ]'],
      ['en-US', 'Second segment with [  \t\t]', 'fr-CA', 'Second segment avec [  \t\t]'],
    ]);
  });

  it('ImportTest1B: odd whitespace and quoting in tags, mixed-case languages', () => {
    expect(texts(kit('ImportTest1B.tmx'))).toEqual([['en-US', 'Text of the segment', 'fr-CA', 'Texte du segment']]);
  });

  it('ImportTest1C: five languages in varying order give a pair from the source to each', () => {
    const doc = kit('ImportTest1C.tmx');
    expect(doc.entries).toHaveLength(12);
    expect(texts(doc).filter(([, s]) => s.startsWith('Third'))).toEqual([
      ['en-US', 'Third entry in US English', 'fr-CA', 'Third entry in French Canadian'],
      ['en-US', 'Third entry in US English', 'ja-JP', 'Third entry in Japanese'],
      ['en-US', 'Third entry in US English', 'es-ES', 'Third entry in Spanish'],
      ['en-US', 'Third entry in US English', 'en-GB', 'Third entry in UK English'],
    ]);
  });

  it.each(['ImportTest1D.tmx', 'ImportTest1E.tmx', 'ImportTest1F.tmx', 'ImportTest1G.tmx', 'ImportTest1H.tmx'])('%s: the same text in UTF-8 (BOM or not), UTF-16LE/BE, ASCII with references', (name) => {
    expect(texts(kit(name))).toEqual([
      ['en-US', 'à=agrave, é=eacute, æ=aelig', 'en-GB', 'à=agrave, é=eacute, æ=aelig'],
      ['en-US', 'ÿ=U+00FF, ™=U+2122, ’=U+2019', 'en-GB', 'ÿ=U+00FF, ™=U+2122, ’=U+2019'],
      ['en-US', '“=U+201C, –=U+2013, ¤=U+00A4', 'en-GB', '“=U+201C, –=U+2013, ¤=U+00A4'],
    ]);
  });

  it('ImportTest1I: ideographic spaces', () => {
    expect(texts(kit('ImportTest1I.tmx'))).toEqual([['en-US', 'English segment with [    ]', 'ja-JP', 'Japanese segment with [\u3000\u3000]']]);
  });

  it('ImportTest1J: a source that is not the first tuv', () => {
    expect(texts(kit('ImportTest1J.tmx'))).toEqual([
      ['en-US', 'First entry in US English', 'en-GB', 'First entry in UK English'],
      ['en-US', 'Second entry in US English', 'en-GB', 'Second entry in UK English'],
    ]);
  });

  it('ImportTest1J_many: only the pairs asked for (en-us to en-gb)', () => {
    const doc = readTmx(load('tmx-compliance-kit/ImportTest1J_many.tmx'), { sourceLang: 'en-us', targetLang: 'en-gb' });
    expect(texts(doc).map(([, s]) => s)).toEqual(['First entry in US English', 'Second entry in US English']);
  });

  it('ImportTest1K: a srclang per tu overrides the header', () => {
    expect(texts(kit('ImportTest1K.tmx'))).toEqual([
      ['de-DE', 'First Entry - German', 'en-GB', 'First Entry - UK English'],
      ['fr-CA', 'Second Entry - French Canadian', 'en-GB', 'Second Entry - UK English'],
    ]);
  });

  it('ImportTest1L: comments, header ude/map, notes and props everywhere, every tu/tuv attribute', () => {
    const doc = kit('ImportTest1L.tmx');
    expect(doc.srcLang).toBe('en-US');
    expect(doc.entries).toEqual([
      { source: ['Text of the segment.'], target: ['Texte du segment.'], sourceLang: 'en-US', targetLang: 'fr', created: '2002-05-23T09:12:00Z', creator: 'ys', note: 'Text of tu note 1\nText of tu note 2' },
      { source: ['Text of the segment.'], target: ['Text of the segment.'], sourceLang: 'en-US', targetLang: 'en-GB', created: '2002-05-23T09:12:00Z', creator: 'ys', note: 'Text of tu note 1\nText of tu note 2' },
    ]);
  });

  it.each(['ImportTest2A.tmx', 'ImportTest2A-0index.tmx', 'ImportTest2B.tmx'])('%s: bpt/ept reordered in the target, it, ph, hi, escaped characters', (name) => {
    const [first, special, nested, begin, end, picture, highlighted] = kit(name).entries;
    const x = name === 'ImportTest2A-0index.tmx' ? ['0', '1'] : ['1', '2'];
    expect(first?.source).toEqual(['The big ', { kind: 'open', id: x[0], name: 'bold' }, 'black', { kind: 'close', id: x[0], name: 'bold' }, ' ', { kind: 'open', id: x[1], name: 'ulined' }, 'cat', { kind: 'close', id: x[1], name: 'ulined' }, ' sleeps.']);
    expect(first?.target).toEqual(['Le gros ', { kind: 'open', id: x[1], name: 'ulined' }, 'chat', { kind: 'close', id: x[1], name: 'ulined' }, ' ', { kind: 'open', id: x[0], name: 'bold' }, 'noir', { kind: 'close', id: x[0], name: 'bold' }, ' dors.']);
    expect(contentText(special?.source ?? [])).toBe('Test for special characters = <=lt, >=gt, &=amp, "=quot.');
    expect(nested?.source.filter((p) => typeof p !== 'string').map((c) => typeof c !== 'string' && `${c.kind}:${c.name}`)).toEqual(['open:bold', 'open:italic', 'open:ulined', 'close:ulined', 'close:italic', 'close:bold']);
    // The kit numbers these codes differently from file to file; their kinds and names are what counts.
    expect(begin?.source).toMatchObject(['First ', { kind: 'open', name: 'bold' }, 'sentence.']);
    expect(end?.target).toMatchObject(['Seconde', { kind: 'close', name: 'bold' }, ' phrase.']);
    expect(picture?.source).toMatchObject(['Picture: ', { kind: 'standalone', name: 'image' }]);
    expect(highlighted).toMatchObject({ source: ['Some text with a part highlighted.'], sourceLang: 'en-US', targetLang: 'fr-CA' });
    expect(contentText(highlighted?.target ?? [])).toMatch(/^Du texte? avec une portion délimitée\.$/);
  });

  it('ImportTest2C: it, bpt/ept, a ph holding a sub, hi', () => {
    const [fr] = kit('ImportTest2C.tmx').entries;
    expect(fr?.target).toEqual([{ kind: 'open', id: '1', name: 'italic' }, { kind: 'open', id: '2', name: 'bold' }, 'Cliquez ', { kind: 'standalone', id: '3', name: 'image' }, ' pour commencer.', { kind: 'close', id: '2', name: 'bold' }]);
  });

  const exports = readdirSync(join(conformance, 'tmx-compliance-kit')).filter((f) => f.startsWith('ExportTest') && f.endsWith('.tmx'));
  it.each(exports)('%s: every two-language tu becomes a pair', (name) => {
    const text = load(`tmx-compliance-kit/${name}`);
    expect(count(text, /<tuv[\s>]/g)).toBe(2 * count(text, /<tu[\s>]/g));
    expect(readTmx(text).entries).toHaveLength(count(text, /<tu[\s>]/g));
  });
});

describe('TMX files written by real tools import', () => {
  it('TRADOS Workbench 7 (UTF-16LE, invalid header props, RTF tables)', () => {
    const text = load('samples/tmx/trados-twb7-html_test.tmx');
    const doc = readTmx(text);
    expect(doc.entries).toHaveLength(count(text, /<tu[\s>]/g));
    expect(doc.entries[0]).toMatchObject({ sourceLang: 'en-US', targetLang: 'fr-FR', source: ['start &lt; of &lt; body text'], created: '2008-12-03T05:38:17Z', creator: 'BATCH_ANALYZER' });
    expect(doc.entries[3]?.source).toEqual(['To view this click ', { kind: 'open', id: '1', name: 'link' }, 'This is a link', { kind: 'close', id: '1', name: 'link' }, ' here']);
  });

  it('OmegaT 6.1 project memory (TMX 1.1, lang=)', () => {
    const doc = readTmx(load('samples/tmx/omegat-6.1-project_save.tmx'));
    expect(doc.entries).toHaveLength(5);
    expect(doc.entries[2]).toMatchObject({ sourceLang: 'en', targetLang: 'fr', source: ['Connect to custom server {0} instead of apertium.org'], creator: 'miurahr', created: '2025-06-13T06:48:42Z' });
  });

  it('OpenXLIFF 3.13 (DOCTYPE with a public id)', () => {
    const doc = readTmx(load('samples/tmx/openxliff-3.13-OpenXLIFF_Java_es.tmx'));
    expect(doc.entries).toHaveLength(519);
    expect(doc.entries[0]).toMatchObject({ source: ['Wrong XLIFF version'], target: ['Versión de XLIFF incorrecta'], sourceLang: 'en', targetLang: 'es' });
  });

  it('Okapi and translate-toolkit', () => {
    expect(readTmx(load('samples/tmx/okapi-sample14b.tmx')).entries[1]).toMatchObject({ sourceLang: 'en-US', targetLang: 'de-DE', target: ["'Wiederholen' drücken."] });
    expect(texts(readTmx(load('samples/xliff/translate-toolkit/po2tmx-output.tmx')))).toEqual([
      ['en', 'Save', 'de', 'Speichern'],
      ['en', 'Hello, %s!', 'de', 'Hallo, %s!'],
      ['en', '%d file', 'de', '%d Datei'],
    ]);
  });
});

describe('readTmx refuses hostile and broken input', () => {
  const tmx = (body: string, prolog = ''): string =>
    `<?xml version="1.0"?>\n${prolog}<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>${body}</body></tmx>`;
  it.each<[string, () => unknown, ErrorCode, RegExp]>([
    ['a DOCTYPE with an internal subset', () => readTmx(tmx('', '<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ATTLIST tmx a CDATA "b"> ]>\n')), 'xml.dtd-forbidden', /internal subset \(line 2\)/],
    ['an entity declaration', () => readTmx(tmx('<tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu>', '<!DOCTYPE tmx [<!ENTITY x "y">]>\n')), 'xml.dtd-forbidden', /entit/],
    ['a file over maxBytes', () => readTmx(tmx('x'.repeat(2000)), { maxBytes: 1000 }), 'input.too-large', /larger than/],
    ['another XML vocabulary', () => readTmx('<xliff/>'), 'tmx.invalid', /not a TMX file/],
    ['TMX 2.0', () => readTmx('<tmx version="2.0"/>'), 'tmx.unsupported-version', /"2\.0"/],
    ['a tuv without a language', () => readTmx(tmx('<tu><tuv><seg>a</seg></tuv></tu>')), 'tmx.invalid', /xml:lang \(line 3\)/],
    ['a tuv without a seg', () => readTmx(tmx('<tu><tuv xml:lang="en"></tuv></tu>')), 'tmx.invalid', /no <seg>/],
    ['broken XML', () => readTmx(tmx('<tu><tuv xml:lang="en"><seg>a</tuv></tu>')), 'xml.malformed', /line 3/],
    ['deep nesting', () => readTmx(tmx(`<tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(100)}${'</hi>'.repeat(100)}</seg></tuv></tu>`)), 'xml.too-deep', /64 levels/],
  ])('%s', (_, read, code, message) => {
    const error = refusal(read);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('accepts a DOCTYPE that only names the DTD, without loading it', () => {
    expect(readTmx(tmx('<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>', '<!DOCTYPE tmx SYSTEM "http://example.org/tmx14.dtd">\n')).entries).toHaveLength(1);
  });
});

const open = (id: string, name: string, attrs?: Record<string, string>) => ({ kind: 'open' as const, id, name, ...(attrs ? { attrs } : {}) });
const close = (id: string, name: string) => ({ kind: 'close' as const, id, name });
const standalone = (id: string, name: string, attrs?: Record<string, string>) => ({ kind: 'standalone' as const, id, name, ...(attrs ? { attrs } : {}) });

describe('writeTmx', () => {
  const memory: TmxDocument = {
    srcLang: 'en',
    entries: [
      {
        source: ['Read ', open('1', 'a', { href: 'https://example.org/?a=1&b="2"' }), 'the report', close('1', 'a'), standalone('2', 'br'), '& more <3'],
        target: ['Lisez ', open('1', 'a', { href: 'https://example.org/?a=1&b="2"' }), 'le rapport', close('1', 'a'), standalone('2', 'br'), '& plus <3'],
        sourceLang: 'en',
        targetLang: 'fr',
        created: '2024-05-01T10:00:00.000Z',
        creator: 'amal',
        note: 'Approved by the coalition',
      },
      { source: [close('9', 'b'), 'x', open('8', 'i')], target: ['نطالب بالعدالة 👍🏽'], sourceLang: 'fr', targetLang: 'ar' },
    ],
  };

  it('writes a header naming Tessera and one tu per entry, codes with their original text escaped', () => {
    expect(writeTmx(memory)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Tessera" creationtoolversion="1" segtype="sentence" o-tmf="Tessera" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu creationdate="20240501T100000Z" creationid="amal">
      <note>Approved by the coalition</note>
      <tuv xml:lang="en"><seg>Read <bpt i="1" x="1" type="a">&lt;a href="https://example.org/?a=1&amp;amp;b=&amp;quot;2&amp;quot;"&gt;</bpt>the report<ept i="1">&lt;/a&gt;</ept><ph x="2" type="br">&lt;br/&gt;</ph>&amp; more &lt;3</seg></tuv>
      <tuv xml:lang="fr"><seg>Lisez <bpt i="1" x="1" type="a">&lt;a href="https://example.org/?a=1&amp;amp;b=&amp;quot;2&amp;quot;"&gt;</bpt>le rapport<ept i="1">&lt;/a&gt;</ept><ph x="2" type="br">&lt;br/&gt;</ph>&amp; plus &lt;3</seg></tuv>
    </tu>
    <tu srclang="fr">
      <tuv xml:lang="fr"><seg><it pos="end" x="1" type="b">&lt;/b&gt;</it>x<it pos="begin" x="2" type="i">&lt;i&gt;</it></seg></tuv>
      <tuv xml:lang="ar"><seg>نطالب بالعدالة 👍🏽</seg></tuv>
    </tu>
  </body>
</tmx>
`);
  });

  it('reads back what it wrote', () => {
    const [first, second] = readTmx(writeTmx(memory)).entries;
    expect(first).toEqual({ ...memory.entries[0], created: '2024-05-01T10:00:00Z' });
    expect(second).toEqual({ ...memory.entries[1], source: [close('1', 'b'), 'x', open('2', 'i')] });
  });

  it('refuses a date that is not one, and characters XML cannot carry', () => {
    expect(() => writeTmx({ srcLang: 'en', entries: [{ ...(memory.entries[1] as TmxEntry), created: 'yesterday' }] })).toThrow(/not a date/);
    expect(() => writeTmx({ srcLang: 'en', entries: [{ ...(memory.entries[1] as TmxEntry), note: 'a\u0000' }] })).toThrow(/XML 1\.0/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'tessera-tmx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const randomEntry: fc.Arbitrary<TmxEntry> = fc.record({
    source: randomContent,
    target: randomContent,
    sourceLang: fc.constantFrom('en', 'fr-CA', 'ar'),
    targetLang: fc.constantFrom('de', 'he', 'zh-Hant'),
    note: fc.option(fc.constantFrom('a & b', '  spaced  ', 'ملاحظة'), { nil: undefined }),
  }).map(({ note, ...e }) => (note === undefined ? e : { ...e, note }));

  it('validates against tmx14.dtd (xmllint --nonet --dtdvalid), also for random content', () => {
    const docs = [memory, ...fc.sample(fc.array(randomEntry, { maxLength: 5 }), { numRuns: 60, seed: 99 }).map((entries) => ({ srcLang: 'en', entries }))];
    const paths = docs.map((doc, i) => {
      const path = join(dir, `m${i}.tmx`);
      writeFileSync(path, writeTmx(doc));
      return path;
    });
    const dtd = join(conformance, 'schemas/tmx/tmx14.dtd');
    let report = '';
    try {
      execFileSync('xmllint', ['--nonet', '--noout', '--dtdvalid', dtd, ...paths], { stdio: 'pipe' });
    } catch (error) {
      report = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    }
    expect(report).toBe('');
  });

  it('keeps text and codes through a round trip (property)', () => {
    const shape = (c: Content) => c.map((p) => (typeof p === 'string' ? p : `${p.kind}:${p.name}`));
    fc.assert(
      fc.property(randomEntry, (entry) => {
        const [back] = readTmx(writeTmx({ srcLang: entry.sourceLang, entries: [entry] })).entries;
        expect(back && shape(back.source)).toEqual(shape(entry.source));
        expect(back && shape(back.target)).toEqual(shape(entry.target));
        expect(back?.note).toBe(entry.note);
      }),
      { numRuns: 300 },
    );
  });
});
