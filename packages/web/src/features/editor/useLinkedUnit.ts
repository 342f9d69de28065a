import { useEffect, useRef, type RefObject } from 'react';
import { unitOfHash, useLocation } from '../../router/index.ts';
import type { RowsState } from './rows.ts';
import { passesFilter, type StateFilter } from './filter.ts';

/**
 * A link to `#unit-<id>` (from a notification or the activity feed) scrolls to that row once its page is in,
 * showing every state if the filter hid it. Gives the unit linked to, to highlight, or null.
 */
export function useLinkedUnit(
  latest: RefObject<{ state: RowsState }>,
  filter: StateFilter,
  setFilter: (filter: StateFilter) => void,
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
    if (!passesFilter(filter, row.unit.state, row.unit.translate)) {
      setFilter('all');
      return;
    }
    scrolledTo.current = highlightedId;
    document.getElementById(`unit-${highlightedId}`)?.scrollIntoView({ block: 'center' });
  }, [highlightedId, filter, rowCount, latest, setFilter]);
  return highlightedId;
}
