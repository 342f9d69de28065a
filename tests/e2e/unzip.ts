import fs from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * Writes the files of a zip archive into `folder` (stored or deflated entries whose sizes are in
 * their local headers, as the bundle writes them). Resolves to the paths written, relative.
 */
export function unzipInto(archive: Uint8Array, folder: string): string[] {
  const bytes = Buffer.from(archive);
  const written: string[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const compressed = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    const data = bytes.subarray(start, start + compressed);
    const target = path.resolve(folder, name);
    if (!target.startsWith(path.resolve(folder) + path.sep)) throw new Error(`the archive names a file outside its folder: ${name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, method === 8 ? inflateRawSync(data) : data);
    written.push(name);
    at = start + compressed;
  }
  return written;
}
