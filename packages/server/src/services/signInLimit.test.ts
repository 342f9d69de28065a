import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './signInLimit.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();
const now = Date.UTC(2026, 0, 1, 12, 20);

describe('retryAfterSeconds', () => {
  it('lets a key try while it has had fewer failures than the limit', () => {
    expect(retryAfterSeconds([], now, 3, 15 * 60_000)).toBe(0);
    expect(retryAfterSeconds([at(10), at(19)], now, 3, 15 * 60_000)).toBe(0);
  });

  it('makes it wait until the oldest failure that counts leaves the window', () => {
    // Failures at 12:10, 12:12, 12:19; limit 3 in 15 minutes: free again at 12:25, five minutes on.
    expect(retryAfterSeconds([at(10), at(12), at(19)], now, 3, 15 * 60_000)).toBe(300);
    // With a fourth, the three newest count: free at 12:27.
    expect(retryAfterSeconds([at(10), at(12), at(19), at(20)], now, 3, 15 * 60_000)).toBe(420);
  });
});
