import { InputError } from '../errors/index.ts';
import { MAX_TEXT_LENGTH } from '../limits.ts';

/** The refusal of a text (or file) of `size` characters (or bytes) over the limit. */
export function tooLarge(size: number, unit: 'characters' | 'bytes'): InputError {
  const what = unit === 'bytes' ? 'file' : 'text';
  return new InputError(
    'input.too-large',
    `The ${what} is ${size.toLocaleString('en')} ${unit} long, more than the limit of ${MAX_TEXT_LENGTH.toLocaleString('en')} characters. ` +
      'Import the statement without what does not belong to it, or in parts.',
    { size, unit, limit: MAX_TEXT_LENGTH },
  );
}
