/**
 * The formats a statement can come in, recognised from an uploaded file's name; and DOCX files,
 * which travel as base64 in the JSON request.
 */
import { IMPORT_FORMAT_IDS, IMPORT_UPLOAD_ACCEPT, importFormatOfFileName, type ImportFormat } from '@tessera/core';
import { MAX_SOURCE_CHARS } from '@tessera/core/contract';

export type SourceFormat = ImportFormat;

export const SOURCE_FORMATS: readonly SourceFormat[] = IMPORT_FORMAT_IDS;

/** What an upload field accepts. */
export const SOURCE_FILE_ACCEPT = IMPORT_UPLOAD_ACCEPT;

/** The format a file's extension names, or null when it names none of ours. */
export const formatOfFileName = importFormatOfFileName;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes as standard base64 (with padding), as the server's `fileBase64` expects. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${ALPHABET[(n >> 18) & 63]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET[(n >> 18) & 63]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  return out;
}

/** The bytes a DOCX statement can have at most: the contract's limit on `fileBase64` is this many bytes in base64. */
export const MAX_DOCX_BYTES = MAX_SOURCE_CHARS;

/** The start of every ZIP package, so of every DOCX file. */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export type DocxProblem = 'tooLarge' | 'unreadable' | 'notDocx';

/** Reads a DOCX upload as base64, or says why it cannot be used. */
export async function readDocxFile(file: Blob): Promise<{ base64: string } | { problem: DocxProblem }> {
  if (file.size > MAX_DOCX_BYTES) return { problem: 'tooLarge' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: 'unreadable' };
  }
  if (!looksLikeZip(bytes)) return { problem: 'notDocx' };
  return { base64: bytesToBase64(bytes) };
}
