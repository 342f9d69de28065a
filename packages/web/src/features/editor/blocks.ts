import type { EditorUnit } from '@tessera/core/contract';

/** Consecutive units shown together: one block, or a run of signatory blocks. */
export interface UnitGroup {
  key: string;
  kind: string;
  units: { id: number; startsBlock: boolean }[];
}

/** Groups units (in document order) by block; consecutive signatory blocks form one group. */
export function groupUnits(units: readonly EditorUnit[]): UnitGroup[] {
  const groups: UnitGroup[] = [];
  let previousBlock: number | null = null;
  for (const unit of units) {
    const startsBlock = unit.blockId !== previousBlock;
    previousBlock = unit.blockId;
    const last = groups.at(-1);
    const joins = last && (!startsBlock || (unit.blockKind === 'signatory' && last.kind === 'signatory'));
    if (last && joins) last.units.push({ id: unit.id, startsBlock });
    else groups.push({ key: `block-${unit.blockId}`, kind: unit.blockKind, units: [{ id: unit.id, startsBlock }] });
  }
  return groups;
}
