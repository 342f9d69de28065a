/** One entry for every source format: which format a file is in, and its import. */
import type { SourceDocument } from '../model/document.ts';
import { decodeText } from './decodeText.ts';
import { importDocx } from './docx.ts';
import { importHtml } from './html.ts';
import { importMarkdown } from './markdown.ts';
import { importPlainText } from './plainText.ts';

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ImportInput {
  format: ImportFormat;
  bytes: Uint8Array;
}

/**
 * The source document of a file in `format`. Text formats are decoded first (UTF-8 with or without a
 * byte order mark, or UTF-16 with one; see decodeText), which also refuses binary and oversized files.
 */
export function importDocument(input: ImportInput, lang: string): SourceDocument {
  switch (input.format) {
    case 'docx':
      return importDocx(input.bytes, lang);
    case 'markdown':
      return importMarkdown(decodeText(input.bytes), lang);
    case 'html':
      return importHtml(decodeText(input.bytes), lang);
    case 'text':
      return importPlainText(decodeText(input.bytes), lang);
  }
}

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mkdn: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  docx: 'docx',
};
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
  const dot = fileName.lastIndexOf('.');
  const byExtension = dot >= 0 ? EXTENSIONS[fileName.slice(dot + 1).toLowerCase()] : undefined;
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
