import { useEffect, useRef, type RefObject } from 'react';
import { unitOfHash, useLocation } from '../../router/index.ts';
import type { RowsState } from './rows.ts';
import { EVERY_UNIT, passesFilter, type UnitFilter } from './filter.ts';

/**
 * A link to `#unit-<id>` (from a notification or the activity feed) scrolls to that row once its page is in,
 * showing every unit if the view hid it. Gives the unit linked to, to highlight, or null.
 */
export function useLinkedUnit(
  latest: RefObject<{ state: RowsState; reader: number }>,
  filter: UnitFilter,
  setFilter: (filter: UnitFilter) => void,
  rowCount: number,
): number | null {
  const { hash } = useLocation();
  const highlightedId = unitOfHash(hash);
  const scrolledTo = useRef<number | null>(null);
  useEffect(() => {
    if (highlightedId === null) {
      scrolledTo.current = null;
      return;
    }
    if (scrolledTo.current === highlightedId) return;
    const row = latest.current.state.rows[highlightedId];
    if (!row) return;
    if (!passesFilter(filter, row.unit, latest.current.reader)) {
      setFilter(EVERY_UNIT);
      return;
    }
    scrolledTo.current = highlightedId;
    document.getElementById(`unit-${highlightedId}`)?.scrollIntoView({ block: 'center' });
  }, [highlightedId, filter, rowCount, latest, setFilter]);
  return highlightedId;
}
