import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './signInLimit.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();
const now = Date.UTC(2026, 0, 1, 12, 20);

describe('retryAfterSeconds', () => {
  it('counts the seconds until the window that began at the first attempt is over', () => {
    // A window of 15 minutes begun at 12:10 ends at 12:25, five minutes after 12:20.
    expect(retryAfterSeconds(at(10), now, 15 * 60_000)).toBe(300);
    expect(retryAfterSeconds(at(19), now, 15 * 60_000)).toBe(840);
  });

  it('never says less than a second', () => {
    expect(retryAfterSeconds(at(5), now, 15 * 60_000)).toBe(1);
  });
});
