/** One entry for every source format: which format a file is in, and its import. */
import { contentText, type Block, type SourceDocument } from '../model/document.ts';
import { dropUnstorable, dropUnstorableFromContent, normalizeSourceText, type SourceNormalization } from '../text/storableText.ts';
import { decodeText } from './decodeText.ts';
import { importDocx } from './docx.ts';
import { importHtml } from './html.ts';
import { importMarkdown } from './markdown.ts';
import { importPlainText } from './plainText.ts';

import { importFormatOfFileName, type ImportFormat, type TextImportFormat } from './formats.ts';

export interface ImportInput {
  format: ImportFormat;
  bytes: Uint8Array;
}

/** A statement already decoded to text (pasted, or read by the browser), in a text format. */
export interface TextImportInput {
  format: TextImportFormat;
  text: string;
}

/** A statement imported to be stored: its document, and what had to be cleaned for it (see normalizeSourceText). */
export interface ImportedSource {
  document: SourceDocument;
  normalized: SourceNormalization;
}

/** How each format is read: from the file's bytes, or from its decoded text. */
export const READERS: { [F in ImportFormat]: { bytes: (bytes: Uint8Array, lang: string) => SourceDocument } | { text: (text: string, lang: string) => SourceDocument } } = {
  text: { text: importPlainText },
  markdown: { text: importMarkdown },
  html: { text: importHtml },
  docx: { bytes: importDocx },
};

/**
 * The source document of a file in `format`. Text formats are decoded first (UTF-8 with or without a
 * byte order mark, or UTF-16 with one; see decodeText), which also refuses binary and oversized files.
 * Characters that may not be stored are cleaned away (form feeds become paragraph breaks), from
 * the text before it is read and from what the reading made (character references in HTML or
 * Markdown, a DOCX's text and link targets); `normalized` counts them.
 */
export function importSource(input: ImportInput | TextImportInput, lang: string): ImportedSource {
  let pasted = { removed: 0, formFeeds: 0 };
  let bytes: Uint8Array;
  if ('text' in input) {
    // Pasted text has no encoding to get wrong: a NUL in it is one more character to drop.
    const { text, ...counts } = normalizeSourceText(input.text);
    pasted = counts;
    bytes = new TextEncoder().encode(text);
  } else bytes = input.bytes;
  let read = { removed: 0, formFeeds: 0 };
  const decoded = () => {
    const { text, ...counts } = normalizeSourceText(decodeText(bytes));
    read = counts;
    return text;
  };
  const reader = READERS[input.format];
  const document = 'bytes' in reader ? reader.bytes(bytes, lang) : reader.text(decoded(), lang);
  const cleaned = storableDocument(document);
  return {
    document: cleaned.document,
    normalized: { removed: pasted.removed + read.removed + cleaned.removed, formFeeds: pasted.formFeeds + read.formFeeds },
  };
}

/** The source document of a file in `format` (see importSource). */
export function importDocument(input: ImportInput, lang: string): SourceDocument {
  return importSource(input, lang).document;
}

/** The document without characters that may not be stored; units left without text, and blocks left without units, go. */
function storableDocument(document: SourceDocument): { document: SourceDocument; removed: number } {
  let removed = 0;
  const blocks: Block[] = [];
  for (const block of document.blocks) {
    const units = [];
    for (const unit of block.units) {
      const source = dropUnstorableFromContent(unit.source);
      const spaceAfter = dropUnstorable(unit.spaceAfter);
      removed += source.removed + spaceAfter.removed;
      if (source.removed > 0 && contentText(source.content).trim() === '') continue;
      units.push(source.removed + spaceAfter.removed === 0 ? unit : { ...unit, source: source.content, spaceAfter: spaceAfter.text });
    }
    if (units.length > 0) blocks.push(units.length === block.units.length && units.every((u, i) => u === block.units[i]) ? block : { ...block, units });
  }
  return { document: removed === 0 ? document : { ...document, blocks }, removed };
}

/** How much of the start of a file is looked at to guess its format. */
const SNIFF_BYTES = 4096;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAGS = /<(?:p|div|h[1-6]|ul|ol|li|br|a\s+href|strong|em|table)\b[^>]*>/i;
const MARKDOWN_SIGNS = /^(?:#{1,6} \S|```|~~~)|\[[^\]\n]+\]\([^)\s]+\)|^\s{0,3}(?:[-*+]|\d{1,3}[.)]) .*\n\s{0,3}(?:[-*+]|\d{1,3}[.)]) |\*\*\S[^*\n]*\*\*/m;

/**
 * The format of a file, by its extension when it has a known one, else by its first bytes: a ZIP
 * package is a DOCX, markup is HTML, Markdown syntax (headings, links, fenced code, lists) is
 * Markdown, and anything else plain text. The importer still refuses a file that is not what its name says.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  const byExtension = importFormatOfFileName(fileName);
  if (byExtension) return byExtension;
  const head = sniffText(bytes.subarray(0, SNIFF_BYTES));
  if (HTML_START.test(head) || HTML_TAGS.test(head)) return 'html';
  if (MARKDOWN_SIGNS.test(head)) return 'markdown';
  return 'text';
}

/** The start of a file as text, good enough to look for markup (ASCII is all that matters). */
function sniffText(bytes: Uint8Array): string {
  let text = '';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const littleEndian = bytes[0] === 0xff;
  if (utf16) {
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(littleEndian ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return text;
  }
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : ' ';
  return text;
}
