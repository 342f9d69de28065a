/** Reading XML that comes from users (strict, no DTDs, size and nesting limits) and writing it safely. */
export { assertXmlChars, escapeAttr, escapeText } from './escape.ts';
export { checkXmlInput } from './safety.ts';
