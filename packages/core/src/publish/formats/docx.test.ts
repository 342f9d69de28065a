import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { docxFormat } from './docx.ts';
import { approvedBlocks, publicationDocument, sampleSource } from './testDocument.ts';

const render = async (options: Parameters<typeof publicationDocument>[0] = {}): Promise<Uint8Array> => (await docxFormat.render(publicationDocument(options))) as Uint8Array;
const part = (docx: Uint8Array, name: string): string => strFromU8(unzipSync(docx)[name]!);

const work = mkdtempSync(path.join(tmpdir(), 'tessera-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of the PDF LibreOffice makes of a Word file (its own profile, so parallel runs do not meet). */
function throughLibreOffice(name: string, docx: Uint8Array): string {
  const file = path.join(work, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], { stdio: 'pipe', timeout: 120_000 });
  const pdf = path.join(work, `${name}.pdf`);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

describe('the Word version', () => {
  it('writes the title, headings and list items in Word’s styles, signatories in their own, links as hyperlinks', async () => {
    const docx = await render();
    const body = part(docx, 'word/document.xml');
    expect(body).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?A joint statement on the draft convention/);
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?What we ask/);
    expect(body.match(/<w:pStyle w:val="ListBullet"\/><w:numPr>/g)).toHaveLength(2);
    expect(body.match(/<w:pStyle w:val="Signatory"\/>/g)).toHaveLength(2);
    expect(body).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?<w:rStyle w:val="Hyperlink"\/>[\s\S]*?the draft/);
    expect(part(docx, 'word/_rels/document.xml.rels')).toContain('Target="https://example.org/draft?a=1&amp;b=2" TargetMode="External"');
    expect(body).toMatch(/<w:b\/>[\s\S]*?undersigned/);
    expect(body).toMatch(/<w:i\/>[\s\S]*?our notes/);
    expect(part(docx, 'word/styles.xml')).toContain('<w:name w:val="Signatory"/>');
  });

  it('lays out Arabic paragraphs right to left', async () => {
    const docx = await render({ lang: 'ar', blocks: approvedBlocks(sampleSource, () => ['نص عربي.']) });
    const body = part(docx, 'word/document.xml');
    expect(body.match(/<w:bidi\/>/g)!.length).toBeGreaterThanOrEqual(9);
    expect(body).toContain('<w:rtl/>');
  });

  it('opens in LibreOffice with its text, in English and in Japanese', async () => {
    const english = throughLibreOffice('en', await render());
    for (const text of ['A joint statement on the draft', 'What we ask', 'Protect human rights;', 'Open Wires Collective', 'Camille D.']) expect(english).toContain(text);
    expect(english.indexOf('What we ask')).toBeLessThan(english.indexOf('Narrow the scope.'));

    const japanese = throughLibreOffice('ja', await render({ lang: 'ja', blocks: approvedBlocks(sampleSource, () => ['条約案の範囲を狭めることを求めます。']) }));
    // pdftotext sets Latin digits apart from the kanji around them.
    const unspaced = japanese.replace(/\s+/g, '');
    expect(unspaced).toContain('2024年1月23日');
    expect(unspaced).toContain('条約案の範囲を狭めることを求めます。');
  }, 240_000);
});
