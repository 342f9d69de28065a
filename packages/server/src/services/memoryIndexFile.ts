import fs from 'node:fs';
import path from 'node:path';
import type { MatchIndexSnapshot } from '@tessera/core';
import type { SeqRange } from '../repositories/memoryChanges.ts';

/**
 * The memory's index written to a file, so that a server starts without reading and indexing
 * every stored source again. A header (JSON: the log position it holds, the language pairs, their
 * words) and then each pair's arrays, 8-byte aligned. The file is written beside and renamed into
 * place, so a reader finds the old file or the new one, never half of one.
 */

/** Changes with this number: the way sources are split into words changed, and older files are not read. */
const FORMAT = 1;
const MAGIC = 'TSMI';

export interface IndexFile {
  /** The name the database knows the file by (`memory_snapshots`). */
  token: string;
  /** The last change of the log it holds, and the changes it may still miss. */
  last: number;
  gaps: (SeqRange & { seen: number })[];
  pairs: { pair: string; index: MatchIndexSnapshot }[];
}

export function indexFilePath(folder: string): string {
  return path.join(folder, 'memory-index.bin');
}

export async function writeIndexFile(folder: string, file: IndexFile): Promise<void> {
  const arraysOf = (s: MatchIndexSnapshot) => [s.keys, s.times, s.owners, s.lengths, s.pool];
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      token: file.token,
      last: file.last,
      gaps: file.gaps,
      pairs: file.pairs.map(({ pair, index }) => ({ pair, tokens: index.tokens, slots: index.keys.length, pool: index.pool.length })),
    }),
  );
  const target = indexFilePath(folder);
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.promises.mkdir(folder, { recursive: true });
  const handle = await fs.promises.open(temporary, 'w');
  try {
    const lead = Buffer.alloc(8);
    lead.write(MAGIC, 0, 'latin1');
    lead.writeUInt32LE(header.length, 4);
    await handle.write(lead);
    await handle.write(header);
    await handle.write(Buffer.alloc(padding(8 + header.length)));
    for (const { index } of file.pairs) {
      for (const array of arraysOf(index)) {
        await handle.write(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
        await handle.write(Buffer.alloc(padding(array.byteLength)));
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temporary, target);
}

/** The index file of `folder`, or null when there is none or it is not one this version reads. */
export async function readIndexFile(folder: string): Promise<IndexFile | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(indexFilePath(folder));
  } catch {
    return null;
  }
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return null;
  const headerLength = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {
    format: number;
    token: string;
    last: number;
    gaps: IndexFile['gaps'];
    pairs: { pair: string; tokens: string[]; slots: number; pool: number }[];
  };
  if (header.format !== FORMAT) return null;
  // Typed arrays need aligned offsets: read from an aligned copy when the buffer is not.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  let at = 8 + headerLength;
  at += padding(at);
  const take = <T extends Float64Array | Int32Array>(Kind: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const byteLength = count * Kind.BYTES_PER_ELEMENT;
    if (at + byteLength > buffer.length) throw new Error('The memory index file is cut short.');
    const array = new Kind(buffer.buffer, buffer.byteOffset + at, count);
    at += byteLength + padding(byteLength);
    return array;
  };
  const pairs = header.pairs.map(({ pair, tokens, slots, pool }) => ({
    pair,
    index: { tokens, keys: take(Float64Array, slots), times: take(Float64Array, slots), owners: take(Int32Array, slots), lengths: take(Int32Array, slots), pool: take(Int32Array, pool) },
  }));
  return { token: header.token, last: header.last, gaps: header.gaps, pairs };
}

function padding(length: number): number {
  return (8 - (length % 8)) % 8;
}
