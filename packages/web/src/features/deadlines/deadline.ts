/**
 * A language's deadline (a calendar day, `YYYY-MM-DD`) said relative to today, in the UI
 * language: “in 5 days”, “tomorrow”, “today”, or overdue by some days.
 */

const DAY_MS = 86_400_000;

/** Whole calendar days from `today` (local date) to `deadline`; negative when it has passed; null for a malformed date. */
export function daysUntil(deadline: string, today: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!match) return null;
  const due = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Number.isNaN(due) ? null : Math.round((due - now) / DAY_MS);
}

export type DeadlineStatus =
  /** Today or later: `relative` is “in 5 days”, “tomorrow”, “today”. */
  | { kind: 'due'; days: number; relative: string }
  /** Passed: `overdue` is how long ago, as a duration (“2 days”). */
  | { kind: 'overdue'; days: number; overdue: string };

/** Where a deadline stands today, with the words for it in `locale`; null for a malformed date. */
export function deadlineStatus(deadline: string, today: Date, locale: string): DeadlineStatus | null {
  const days = daysUntil(deadline, today);
  if (days === null) return null;
  if (days >= 0) {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
    return { kind: 'due', days, relative };
  }
  const overdue = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(-days);
  return { kind: 'overdue', days: -days, overdue };
}

/** The value of an `<input type="date">` for a deadline, and back (an empty field clears it). */
export function deadlineFromInput(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
