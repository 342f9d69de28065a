import { describe, expect, it } from 'vitest';
import { editorsByUnit, nextExpiry, noPresence, PRESENCE_TTL_MS, withoutExpired, withReport } from './presence.ts';

const SELF = 1;
const ana = { userId: 2, user: 'Ana Lima' };
const kenji = { userId: 3, user: 'Kenji Sato' };

describe('presence', () => {
  it('shows who is editing which unit, and forgets who stopped', () => {
    let presence = withReport(noPresence, { ...ana, unitId: 10 }, 0, SELF);
    presence = withReport(presence, { ...kenji, unitId: 10 }, 1000, SELF);
    expect(editorsByUnit(presence, 2000)).toEqual(new Map([[10, ['Ana Lima', 'Kenji Sato']]]));

    presence = withReport(presence, { ...ana, unitId: 11 }, 3000, SELF);
    expect(editorsByUnit(presence, 3000)).toEqual(new Map([[10, ['Kenji Sato']], [11, ['Ana Lima']]]));

    presence = withReport(presence, { ...kenji, unitId: null }, 4000, SELF);
    expect(editorsByUnit(presence, 4000)).toEqual(new Map([[11, ['Ana Lima']]]));
  });

  it('ignores the signed-in user’s own reports', () => {
    const presence = withReport(noPresence, { userId: SELF, user: 'Me', unitId: 10 }, 0, SELF);
    expect(presence).toBe(noPresence);
    expect(editorsByUnit(presence, 0).size).toBe(0);
  });

  it('forgets a report after a minute without a new one, and a repeated report keeps it', () => {
    let presence = withReport(noPresence, { ...ana, unitId: 10 }, 0, SELF);
    expect(editorsByUnit(presence, PRESENCE_TTL_MS - 1).get(10)).toEqual(['Ana Lima']);
    expect(editorsByUnit(presence, PRESENCE_TTL_MS).size).toBe(0);
    expect(withoutExpired(presence, PRESENCE_TTL_MS).size).toBe(0);

    presence = withReport(presence, { ...ana, unitId: 10 }, 30_000, SELF);
    expect(editorsByUnit(presence, PRESENCE_TTL_MS + 1000).get(10)).toEqual(['Ana Lima']);
  });

  it('says when the next report expires, so the page knows when to look again', () => {
    expect(nextExpiry(noPresence, 0)).toBeNull();
    let presence = withReport(noPresence, { ...ana, unitId: 10 }, 0, SELF);
    presence = withReport(presence, { ...kenji, unitId: 12 }, 20_000, SELF);
    expect(nextExpiry(presence, 30_000)).toBe(PRESENCE_TTL_MS - 30_000);
    expect(nextExpiry(presence, 70_000)).toBe(0);
    const unchanged = withoutExpired(presence, 1000);
    expect(unchanged).toBe(presence);
  });
});
