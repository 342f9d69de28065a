import ICU from 'i18next-icu';
import { directionOf } from '@tessera/core';

/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the text between keeps its own direction. */
const FSI = '\u2068';
const PDI = '\u2069';

/** The values of a message with each text isolated; numbers (which plurals choose by) stay as they are. */
export function isolatedValues<T>(values: T): T {
  if (!values || typeof values !== 'object') return values;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' && value !== '' ? `${FSI}${value}${PDI}` : value])) as T;
}

type Parse = (res: string, options: unknown, lng: string, ...rest: unknown[]) => unknown;

/**
 * The ICU message format for i18next, except that in a right-to-left language every text put into a
 * message (a person's name, a date, a language, a project) is isolated: a Latin name followed by a
 * date in an Arabic sentence keeps its order instead of mixing with the numbers around it.
 */
export function bidiSafeIcu(): InstanceType<typeof ICU> {
  const icu = new ICU();
  const parse = (icu as unknown as { parse: Parse }).parse.bind(icu);
  const isolating: Parse = (res, options, lng, ...rest) => parse(res, directionOf(lng) === 'rtl' ? isolatedValues(options) : options, lng, ...rest);
  return Object.assign(icu, { parse: isolating });
}
