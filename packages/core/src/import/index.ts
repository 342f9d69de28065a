export { ChunkedTextDecoder, decodeText } from './decodeText.ts';
export { importPlainText, sentenceUnits } from './plainText.ts';
export { importMarkdown } from './markdown.ts';
export { importHtml } from './html.ts';
export { importDocx } from './docx.ts';
export { importDocument, importSource, detectFormat, type ImportInput, type ImportedSource, type TextImportInput } from './dispatch.ts';
export { IMPORT_FORMATS, IMPORT_FORMAT_IDS, IMPORT_UPLOAD_ACCEPT, importFormatOfFileName, isTextImportFormat, type ImportFormat, type ImportFormatInfo, type TextImportFormat } from './formats.ts';
export { contentUnits, joinUnits } from './contentUnits.ts';
