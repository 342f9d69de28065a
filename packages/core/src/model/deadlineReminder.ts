/** A language's people are reminded of its deadline when it is this many days away (or fewer, when it was set late). */
export const DEADLINE_REMINDER_DAYS = 2;

const DAY_MS = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The deadlines (days as `YYYY-MM-DD`, both ends included) to remind of at `now`: from today to
 * `days` days ahead, on the UTC calendar. A deadline that passed is not reminded of.
 */
export function deadlineReminderWindow(now: Date, days = DEADLINE_REMINDER_DAYS): { from: string; to: string } {
  return { from: utcDay(now.getTime()), to: utcDay(now.getTime() + days * DAY_MS) };
}
