import { defineCheck } from './defineCheck.ts';

/** Zeros of the decimal digit runs in common use (ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width). */
const ZEROS = [0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  const zero = ZEROS.find((z) => code >= z && code <= z + 9);
  return zero === undefined ? digit : String(code - zero);
}

/** The numbers of a text, digits of any script as ASCII and thousands separators dropped (“1,000” = “١٠٠٠” = 1000). */
export function numbersIn(text: string): string[] {
  // Only digits of other scripts need mapping (a callback per ASCII digit costs a second on a long table of numbers).
  const ascii = text.replace(/(?![0-9])\p{Nd}/gu, asciiDigit);
  return (ascii.match(/\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(/[.,\u00a0\u202f ](?=\d{3}(?!\d))/g, '').replace(',', '.'));
}

export const numbers = defineCheck({
  id: 'numbers',
  name: 'Numbers',
  description: 'A number of the source is missing from the translation, or one was added.',
  run: ({ sourceText, targetText }) => {
    const target = numbersIn(targetText);
    const source = numbersIn(sourceText);
    // Sets: a unit of thousands of numbers (a pasted table) is checked in linear time.
    const inTarget = new Set(target);
    const inSource = new Set(source);
    const missing = source.filter((n) => !inTarget.has(n));
    const added = target.filter((n) => !inSource.has(n));
    if (missing.length === 0 && added.length === 0) return null;
    return [missing.length ? `Missing: ${missing.join(', ')}.` : '', added.length ? `Not in the source: ${added.join(', ')}.` : ''].filter(Boolean).join(' ');
  },
});
