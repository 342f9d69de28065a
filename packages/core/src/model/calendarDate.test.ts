import { describe, expect, it } from 'vitest';
import { calendarDate, isCalendarDate } from './calendarDate.ts';

describe('isCalendarDate', () => {
  it.each(['2024-01-31', '2024-02-29', '2000-02-29', '2026-12-24', '0001-01-01', '9999-12-31'])('accepts %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });
  it.each(['2024-13-45', '2023-02-29', '1900-02-29', '2024-04-31', '2024-00-10', '2024-01-00', '0000-01-01', '2024-1-5', '24-01-05', '2024-01-05T00:00', ' 2024-01-05', ''])('refuses %j', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe('calendarDate', () => {
  it('pads years before 1000 (Date would read 0099 as 1999)', () => {
    expect(calendarDate(99, 3, 1)).toBe('0099-03-01');
  });
  it('refuses days past the end of the month', () => {
    expect(calendarDate(2024, 2, 30)).toBeNull();
  });
});
