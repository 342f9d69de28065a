/**
 * Reading a few named entries of an uploaded ZIP package (a DOCX) without trusting it. fflate lists the
 * entries (`unzipSync` with a filter that takes none, so nothing is inflated) and inflates them with
 * its streaming `Inflate`, fed 16 KB at a time: the inflated bytes are counted as they come, so a
 * zip bomb — or an entry whose header understates its size — is refused as soon as it passes the
 * limit, in bounded time and memory. Only the local header is read here, to find where an entry's
 * data starts; fflate's listing does not give the offset.
 */
import { Inflate, strFromU8, unzipSync } from 'fflate';
import { InputError } from '../errors/index.ts';

import { MAX_DOCX_BYTES, MAX_DOCX_ENTRIES, MAX_DOCX_INFLATED_BYTES } from '../limits.ts';

const CHUNK = 16 * 1024;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string,
  ) {
    if (bytes.length > MAX_DOCX_BYTES) {
      throw new InputError('input.too-large', `The ${what} is ${megabytes(bytes.length)} large, more than the limit of ${megabytes(MAX_DOCX_BYTES)}. Save it without embedded pictures or fonts, or as plain text, and import that.`, {
        size: bytes.length,
        limit: MAX_DOCX_BYTES,
      });
    }
    let count = 0;
    try {
      // fflate checks the end of central directory and lists the entries; the filter takes none of them.
      unzipSync(bytes, {
        filter: () => {
          count++;
          if (count > MAX_DOCX_ENTRIES) throw this.bomb(`it has more than ${MAX_DOCX_ENTRIES.toLocaleString('en')} entries`);
          return false;
        },
      });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw this.broken();
    }
    this.readCentralDirectory(count);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The inflated bytes of entry `name`, or null when the package has none of that name. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    // The declared size is checked first (an honest bomb fails at once), the inflated bytes as they come.
    if (this.inflated + entry.size > MAX_DOCX_INFLATED_BYTES) this.count(entry.size);
    const data = this.dataOf(entry);
    if (entry.method === 0) {
      this.count(data.length);
      return data.slice();
    }
    if (entry.method !== 8) throw this.broken(`an entry (${entry.name}) is compressed with a method other than Deflate`);
    const chunks: Uint8Array[] = [];
    let length = 0;
    const inflate = new Inflate((chunk) => {
      this.count(chunk.length);
      length += chunk.length;
      chunks.push(chunk);
    });
    try {
      for (let at = 0; at < data.length; at += CHUNK) inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw this.broken(`an entry (${entry.name}) cannot be decompressed`);
    }
    const result = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      result.set(chunk, offset);
      offset += chunk.length;
    }
    return result;
  }

  private count(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > MAX_DOCX_INFLATED_BYTES) throw this.bomb(`its text would take more than ${megabytes(MAX_DOCX_INFLATED_BYTES)} once decompressed`);
  }

  /** Names, methods, sizes and offsets from the central directory (whose layout fflate has checked). */
  private readCentralDirectory(count: number): void {
    const bytes = this.bytes;
    let end = bytes.length - 22;
    while (end >= 0 && u32(bytes, end) !== END_OF_CENTRAL_DIRECTORY) end--;
    if (end < 0) throw this.broken();
    let at = u32(bytes, end + 16);
    if (u16(bytes, end + 10) === 0xffff || at === 0xffffffff) throw this.broken('it uses the ZIP64 extension, which a document of this size does not need');
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) throw this.broken();
      const flags = u16(bytes, at + 8);
      const nameLength = u16(bytes, at + 28);
      const entry: Entry = {
        method: u16(bytes, at + 10),
        compressedSize: u32(bytes, at + 20),
        size: u32(bytes, at + 24),
        // Read as Latin-1: the parts looked up have ASCII names, and this never fails.
        name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), true),
        offset: u32(bytes, at + 42),
      };
      if (flags & 1) throw new InputError('input.binary', `The ${this.what} is encrypted (password-protected). Save it without a password and import it again.`);
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
  }

  private dataOf(entry: Entry): Uint8Array {
    const bytes = this.bytes;
    const at = entry.offset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) throw this.broken();
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw this.broken();
    return bytes.subarray(start, end);
  }

  private bomb(reason: string): InputError {
    return new InputError('input.too-large', `The ${this.what} cannot be imported: ${reason}. Save the statement as a new document (or as plain text) and import that.`, {
      limit: MAX_DOCX_INFLATED_BYTES,
      maxEntries: MAX_DOCX_ENTRIES,
    });
  }

  broken(reason = 'its ZIP structure is damaged'): InputError {
    return new InputError('input.binary', `The ${this.what} cannot be opened: ${reason}. Open it in a word processor, save it again as .docx, and import that.`);
  }
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '') + ' MB';
}
