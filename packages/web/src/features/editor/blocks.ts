import type { EditorUnit } from '@tessera/core/contract';

/** Consecutive units shown together: one block, or a run of signatory blocks. */
export interface UnitGroup {
  key: string;
  kind: string;
  units: { id: number; startsBlock: boolean; number: string }[];
}

/**
 * Groups units (in document order) by block; consecutive signatory blocks form one group. Each unit
 * is numbered by its block and its place in it (“3.2”: the second sentence of the third block), as
 * its fields are named.
 */
export function groupUnits(units: readonly EditorUnit[]): UnitGroup[] {
  const groups: UnitGroup[] = [];
  let previousBlock: number | null = null;
  let block = 0;
  let sentence = 0;
  for (const unit of units) {
    const startsBlock = unit.blockId !== previousBlock;
    previousBlock = unit.blockId;
    if (startsBlock) {
      block++;
      sentence = 0;
    }
    sentence++;
    const entry = { id: unit.id, startsBlock, number: `${block}.${sentence}` };
    const last = groups.at(-1);
    const joins = last && (!startsBlock || (unit.blockKind === 'signatory' && last.kind === 'signatory'));
    if (last && joins) last.units.push(entry);
    else groups.push({ key: `block-${unit.blockId}`, kind: unit.blockKind, units: [entry] });
  }
  return groups;
}

/** What the coordinator's source tools need to know about a unit's place in its block. */
export interface SourceFacts {
  /** The next unit is in the same block, so “Merge with next” is offered. */
  mergeable: boolean;
  /** Some unit of the block is translated (so the block can be marked do-not-translate); else it can be marked to translate. */
  blockTranslated: boolean;
}

/** The four possible `SourceFacts`, shared: a unit whose facts did not change gets the same object, and its row need not render again. */
const FACTS = [false, true].map((mergeable) => [false, true].map((blockTranslated): SourceFacts => ({ mergeable, blockTranslated })));

/** For each unit (in document order, every unit of the language view), its `SourceFacts`. */
export function sourceFacts(units: readonly EditorUnit[]): Map<number, SourceFacts> {
  const translatedBlocks = new Set(units.filter((unit) => unit.translate).map((unit) => unit.blockId));
  return new Map(
    units.map((unit, index) => [unit.id, FACTS[Number(units[index + 1]?.blockId === unit.blockId)]![Number(translatedBlocks.has(unit.blockId))]!]),
  );
}
