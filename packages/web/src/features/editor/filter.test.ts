import { describe, expect, it } from 'vitest';
import { unit } from './editorUnits.test-data.ts';
import { EVERY_UNIT, filterOfSearch, isFiltered, passesFilter, searchOfFilter, validDay, type UnitFilter } from './filter.ts';

const ME = 7;

describe('the view the editor shows, kept in the address', () => {
  it('writes a view into a query and reads the same view back', () => {
    const view: UnitFilter = { state: 'rejected', qa: true, mine: true, since: '2024-05-01', search: 'prior judicial & co' };
    const query = searchOfFilter(view);
    expect(query).toBe('?state=rejected&qa=1&mine=1&since=2024-05-01&q=prior+judicial+%26+co');
    expect(filterOfSearch(query)).toEqual(view);
    expect(searchOfFilter(EVERY_UNIT)).toBe('');
    expect(isFiltered(EVERY_UNIT)).toBe(false);
    expect(isFiltered({ ...EVERY_UNIT, search: '   ' })).toBe(false);
  });

  it('shows every unit for what it does not understand: an unknown state, an impossible day, a flag that is not 1', () => {
    expect(filterOfSearch('?state=lost&qa=yes&mine=0&since=2024-02-30')).toEqual(EVERY_UNIT);
    expect(filterOfSearch('?since=2024-13-01').since).toBeNull();
    expect(filterOfSearch(`?q=${'x'.repeat(5000)}`).search).toHaveLength(200);
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect(validDay('2023-02-29')).toBeNull();
    expect(validDay('24-2-1')).toBeNull();
  });
});

describe('which units pass', () => {
  it('keeps units in the state asked for; units not to be translated only under every state', () => {
    const rejected = unit(1, 'Texte', 2, { state: 'rejected' });
    const locked = unit(2, '', 1, { translate: false });
    const view = { ...EVERY_UNIT, state: 'rejected' as const };
    expect(passesFilter(view, rejected, ME)).toBe(true);
    expect(passesFilter(view, unit(3, 'Texte', 2), ME)).toBe(false);
    expect(passesFilter(view, locked, ME)).toBe(false);
    expect(passesFilter(EVERY_UNIT, locked, ME)).toBe(true);
  });

  it('keeps translations with quality warnings, my own, and those changed on or after a day', () => {
    const warned = unit(1, 'Texte', 2, { qa: [{ check: 'numbers', message: 'A number is missing.' }] as never });
    const mine = unit(2, 'Texte', 2, { authorId: ME });
    const recent = unit(3, 'Texte', 2, { updatedAt: new Date(2024, 4, 1, 0, 30).toISOString() });
    const older = unit(4, 'Texte', 2, { updatedAt: new Date(2024, 3, 30, 23, 30).toISOString() });
    expect([warned, mine, recent].filter((u) => passesFilter({ ...EVERY_UNIT, qa: true }, u, ME))).toEqual([warned]);
    expect([warned, mine, recent].filter((u) => passesFilter({ ...EVERY_UNIT, mine: true }, u, ME))).toEqual([mine]);
    expect([warned, recent, older].filter((u) => passesFilter({ ...EVERY_UNIT, since: '2024-05-01' }, u, ME))).toEqual([recent]);
  });

  it('finds text in the source or the translation, whatever its case or full-width form, never across the two', () => {
    const term = unit(1, 'Autorisation judiciaire préalable', 2, { source: ['Prior ', { kind: 'open', id: '1', name: 'b' }, 'judicial', { kind: 'close', id: '1', name: 'b' }, ' authorization'] });
    const search = (text: string) => passesFilter({ ...EVERY_UNIT, search: text }, term, ME);
    expect(search('judicial authorization')).toBe(true);
    expect(search('ＪＵＤＩＣＩＡＬ')).toBe(true);
    expect(search('  judiciaire\n préalable ')).toBe(true);
    expect(search('authorization autorisation')).toBe(false);
    expect(search('cybercrime')).toBe(false);
  });
});
