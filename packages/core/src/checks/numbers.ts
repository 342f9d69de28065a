import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';

/** Zeros of the decimal digit runs in common use (ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width). */
const ZEROS = [0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  const zero = ZEROS.find((z) => code >= z && code <= z + 9);
  return zero === undefined ? digit : String(code - zero);
}

/**
 * The numbers of a text, digits of any script as ASCII, thousands separators dropped and leading
 * zeros too (“1,000” = “1 000” = “1.000” = “١٬٠٠٠” = 1000; the “05” of a date = 5).
 */
export function numbersIn(text: string): string[] {
  // Only digits of other scripts need mapping (a callback per ASCII digit costs a second on a long table of numbers).
  const ascii = text.replace(/(?![0-9])\p{Nd}/gu, asciiDigit);
  return (ascii.match(/\d+(?:[.,\u00a0\u202f \u066c']\d{3})*(?:[.,\u066b]\d+)?/g) ?? []).map((n) =>
    n
      .replace(/[.,\u00a0\u202f \u066c'](?=\d{3}(?!\d))/g, '')
      .replace(/[,\u066b]/, '.')
      .replace(/^0+(?=\d)/, ''),
  );
}

const MONTHS = new Map<string, string[]>();

/** The names of the months in a language, long and short (“March”, “Mar”; “mars”; “3月”), lower-cased; made once a language. */
function monthNames(lang: string): string[] {
  let names = MONTHS.get(lang);
  if (!names) {
    names = makeMonthNames(lang);
    MONTHS.set(lang, names);
  }
  return names;
}

function makeMonthNames(lang: string): string[] {
  try {
    return ['long', 'short'].flatMap((month) => {
      const format = new Intl.DateTimeFormat(lang, { month: month as 'long' | 'short', timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2000, m, 15))).toLocaleLowerCase(lang).replace(/\.$/, ''));
    });
  } catch {
    return [];
  }
}

/** Whether a text names a month in words: a date the other side may write with the month's number. */
function namesMonth(text: string, lang: string): boolean {
  const lower = text.toLocaleLowerCase();
  // Names written with digits (“3月”) are numbers already; a name of letters must stand as a word.
  return monthNames(lang).some((name) => /^\p{L}{3,}$/u.test(name) && new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(lower));
}

const isMonthNumber = (n: string) => /^(?:[1-9]|1[0-2])$/.test(n);

export const numbers = defineCheck({
  id: 'numbers',
  severity: 'warning',
  description: 'A number or date of the source is missing from the translation, or one was added (digits of any script and any digit grouping count as the same).',
  run: ({ sourceText, targetText, sourceLang, targetLang }) => {
    const target = numbersIn(targetText);
    const source = numbersIn(sourceText);
    // Sets: a unit of thousands of numbers (a pasted table) is checked in linear time.
    const inTarget = new Set(target);
    const inSource = new Set(source);
    let missing = source.filter((n) => !inTarget.has(n));
    let added = target.filter((n) => !inSource.has(n));
    if (missing.length === 0 && added.length === 0) return null;
    // “12 March 2026” is “2026年3月12日”: a month named on one side may be a number on the other.
    if (added.length && namesMonth(sourceText, sourceLang)) added = added.filter((n) => !isMonthNumber(n));
    if (missing.length && namesMonth(targetText, targetLang)) missing = missing.filter((n) => !isMonthNumber(n));
    if (missing.length === 0 && added.length === 0) return null;
    if (added.length === 0) return { key: 'missing', values: listed(missing) };
    if (missing.length === 0) return { key: 'added', values: listed(added) };
    return { key: 'changed', values: { ...listed(missing), added: listed(added).items } };
  },
});
