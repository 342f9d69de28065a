import { describe, expect, it } from 'vitest';
import type { EditorUnit } from '@tessera/core/contract';
import { groupUnits, sourceFacts } from './blocks.ts';
import { unit as editorUnit } from './editorUnits.test-data.ts';

/** An untranslated unit of block `blockId`. */
const unit = (id: number, blockId: number, overrides: Partial<EditorUnit> = {}): EditorUnit =>
  editorUnit(id, '', 0, { blockId, source: [`Sentence ${id}.`], ...overrides });

describe('sourceFacts', () => {
  const units = [
    unit(1, 10, { blockKind: 'title' }),
    unit(2, 20),
    unit(3, 20),
    unit(4, 20),
    unit(5, 30, { blockKind: 'signatory', translate: false }),
    unit(6, 31, { blockKind: 'signatory', translate: false }),
  ];
  const facts = sourceFacts(units);

  it('offers “Merge with next” only when the next unit is in the same block', () => {
    expect([...facts].filter(([, f]) => f.mergeable).map(([id]) => id)).toEqual([2, 3]);
  });

  it('knows whether a block has units to translate', () => {
    expect(facts.get(3)?.blockTranslated).toBe(true);
    expect(facts.get(5)?.blockTranslated).toBe(false);
  });

  it('takes a block with one unit still translated as translated', () => {
    const mixed = sourceFacts([unit(1, 1, { translate: false }), unit(2, 1)]);
    expect(mixed.get(1)?.blockTranslated).toBe(true);
  });
});

describe('groupUnits', () => {
  it('groups consecutive signatory blocks together', () => {
    const groups = groupUnits([unit(1, 1), unit(2, 1), unit(3, 2, { blockKind: 'signatory' }), unit(4, 3, { blockKind: 'signatory' })]);
    expect(groups.map((g) => g.units.map((u) => u.id))).toEqual([[1, 2], [3, 4]]);
    expect(groups[1]!.units.map((u) => u.startsBlock)).toEqual([true, true]);
  });
});
