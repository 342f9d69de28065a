import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readXliff, type XliffDocument, type XliffUnit } from './index.ts';

/** Files written by other tools, kept in /work/shared beside the repository. */
const sample = (path: string): string => readFileSync(new URL(`../../../../../shared/conformance/samples/xliff/${path}`, import.meta.url), 'utf8');
const unitsOf = (doc: XliffDocument): XliffUnit[] => doc.groups.flatMap((g) => g.units);
const count = (xml: string, pattern: RegExp): number => xml.match(pattern)?.length ?? 0;

// One entry per tool family: every translatable unit of the file (trans-unit or segment) must come back.
const families: [string, string, '1.2' | '2.0'][] = [
  ['Xcode 14', 'xcode/mastoot-xcode14-fr.xliff', '1.2'],
  ['Xcode 15 (String Catalogs)', 'xcode/ketchup-xcode15.3-ja.xliff', '1.2'],
  ['Angular 15', 'angular/angular15-extract-i18n-messages.xlf', '1.2'],
  ['Angular 13 xlf2', 'angular/angular13-extract-i18n-xlf2-messages.xlf', '2.0'],
  ['Angular 14 xlf2', 'angular/angular14-extract-i18n-xlf2-messages.xlf', '2.0'],
  ['ng-extract-i18n-merge', 'angular/ng-extract-i18n-merge-xlf2-messages.fr.xlf', '2.0'],
  ['Angular localize-extract 1.2', 'angular/generated-localize-extract-19.2.25/messages.xliff12.xlf', '1.2'],
  ['Angular localize-extract 2.0', 'angular/generated-localize-extract-19.2.25/messages.xliff2.xlf', '2.0'],
  ['Crowdin (French)', 'crowdin/messages.fr.xlf', '1.2'],
  ['Crowdin (Hebrew)', 'crowdin/messages.he.xlf', '1.2'],
  ['Okapi Rainbow', 'okapi/RB-12-Test02.xlf', '1.2'],
  ['Okapi DOCX extraction', 'okapi/docxtest.docx.xlf', '1.2'],
  ['Okapi HTML extraction', 'okapi/htmltest.html.xlf', '1.2'],
  ['Okapi XLIFF 2', 'okapi/xliff2-test01.xlf', '2.0'],
  ['Trados Studio', 'trados/quoted-code-type-values.sdlxliff', '1.2'],
  ['Trados Studio (BOM, groups)', 'trados/UTF8WithBOM16001.sdlxliff', '1.2'],
  ['Trados Studio (sub, seg-defs)', 'trados/simpleTest15984.sdlxliff', '1.2'],
  ['memoQ', 'memoq/MQ-12-Test01.xlf', '1.2'],
  ['Maxprograms Swordfish', 'maxprograms/SF-12-Test02.xlf', '1.2'],
  ['Maxprograms OpenXLIFF 2.0', 'maxprograms/OpenXLIFF_Java_es.xlf', '2.0'],
  ['OmegaT', 'omegat/file-xliff-RFE1506.xliff', '1.2'],
  ['OmegaT (expected output)', 'omegat/file-xliff-RFE1506-translated-expectation.xliff', '1.2'],
  ['Symfony 1.2', 'symfony/resources-target-attributes.xlf', '1.2'],
  ['Symfony 1.2 tool info', 'symfony/resources-tool-info.xlf', '1.2'],
  ['Symfony 2.0 notes', 'symfony/resources-notes-meta.xlf', '2.0'],
  ['Symfony 2.0 CDATA', 'symfony/resources-2.0-clean.xlf', '2.0'],
  ['translate-toolkit po2xliff', 'translate-toolkit/po2xliff-output.xlf', '1.2'],
];

describe('readXliff reads the files of every tool family', () => {
  it.each(families)('%s (%s)', (_, path, version) => {
    const xml = sample(path);
    const read = readXliff(xml, { allowMultipleFiles: true });
    expect(read.version).toBe(version);
    const units = unitsOf(read.document);
    expect(units.length).toBe(version === '2.0' ? count(xml, /<segment[\s>]/g) : count(xml, /<trans-unit[\s>]/g));
    expect(units.every((u) => u.source.length > 0 || u.target === null || u.target.length === 0)).toBe(true);
  });
});

describe('what the XLIFF 2 samples hold comes back', () => {
  it('Okapi: a two-segment unit with ignorable, translate inheritance, codes with original data', () => {
    const doc = readXliff(sample('okapi/xliff2-test01.xlf')).document;
    expect(doc).toMatchObject({ original: 'myfile', sourceLang: 'en', targetLang: 'fr' });
    const [tu1, tu3, tu3end, tu2] = doc.groups;
    expect(tu1).toMatchObject({ id: 'tu1', kind: 'z:typeu' });
    expect(tu1?.units).toEqual([
      { id: '1', source: ['Sample segment.'], target: ['Exemple de segment.'], state: 'translated', translate: true, notes: [], spaceAfter: ' ' },
      { id: '2', source: ["Segment's content."], target: ['Contenu du segment.'], state: 'translated', translate: true, notes: [], spaceAfter: '' },
    ]);
    expect([tu3?.units[0]?.translate, tu3end?.units[0]?.translate]).toEqual([true, true]);
    expect(tu2?.units[0]?.source).toEqual([{ kind: 'open', id: '1', name: '' }, 'special text', { kind: 'close', id: '1', name: '' }, ' and more\n', { kind: 'standalone', id: '2', name: '' }, '.']);
  });

  it('Angular localize-extract: nested pc, ph, notes', () => {
    const doc = readXliff(sample('angular/generated-localize-extract-19.2.25/messages.xliff2.xlf')).document;
    const nested = doc.groups.find((g) => g.id === '474667601499538490')?.units[0];
    expect(nested?.source).toEqual([
      { kind: 'open', id: '0', name: 'fmt' },
      { kind: 'open', id: '1', name: 'fmt' },
      'bold italic',
      { kind: 'close', id: '1', name: 'fmt' },
      ' bold',
      { kind: 'close', id: '0', name: 'fmt' },
      ' plain &amp; <escaped>',
    ]);
    expect(doc.groups.find((g) => g.id === 'home.welcome')?.units[0]?.notes).toEqual(['../dist/main.js:1', 'Welcome banner', 'Greeting shown on the home page']);
  });

  it('Symfony: notes with categories, CDATA targets, an empty target', () => {
    const notes = readXliff(sample('symfony/resources-notes-meta.xlf')).document;
    expect(unitsOf(notes).map((u) => [u.id, u.notes, u.target])).toEqual([
      ['ea75LoN', ['new', 'true', 'user login'], ['bar']],
      ['.Odr9ig', ['x_content', 'Fuzzy'], ['biz']],
    ]);
    const clean = readXliff(sample('symfony/resources-2.0-clean.xlf')).document;
    expect(unitsOf(clean).map((u) => [u.target, u.state])).toEqual([
      [['bar'], 'translated'],
      [[], 'untranslated'],
      [['<source> & <target>'], 'translated'],
      [['value'], 'translated'],
    ]);
  });

  it('OpenXLIFF: 29 files, every segment final', () => {
    const read = readXliff(sample('maxprograms/OpenXLIFF_Java_es.xlf'), { allowMultipleFiles: true }).document;
    expect(unitsOf(read)).toHaveLength(519);
    expect(unitsOf(read).every((u) => u.state === 'approved' && u.target !== null)).toBe(true);
  });
});
