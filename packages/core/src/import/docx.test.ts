import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from './index.ts';
import { outline } from './testOutline.ts';
import { refusal } from './testRefusal.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const para = (style: string | null, runs: string, extra = ''): string =>
  `<w:p>${style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extra}</w:pPr>` : ''}${runs}</w:p>`;
const run = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const listed = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>';

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const stylesXml = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

function docx(body: string, extra: Zippable = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${RELS}">` +
        `<Relationship Id="rId1" Type="${TYPE}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId7" Type="${TYPE}/hyperlink" Target="https://example.org/report" TargetMode="External"/>` +
        `<Relationship Id="rId8" Type="${TYPE}/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>` +
        '</Relationships>',
    ),
    'word/styles.xml': strToU8(stylesXml),
    'word/document.xml': strToU8(documentXml(body)),
    ...extra,
  });
}

const statement = [
  para('Titel', run('Stop the surveillance bill')),
  para(null, run('8 May 2025')),
  para(null, run('We, the undersigned, ask ') + run('Parliament', '<w:b/>') + run(' to reject the bill. It ') + run('would', '<w:i/>') + run(' end private messaging.')),
  para(null, run('Read ') + `<w:hyperlink r:id="rId7">${run('our report', '<w:rStyle w:val="Strong"/>')}</w:hyperlink>` + run(' and ') + `<w:hyperlink r:id="rId8">${run('this')}</w:hyperlink>` + run('.')),
  para(null, run('The bill:')),
  para(null, run('Breaks encryption;'), listed),
  para('ListBullet', run('Has no oversight.')),
  para(null, run('We ask for:')),
  para(null, run('A new draft;'), listed),
  para(null, run('A public hearing.'), listed),
  para('berschrift2', run('Signatories')),
  para(null, run('Privacy First') + '<w:r><w:br/></w:r>' + run('Open Rights Group North')),
  para(null, run('Free Press Union')),
].join('');

describe('importDocx', () => {
  it('reads title, date, styled paragraphs, bold and italic runs, hyperlinks, lists and signatories', () => {
    expect(outline(importDocx(docx(statement), 'en'))).toEqual([
      'title: Stop the surveillance bill',
      'date: 2025-05-08',
      'paragraph: We, the undersigned, ask [b]Parliament[/b] to reject the bill. | It [i]would[/i] end private messaging.',
      'paragraph: Read [a href=https://example.org/report][b]our report[/b][/a] and this.',
      'paragraph: The bill:',
      'list-item#1: Breaks encryption;',
      'list-item#1: Has no oversight.',
      'paragraph: We ask for:',
      'list-item#2: A new draft;',
      'list-item#2: A public hearing.',
      'heading/2: Signatories',
      'signatory#3: ~Privacy First',
      'signatory#3: ~Open Rights Group North',
      'signatory#3: ~Free Press Union',
    ]);
  });

  it('merges runs of the same formatting and keeps spaces outside codes', () => {
    const body = para(null, run('Title')) + para(null, run('A ') + run('bold ', '<w:b/>') + run('run', '<w:b/><w:b w:val="1"/>') + run(' ends', '<w:b w:val="0"/>') + run('.'));
    expect(outline(importDocx(docx(body), 'en'))[1]).toBe('paragraph: A [b]bold run[/b] ends.');
  });

  it('keeps the result of a HYPERLINK field and inserted text, drops field codes and deleted text', () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/x" </w:instrText></w:r>' +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('the site')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = para(null, run('Title')) + para(null, run('See ') + field + `<w:del><w:r><w:delText>old words</w:delText></w:r></w:del><w:ins>${run(' now')}</w:ins>` + run('.'));
    expect(outline(importDocx(docx(body), 'en'))[1]).toBe('paragraph: See [a href=https://example.org/x]the site[/a] now.');
  });

  it('keeps a picture with its description as alt text, and takes one copy of alternate content', () => {
    const picture =
      '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1" descr="A crowd at the parliament"/></wp:inline></w:drawing></w:r>';
    const alternate =
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">' +
      run('shown once') +
      `</mc:Choice><mc:Fallback>${run('shown twice')}</mc:Fallback></mc:AlternateContent>`;
    const body = para(null, run('Title')) + para(null, picture) + para(null, run('Text ') + alternate + run('.'));
    expect(outline(importDocx(docx(body), 'en')).slice(1)).toEqual([
      'paragraph: [img][alt for=1]A crowd at the parliament[/alt]',
      'paragraph: Text shown once.',
    ]);
  });

  it('finds headings by style id when the package has no styles', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml(para('Title', run('The Title')) + para('Heading3', run('Part')) + para(null, run('Text.')))) });
    expect(outline(importDocx(bytes, 'en'))).toEqual(['title: The Title', 'heading/3: Part', 'paragraph: Text.']);
  });
});

describe('importDocx: bad input', () => {
  it.each<[string, () => Uint8Array, string, RegExp]>([
    ['an empty file', () => new Uint8Array(0), 'input.empty', /empty/],
    ['a file that is not a ZIP package', () => strToU8('just some text'), 'input.binary', /not a DOCX/],
    ['a damaged ZIP package', () => docx(para(null, run('Text.'))).slice(0, 200), 'input.binary', /cannot be opened/],
    ['a ZIP package without a Word document', () => zipSync({ 'content.xml': strToU8('<x/>') }), 'input.binary', /no main document/],
    ['a document that declares a DTD', () => zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "b">]><w:document xmlns:w="x"/>') }), 'xml.dtd-forbidden', /entit/],
    ['a document that is not well-formed', () => zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p>`) }), 'xml.malformed', /well-formed/],
    ['a document with no text', () => docx(para(null, '')), 'input.empty', /no text/],
    [
      'a zip bomb: a document that inflates past the limit',
      () => zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }),
      'input.too-large',
      /decompressed/,
    ],
    [
      'a package with too many entries',
      () => zipSync(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`f${i}`, new Uint8Array(0)]))),
      'input.too-large',
      /entries/,
    ],
    ['nesting past the XML depth limit', () => docx('<w:tbl>'.repeat(100) + '</w:tbl>'.repeat(100)), 'xml.too-deep', /levels deep/],
  ])('%s', (_name, make, code, message) => {
    const error = refusal(() => importDocx(make(), 'en'));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses a bomb whose header understates its size, counting bytes as they inflate', () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    // The central directory's uncompressed size (offset 24 of its entry) claims 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let central = bytes.length - 22;
    while (view.getUint32(central, true) !== 0x06054b50) central--;
    const entry = view.getUint32(central + 16, true);
    view.setUint32(entry + 24, 100, true);
    expect(refusal(() => importDocx(bytes, 'en')).code).toBe('input.too-large');
  });
});
