import xliff12ToJs from 'xliff/xliff12ToJs';
import { describe, expect, it } from 'vitest';
import { writeXliff12, type XliffDocument } from './index.ts';

// Another implementation reads our output: the `xliff` npm package.
describe('our XLIFF 1.2 is readable by the xliff npm package', () => {
  const doc: XliffDocument = {
    original: 'tessera:project/12',
    sourceLang: 'en',
    targetLang: 'ar',
    groups: [
      {
        id: 'b1',
        kind: 'paragraph',
        units: [
          { id: '1', source: ['We demand justice.'], target: ['نطالب بالعدالة.'], state: 'approved', translate: true, notes: ['Checked by Amal'] },
          { id: '2', source: [`Tom & Jerry <3 "quotes" 'apostrophes'`], target: [`Tom & Jerry <3 « guillemets »`], state: 'translated', translate: true, notes: [] },
        ],
      },
      {
        id: 'b2',
        kind: 'list-item',
        units: [
          { id: '3', source: ['  Leading and  double  spaces 👍🏽'], target: ['  Espaces 👍🏽'], state: 'rejected', translate: true, notes: [] },
          { id: '4', source: ['https://example.org'], target: ['https://example.org'], state: 'translated', translate: false, notes: [] },
          { id: '5', source: ['Not yet'], target: null, state: 'untranslated', translate: true, notes: [] },
        ],
      },
    ],
  };

  it('finds the same languages, sources and targets', async () => {
    const js = await xliff12ToJs(writeXliff12(doc));
    expect(js.sourceLanguage).toBe('en');
    expect(js.targetLanguage).toBe('ar');
    const resources = js.resources['tessera:project/12'] ?? {};
    for (const group of doc.groups) {
      const units = resources[group.id]?.groupUnits ?? {};
      expect(Object.keys(units)).toEqual(group.units.map((u) => u.id));
      for (const unit of group.units) {
        expect(units[unit.id]?.source).toBe(unit.source[0]);
        expect(units[unit.id]?.target).toBe(unit.target === null ? undefined : unit.target[0]);
      }
    }
  });
});
