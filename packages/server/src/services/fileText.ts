import { ChunkedTextDecoder } from '@tessera/core';

/** A file to import: its text, or its bytes as they arrive (an upload, a file read as a stream). */
export type FileText = string | AsyncIterable<Uint8Array>;

/**
 * The text of `file` a piece at a time: bytes are decoded as decodeText decodes an upload (UTF-8 or
 * UTF-16 with a byte order mark, line ends to LF) and refused once more than `maxBytes` have come.
 */
export async function* textPieces(file: FileText, maxBytes: number): AsyncGenerator<string> {
  if (typeof file === 'string') {
    yield file;
    return;
  }
  const decoder = new ChunkedTextDecoder(maxBytes);
  for await (const chunk of file) yield decoder.write(chunk);
  yield decoder.end();
}

/** Units, entries… handed on this many at a time, so that a long file is never held whole. */
export const IMPORT_BATCH = 500;
