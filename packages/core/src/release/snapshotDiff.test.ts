import { describe, expect, it } from 'vitest';
import { diffPublishedUnits, publishedUnits, type PublishedUnitInput } from './snapshotDiff.ts';

const unit = (id: number, state: PublishedUnitInput['state'], target: string, translate = true): PublishedUnitInput => ({
  id,
  source: [`Source ${id}.`],
  translate,
  target: target ? [target] : [],
  state,
});

describe('publishedUnits', () => {
  const units = [unit(1, 'approved', 'Un.'), unit(2, 'translated', 'Brouillon.'), unit(3, 'untranslated', '', false)];

  it('takes approved translations and do-not-translate sources, never a draft', () => {
    expect(publishedUnits(units, false)).toEqual({ 1: { text: 'Un.', fallback: false }, 3: { text: 'Source 3.', fallback: false } });
  });

  it('puts the source, marked, in place of a missing approval when fallback is allowed', () => {
    expect(publishedUnits(units, true)[2]).toEqual({ text: 'Source 2.', fallback: true });
    expect(JSON.stringify(publishedUnits(units, true))).not.toContain('Brouillon');
  });
});

describe('diffPublishedUnits', () => {
  it('lists every unit of a first version as added', () => {
    expect(diffPublishedUnits(null, { 2: { text: 'Deux.', fallback: false } })).toEqual([{ unitId: 2, kind: 'added', before: null, after: { text: 'Deux.', fallback: false } }]);
  });

  it('lists added, changed and removed units in unit order, and leaves equal ones out', () => {
    const before = { 1: { text: 'Un.', fallback: false }, 2: { text: 'Two.', fallback: true }, 10: { text: 'Dix.', fallback: false } };
    const after = { 1: { text: 'Un.', fallback: false }, 2: { text: 'Deux.', fallback: false }, 3: { text: 'Trois.', fallback: false } };
    expect(diffPublishedUnits(before, after).map((c) => [c.unitId, c.kind])).toEqual([
      [2, 'changed'],
      [3, 'added'],
      [10, 'removed'],
    ]);
  });
});
