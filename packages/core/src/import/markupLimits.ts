/**
 * Limits on the amount of markup, besides the limit on text length: parsing a tree of a million tiny
 * elements takes seconds and gigabytes, whatever the length of the text, so such files are refused
 * before they are parsed. A statement, even with thousands of signatories, is far below these.
 */
import { InputError } from '../errors/index.ts';

/** How often `char` occurs in `text`, counting no further than `limit + 1`. */
export function countUpTo(text: string, char: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0 && count <= limit; at = text.indexOf(char, at + 1)) count++;
  return count;
}

/** The refusal of a document with more than `limit` of `things`. */
export function tooMany(what: string, limit: number, things: string): InputError {
  return new InputError(
    'input.too-large',
    `The ${what} has more than ${limit.toLocaleString('en')} ${things}, far more than a statement has. Import the statement without what does not belong to it, or in parts.`,
    { limit, unit: things },
  );
}

/** The refusal of markup over `limit` characters. */
export function tooLong(what: string, length: number, limit: number): InputError {
  return new InputError(
    'input.too-large',
    `The ${what} is ${length.toLocaleString('en')} characters long, more than the limit of ${limit.toLocaleString('en')}. Import the statement without what does not belong to it, or in parts.`,
    { size: length, unit: 'characters', limit },
  );
}
