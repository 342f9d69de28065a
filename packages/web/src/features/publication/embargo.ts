const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The browser's offset from UTC at `moment`, as ISO 8601 writes it (`+02:00`, `-05:00`). */
function offsetAt(moment: Date): string {
  const minutes = -moment.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The embargo time typed in a `datetime-local` box (the browser's local time, no offset) as an ISO
 * 8601 moment with the browser's offset, or null when the box is empty. A day or time that does
 * not exist is sent as typed (with the offset), for the server to refuse with its reason — never
 * rolled over to another day.
 */
export function embargoFromInput(value: string): string | null {
  const typed = value.trim();
  if (typed === '') return null;
  const m = LOCAL.exec(typed);
  if (!m) return typed;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const moment = new Date(year, month - 1, day, hour, minute, second);
  const exists = moment.getFullYear() === year && moment.getMonth() === month - 1 && moment.getDate() === day && moment.getHours() === hour && moment.getMinutes() === minute;
  const seconds = m[6] === undefined ? ':00' : '';
  return exists ? moment.toISOString() : `${typed}${seconds}${offsetAt(new Date(year, month - 1, 1))}`;
}
