import { describe, expect, it } from 'vitest';
import { deadlineReminderWindow } from './deadlineReminder.ts';

describe('deadlineReminderWindow', () => {
  it('runs from today to two days ahead, on the UTC calendar', () => {
    expect(deadlineReminderWindow(new Date('2026-12-06T23:59:59Z'))).toEqual({ from: '2026-12-06', to: '2026-12-08' });
    expect(deadlineReminderWindow(new Date('2026-12-07T00:00:00Z'))).toEqual({ from: '2026-12-07', to: '2026-12-09' });
  });

  it('crosses the end of a month and of a leap February', () => {
    expect(deadlineReminderWindow(new Date('2028-02-28T12:00:00Z'))).toEqual({ from: '2028-02-28', to: '2028-03-01' });
    expect(deadlineReminderWindow(new Date('2026-12-31T08:00:00Z'))).toEqual({ from: '2026-12-31', to: '2027-01-02' });
  });
});
