/** For tests: the InputError a call refuses with. */
import { InputError } from '../errors/index.ts';

/** The refusal `fn` throws; any other error is rethrown, and no error at all fails the test. */
export function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
