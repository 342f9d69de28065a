/** Stable codes for every refusal a user can meet; the HTTP layer maps them to problem+json. */
export type ErrorCode =
  | 'input.empty'
  | 'input.too-large'
  | 'input.binary'
  | 'input.encoding'
  | 'input.invalid-split'
  | 'xml.malformed'
  | 'xml.dtd-forbidden'
  | 'xml.too-deep'
  | 'xliff.unsupported-version'
  | 'xliff.invalid'
  | 'xliff.wrong-project'
  | 'xliff.wrong-language'
  | 'xliff.unknown-units'
  | 'tmx.unsupported-version'
  | 'tmx.invalid'
  | 'glossary.invalid'
  | 'glossary.wrong-language';

/** A refusal of input: the message says what was wrong and what to do. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { line?: number; column?: number; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}
