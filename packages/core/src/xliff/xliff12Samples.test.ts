import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.ts';
import { readXliff12, type XliffDocument, type XliffUnit } from './index.ts';

/** Files written by other tools, kept in /work/shared beside the repository. */
const sample = (path: string): string => readFileSync(new URL(`../../../../../shared/conformance/samples/xliff/${path}`, import.meta.url), 'utf8');

const unitsOf = (doc: XliffDocument): XliffUnit[] => doc.groups.flatMap((g) => g.units);
const unitById = (doc: XliffDocument, id: string): XliffUnit | undefined => unitsOf(doc).find((u) => u.id === id);

describe('reading XLIFF 1.2 written by Okapi (htmltest.html.xlf)', () => {
  const doc = readXliff12(sample('okapi/htmltest.html.xlf'));

  it('reads the file header and every unit', () => {
    expect(doc).toMatchObject({ original: 'htmltest.html', sourceLang: 'en', targetLang: 'fr' });
    expect(unitsOf(doc)).toHaveLength(8);
    expect(unitsOf(doc).every((u) => u.state === 'translated' && u.translate)).toBe(true);
  });

  it('reads inline codes', () => {
    expect(unitById(doc, 'tu1')?.source).toEqual(['This is a test. ', { kind: 'standalone', id: '1', name: '' }, ' Next sentence. Third sentence.']);
    expect(unitById(doc, 'tu2')?.target).toEqual(['Text in ', { kind: 'open', id: '1', name: '' }, 'bold', { kind: 'close', id: '1', name: '' }, '.']);
  });

  it('decodes escaped characters and keeps line breaks and runs of spaces', () => {
    expect(unitById(doc, 'tu3')?.source).toEqual([`<=lt, &=amp, >=gt, "=quot, '=apos. ©=copyright, €=euro`]);
    expect(unitById(doc, 'tu5')?.target).toEqual(['This is line 1\nand now line 2\nand line 3 with [   ]=3spaces']);
    expect(unitById(doc, 'tu7')?.source).toEqual(['이 문장을 한국어로입니다']);
  });
});

describe('reading XLIFF written by the Translate Toolkit (po2xliff-output.xlf, XLIFF 1.1)', () => {
  const doc = readXliff12(sample('translate-toolkit/po2xliff-output.xlf'));

  it('reads every unit, with the plural forms in their own group', () => {
    expect(doc).toMatchObject({ original: 'input.po', sourceLang: 'en-US', targetLang: '' });
    expect(unitsOf(doc).map((u) => u.id)).toEqual(['2', '3', '4', '5', '6[0]', '6[1]', '7']);
    expect(doc.groups.map((g) => [g.id, g.kind, g.units.length])).toEqual([
      ['', '', 4],
      ['6', 'gettext-plurals', 2],
      ['', '', 1],
    ]);
  });

  it('reads sources, targets, states and notes', () => {
    expect(unitById(doc, '3')).toEqual({ id: '3', source: ['Save'], target: ['Speichern'], state: 'approved', translate: true, notes: ['Shown on the toolbar'] });
    expect(unitById(doc, '2')?.state).toBe('translated');
    expect(unitById(doc, '5')).toMatchObject({ source: ['Delete <b>all</b> items & start over'], target: ['<b>Alle</b> Einträge löschen & neu beginnen'], state: 'untranslated' });
    expect(unitById(doc, '6[1]')).toMatchObject({ source: ['%d files'], target: ['%d Dateien'] });
    expect(unitById(doc, '7')).toMatchObject({ target: [], state: 'untranslated' });
  });
});

describe('the other samples', () => {
  it.each([
    ['angular/angular15-extract-i18n-messages.xlf', 9],
    ['angular/generated-localize-extract-19.2.25/messages.xliff12.xlf', 7],
    ['crowdin/messages.fr.xlf', 9],
    ['crowdin/messages.he.xlf', 9],
    ['maxprograms/SF-12-Test02.xlf', 98],
    ['memoq/MQ-12-Test01.xlf', 119],
    ['okapi/RB-12-Test02.xlf', 9],
    ['omegat/file-xliff-RFE1506.xliff', 5],
    ['symfony/resources-target-attributes.xlf', 1],
    ['trados/UTF8WithBOM16001.sdlxliff', 11],
    ['trados/simpleTest15984.sdlxliff', 37],
  ])('reads %s (%i units)', (path, count) => {
    expect(unitsOf(readXliff12(sample(path)))).toHaveLength(count);
  });

  it.each([
    ['okapi/xliff2-test01.xlf', 'xliff.unsupported-version'],
    ['angular/angular14-extract-i18n-xlf2-messages.xlf', 'xliff.unsupported-version'],
    ['xcode/mastoot-xcode14-fr.xliff', 'xliff.invalid'],
    ['okapi/docxtest.docx.xlf', 'xliff.invalid'],
  ])('refuses %s with %s', (path, code) => {
    expect(() => readXliff12(sample(path))).toThrow(expect.objectContaining({ code }) as InputError);
  });
});
