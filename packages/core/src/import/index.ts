export { decodeText } from './decodeText.ts';
export { importPlainText, sentenceUnits } from './plainText.ts';
export { importMarkdown } from './markdown.ts';
export { importHtml, MAX_HTML_LENGTH } from './html.ts';
export { importDocx } from './docx.ts';
export { MAX_ENTRIES as MAX_DOCX_ENTRIES, MAX_INFLATED_BYTES as MAX_DOCX_INFLATED_BYTES, MAX_PACKAGE_BYTES as MAX_DOCX_BYTES } from './zip.ts';
export { importDocument, detectFormat, type ImportFormat, type ImportInput } from './dispatch.ts';
export { contentUnits, joinUnits } from './contentUnits.ts';
export { MAX_TEXT_LENGTH } from './limits.ts';
