import { describe, expect, it } from 'vitest';
import { embargoFromInput } from './embargo.ts';

describe('embargoFromInput', () => {
  it('reads the local time of a datetime-local box as a moment with its offset', () => {
    const sent = embargoFromInput('2026-05-01T09:30');
    expect(sent).toBe(new Date(2026, 4, 1, 9, 30).toISOString());
  });

  it('sends nothing for an empty box, and what the server must refuse as typed', () => {
    expect(embargoFromInput('  ')).toBeNull();
    expect(embargoFromInput('2026-02-30T09:00')).toMatch(/^2026-02-30T09:00:00[+-]\d{2}:\d{2}$/);
  });
});
