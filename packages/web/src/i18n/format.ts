import { useTranslation } from 'react-i18next';

export interface Format {
  /** The UI language the formats follow. */
  locale: string;
  /** A language's name in the UI language (“Japanese”, “日本語”), or the tag itself when unknown. */
  languageName(tag: string): string;
  /** A timestamp, e.g. “26 Nov 2025, 18:41”. */
  dateTime(iso: string): string;
  /** A calendar date, e.g. “26 Nov 2025”. */
  date(iso: string): string;
  /** A file size in kB or MB. */
  fileSize(bytes: number): string;
  /** A count, with the language's digit grouping. */
  number(value: number): string;
}

function safeDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function makeFormat(locale: string): Format {
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    languageName(tag) {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    dateTime: (iso) => {
      const d = safeDate(iso);
      return d ? dateTime.format(d) : iso;
    },
    date: (iso) => {
      const d = safeDate(iso);
      return d ? date.format(d) : iso;
    },
    fileSize: (bytes) =>
      bytes < 1_000_000 ? kilobytes.format(Math.max(1, Math.round(bytes / 1000))) : megabytes.format(bytes / 1_000_000),
    number: (value) => numbers.format(value),
  };
}

/** One set of formats per UI language: making Intl formatters is costly, and every row of the editor uses them. */
const formats = new Map<string, Format>();

/** Intl formats for the current UI language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  let format = formats.get(locale);
  if (!format) {
    format = makeFormat(locale);
    formats.set(locale, format);
  }
  return format;
}
