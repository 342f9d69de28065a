/** Dates as a person writes them on a calendar: `YYYY-MM-DD`, only days that exist. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` when the day exists in the calendar (no 2024-13-45, no 30 February), else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `text` is a `YYYY-MM-DD` date that exists. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}
