/**
 * Bytes of an uploaded text file to a string: UTF-8 (with or without a byte order mark) or UTF-16 with
 * one; line ends normalised to LF. Anything else is refused with a message that says what to do.
 */
import { InputError } from '../errors/index.ts';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import { tooLarge } from './limits.ts';

/** The part of the WHATWG TextDecoder this module uses (core's TypeScript library has no DOM types). */
interface StrictDecoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

/** A UTF-16 code unit takes at most 3 bytes in UTF-8 (and 2 in UTF-16): a larger file is surely too long. */
const MAX_BYTES = 3 * MAX_TEXT_LENGTH + 3;

/** File signatures of formats people upload by mistake instead of plain text. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; advice: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', advice: 'Copy the text out of the PDF, or save it as plain text, and import that.' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (such as a .docx or .odt document)', advice: 'Save the document as plain text (.txt, UTF-8) and import that.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image', advice: 'Import the text of the statement, not a picture of it.' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', advice: 'Import the text of the statement, not a picture of it.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', advice: 'Import the text of the statement, not a picture of it.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document (.doc)', advice: 'Save the document as plain text (.txt, UTF-8) and import that.' },
];

/**
 * `maxBytes`: the caller's own size limit (an XLIFF or TMX file may be larger than a statement);
 * by default, the statement limit.
 */
export function decodeText(bytes: Uint8Array, options: { maxBytes?: number } = {}): string {
  if (options.maxBytes === undefined && bytes.length > MAX_BYTES) throw tooLarge(bytes.length, 'bytes');
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) throw overLimit(bytes.length, options.maxBytes);
  refuseKnownBinary(bytes);
  const { encoding, skip } = byteOrderMark(bytes);
  let text: string;
  try {
    text = new TextDecoderClass(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    throw encodingError(bytes, encoding, skip);
  }
  refuseNul(text, 0);
  if (text.trim() === '') throw emptyFile();
  return text.replace(/\r\n?/g, '\n');
}

function overLimit(size: number, maxBytes: number): InputError {
  return new InputError('input.too-large', `The file is ${size.toLocaleString('en')} bytes long, more than the limit of ${maxBytes.toLocaleString('en')} bytes.`, {
    size,
    limit: maxBytes,
  });
}

function refuseNul(text: string, before: number): void {
  const at = text.indexOf('\u0000');
  if (at < 0) return;
  throw new InputError(
    'input.binary',
    'The file contains NUL characters, so it is not plain text (it may be a binary file, or UTF-16 text without a byte order mark). ' +
      'Save the statement as plain text in UTF-8 and import that.',
    { offset: before + at },
  );
}

function emptyFile(): InputError {
  return new InputError('input.empty', 'The file is empty (or only white space). Choose the file that holds the text of the statement.');
}

/**
 * decodeText for a file that arrives in pieces (an upload, a file read as a stream): `write` each
 * chunk of bytes and get its text (a character split between chunks comes with the later one),
 * `end` at the end. The same checks and errors as decodeText, each at the chunk that shows it; the
 * size limit is counted as the bytes arrive.
 */
export class ChunkedTextDecoder {
  private decoder: StreamingDecoder | null = null;
  private encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  /** The first bytes, held until there are enough to recognise a signature or a byte order mark. */
  private start: Uint8Array | null = new Uint8Array(0);
  private bytes = 0;
  private chars = 0;
  /** The line the next chunk starts on, and the bytes of a character split between chunks. */
  private lines = 1;
  private carried = new Uint8Array(0);
  /** A CR at the end of the text so far: a CRLF may be split between chunks. */
  private pendingCr = false;
  private blank = true;

  constructor(private readonly maxBytes: number) {}

