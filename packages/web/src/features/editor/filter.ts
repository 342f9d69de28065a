import { TRANSLATION_STATES, type TranslationState } from '@tessera/core';

/** Which units the editor shows: all of them, or those in one state. */
export type StateFilter = 'all' | TranslationState;

export const FILTERS: readonly StateFilter[] = ['all', ...TRANSLATION_STATES];

/** Whether a unit's row is shown under `filter` (units that are not translated show under “all” only). */
export function passesFilter(filter: StateFilter, state: TranslationState, translate: boolean): boolean {
  return filter === 'all' || (translate && state === filter);
}
