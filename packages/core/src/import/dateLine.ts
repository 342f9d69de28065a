/** Recognises a line that is only a date, in the forms statements use in English or ISO 8601. */
import { calendarDate } from '../model/calendarDate.ts';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** A date line is short; longer lines are not even looked at. */
const MAX_LENGTH = 48;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `23 January, 2024`, `23rd Jan. 2024` */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})$/iu;
/** `January 23, 2024`, `Jan. 23rd 2024` */
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu;

/** The ISO form (YYYY-MM-DD) of the date `line` consists of, or null when it is not (only) a date. */
export function parseDateLine(line: string): string | null {
  let text = line.trim();
  if (text.length > MAX_LENGTH) return null;
  const comma = text.indexOf(',');
  if (comma > 0 && WEEKDAYS.has(text.slice(0, comma).toLowerCase())) text = text.slice(comma + 1).trim();

  let match = ISO.exec(text);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return calendarDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return calendarDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}