  write(chunk: Uint8Array): string {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) throw overLimit(this.bytes, this.maxBytes);
    if (this.start !== null) {
      const start = concat(this.start, chunk);
      if (start.length < SIGNATURE_BYTES) {
        this.start = start;
        return '';
      }
      return this.begin(start);
    }
    return this.decode(chunk, false);
  }

  end(): string {
    const text = this.start !== null ? this.begin(this.start, true) : this.decode(new Uint8Array(0), true);
    if (this.blank) throw emptyFile();
    return text;
  }

  private begin(start: Uint8Array, last = false): string {
    this.start = null;
    refuseKnownBinary(start);
    const { encoding, skip } = byteOrderMark(start);
    this.encoding = encoding;
    this.decoder = new TextDecoderClass(encoding, { fatal: true, ignoreBOM: true }) as unknown as StreamingDecoder;
    return this.decode(start.subarray(skip), last);
  }

  private decode(chunk: Uint8Array, last: boolean): string {
    let text: string;
    try {
      text = (this.decoder as StreamingDecoder).decode(chunk, { stream: !last });
    } catch {
      throw this.encodingErrorIn(chunk);
    }
    if (this.encoding === 'utf-8') this.keepCarried(chunk);
    refuseNul(text, this.chars);
    this.chars += text.length;
    if (this.blank && text.trim() !== '') this.blank = false;
    if (this.pendingCr) text = '\r' + text;
    this.pendingCr = !last && text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    return text.replace(/\r\n?/g, '\n');
  }

  /** The error decodeText gives, with the line and offset counted over the whole file. */
  private encodingErrorIn(chunk: Uint8Array): InputError {
    if (this.encoding !== 'utf-8') return encodingError(chunk, this.encoding, 0);
    const bytes = concat(this.carried, chunk);
    // What came before `bytes`: the chunks already decoded (or the byte order mark).
    const before = this.bytes - bytes.length;
    const offset = firstInvalidUtf8(bytes, 0);
    return invalidUtf8(before + offset, this.lines + countLines(bytes, offset) - 1);
  }

  /** Counts the lines of a decoded chunk and keeps the bytes of a character it leaves unfinished. */
  private keepCarried(chunk: Uint8Array): void {
    const bytes = this.carried.length === 0 ? chunk : concat(this.carried, chunk);
    for (let i = bytes.indexOf(0x0a, this.carried.length); i >= 0; i = bytes.indexOf(0x0a, i + 1)) this.lines++;
    let from = bytes.length;
    while (from > 0 && bytes.length - from < 3 && ((bytes[from - 1] as number) & 0xc0) === 0x80) from--;
    const lead = from > 0 ? (bytes[from - 1] as number) : 0;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    this.carried = from > 0 && lead >= 0xc0 && bytes.length - (from - 1) < length ? bytes.slice(from - 1) : new Uint8Array(0);
  }
}

/** The WHATWG TextDecoder's streaming form. */
interface StreamingDecoder {
  decode(input: Uint8Array, options: { stream: boolean }): string;
}

/** Bytes enough to recognise any file signature or byte order mark. */
const SIGNATURE_BYTES = Math.max(...SIGNATURES.map((s) => s.bytes.length), 4);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function refuseKnownBinary(bytes: Uint8Array): void {
  for (const { bytes: signature, what, advice } of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) {
      throw new InputError('input.binary', `This file is ${what}, not plain text. ${advice}`, { format: what });
    }
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0 && bytes.length % 4 === 0) {
      throw new InputError('input.encoding', 'This file is in UTF-32, which is not supported. Save it as UTF-8 and import it again.', { encoding: 'utf-32le' });
    }
    return { encoding: 'utf-16le', skip: 2 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

function encodingError(bytes: Uint8Array, encoding: string, skip: number): InputError {
  if (encoding !== 'utf-8') {
    return new InputError(
      'input.encoding',
      `The file starts with a ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} byte order mark but is not valid UTF-16. ` +
        'Save it again as UTF-8 and import it.',
      { encoding },
    );
  }
  const offset = firstInvalidUtf8(bytes, skip);
  return invalidUtf8(offset, countLines(bytes, offset));
}

function invalidUtf8(offset: number, line: number): InputError {
  return new InputError(
    'input.encoding',
    `The file is not valid UTF-8 text (the first invalid byte is on line ${line}, at byte ${offset}). ` +
      'It may be in an older encoding such as Windows-1252 or Latin-1: open it in a text editor, save it as UTF-8 and import it again.',
    { line, offset, encoding: 'utf-8' },
  );
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const [low, high] = secondByteRange(lead);
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return i;
}

/** The range of the second byte after `lead`, which rules out overlong forms, surrogates and values past U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
