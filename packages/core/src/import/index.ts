export { decodeText } from './decodeText.ts';
export { importPlainText, sentenceUnits, MAX_TEXT_LENGTH } from './plainText.ts';
