export { decodeText } from './decodeText.ts';
export { importPlainText, sentenceUnits } from './plainText.ts';
export { MAX_TEXT_LENGTH } from './limits.ts';
