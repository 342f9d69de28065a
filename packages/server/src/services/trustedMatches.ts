import { byMatchKind, EXACT_SCORE, mapTargetCodes, matchKind, type Content, type MatchKind, type Neighbours } from '@tessera/core';
import type { MemoryMatch } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { neighbourSources } from '../repositories/unitNeighbours.ts';
import type { StoredMatch } from '../repositories/translationMemory.ts';

/** A match the memory found (what `findMatches` answers). */
type FoundMatch = StoredMatch & { score: number };

const NOWHERE: Neighbours = { previous: null, next: null };

/** A match as offered for one unit: its kind, and its translation carrying the unit's own inline codes. */
export type TrustedMatch = MemoryMatch & { unitId: number | null };

/**
 * The memory's matches for a unit, made ready to offer: each with its kind (a 100% match whose
 * stored unit had the same sentences around it is a context match — only those units' neighbours
 * are read), its target's inline codes mapped onto `unit.source`, context matches first, then
 * exact, then fuzzy. `neighbours`: the unit's own, read only when some match is exact.
 */
export async function trustedMatches(db: Db, found: readonly FoundMatch[], unit: { source: Content }, neighbours: () => Promise<Neighbours>): Promise<TrustedMatch[]> {
  const exactUnits = found.filter((m) => m.score === EXACT_SCORE && m.unitId !== null).map((m) => m.unitId!);
  const [around, stored] = exactUnits.length > 0 ? await Promise.all([neighbours(), neighbourSources(db, exactUnits)]) : [null, new Map<number, Neighbours>()];
  const kindOf = (m: FoundMatch): MatchKind => {
    const storedAround = m.unitId === null ? undefined : stored.get(m.unitId);
    return around !== null && storedAround !== undefined ? matchKind(m.score, around, storedAround) : matchKind(m.score, NOWHERE, null);
  };
  return byMatchKind(
    found.map((m) => ({
      source: m.source,
      target: mapTargetCodes(m.target, m.source, unit.source),
      score: m.score,
      kind: kindOf(m),
      origin: m.origin,
      createdAt: m.createdAt,
      unitId: m.unitId,
    })),
  );
}
