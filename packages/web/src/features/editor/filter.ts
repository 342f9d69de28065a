import { contentText, TRANSLATION_STATES, type TranslationState } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';

/** Which units the editor shows by state: all of them, or those in one state. */
export type StateFilter = 'all' | TranslationState;

export const FILTERS: readonly StateFilter[] = ['all', ...TRANSLATION_STATES];

/** What the editor shows, as the address keeps it (`?state=rejected&qa=1&mine=1&since=2024-05-01&q=…`), so a link opens the same view. */
export interface UnitFilter {
  state: StateFilter;
  /** Only translations that fail a quality check. */
  qa: boolean;
  /** Only units whose current text the reader wrote. */
  mine: boolean;
  /** Only units changed on or after this day (YYYY-MM-DD, the reader's day), or null. */
  since: string | null;
  /** Text looked for in the source and the translation ('' for none). */
  search: string;
}

export const EVERY_UNIT: UnitFilter = { state: 'all', qa: false, mine: false, since: null, search: '' };

/** Longest search kept from an address (a pasted paragraph is plenty). */
const SEARCH_LENGTH = 200;

/** A real day written YYYY-MM-DD (not 2024-02-30), or null. */
export function validDay(value: string | null): string | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}

/** The view an address's query asks for; anything it does not understand shows every unit. */
export function filterOfSearch(search: string): UnitFilter {
  const query = new URLSearchParams(search);
  const state = query.get('state');
  return {
    state: FILTERS.includes(state as StateFilter) ? (state as StateFilter) : 'all',
    qa: query.get('qa') === '1',
    mine: query.get('mine') === '1',
    since: validDay(query.get('since')),
    search: (query.get('q') ?? '').slice(0, SEARCH_LENGTH),
  };
}

/** The query of an address that opens this view ('' for every unit). */
export function searchOfFilter(filter: UnitFilter): string {
  const query = new URLSearchParams();
  if (filter.state !== 'all') query.set('state', filter.state);
  if (filter.qa) query.set('qa', '1');
  if (filter.mine) query.set('mine', '1');
  if (filter.since) query.set('since', filter.since);
  if (filter.search.trim() !== '') query.set('q', filter.search);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Whether the view leaves some unit out. */
export function isFiltered(filter: UnitFilter): boolean {
  return searchOfFilter(filter) !== '';
}

/** Text as a search compares it: compatibility forms folded (full-width letters), case ignored. */
function folded(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** Each unit's source and translation as a search compares them, worked out once per version of the unit. */
const searchable = new WeakMap<EditorUnit, string>();

function searchableText(unit: EditorUnit): string {
  let text = searchable.get(unit);
  if (text === undefined) {
    // A line break between them, so that no search matches across the two.
    text = `${folded(contentText(unit.source))}\n${folded(contentText(unit.target))}`;
    searchable.set(unit, text);
  }
  return text;
}

/** The start of the reader's day `day`, as a time. */
function startOfDay(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

/**
 * Whether a unit's row is shown: it is in the state asked for (units not to be translated have no
 * state of their own, and show under “all” only) and meets every other criterion. `reader` is the
 * signed-in user's id.
 */
export function passesFilter(filter: UnitFilter, unit: EditorUnit, reader: number): boolean {
  if (filter.state !== 'all' && (!unit.translate || unit.state !== filter.state)) return false;
  if (filter.qa && unit.qa.length === 0) return false;
  if (filter.mine && unit.authorId !== reader) return false;
  if (filter.since && (unit.updatedAt === null || new Date(unit.updatedAt).getTime() < startOfDay(filter.since))) return false;
  const search = folded(filter.search.trim().replace(/\s+/g, ' '));
  return search === '' || searchableText(unit).includes(search);
}
