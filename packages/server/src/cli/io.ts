import fs from 'node:fs';
import { InputError } from '@tessera/core';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Where a command writes: `out` (stdout) holds only its result, so that it pipes; notices go to `err` (stderr). */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** Refuses (not truncates) an input file that is missing or over `maxBytes`. */
function requireInputFile(file: string, maxBytes: number): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new InputError('input.empty', `Cannot read ${file}: no such file.`);
  }
  if (size > maxBytes) {
    throw new InputError('input.too-large', `${file} is ${size} bytes; the limit is ${maxBytes} bytes.`);
  }
}

/** Reads an input file, refusing (not truncating) one over `maxBytes`. */
export function readInputFile(file: string, maxBytes: number): Uint8Array {
  requireInputFile(file, maxBytes);
  return fs.readFileSync(file);
}

/** An input file's bytes, read as a stream (64 KB at a time), refusing one over `maxBytes`. */
export function streamInputFile(file: string, maxBytes: number): AsyncIterable<Uint8Array> {
  requireInputFile(file, maxBytes);
  return fs.createReadStream(file, { highWaterMark: 64 * 1024 });
}

/** The first `bytes` bytes of an input file (all of a shorter one). */
export function inputFileHead(file: string, bytes: number): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const head = new Uint8Array(bytes);
    return head.subarray(0, fs.readSync(fd, head, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export function writeOutputFile(file: string, text: string): void {
  fs.writeFileSync(file, text, 'utf8');
}

/** Bytes a command produces (a zip, a Word file): into `file`, saying so on stderr. */
export function writeBinaryResult(io: Output, file: string, bytes: Uint8Array, notice: string): void {
  fs.writeFileSync(file, bytes);
  io.err(notice);
}

/** A document a command produces: into `file` (saying so on stderr), or, without a file, on stdout. */
export function writeResult(io: Output, file: string | undefined, text: string, notice: string): void {
  if (file === undefined) {
    io.out(text.replace(/\n$/, ''));
    return;
  }
  writeOutputFile(file, text);
  io.err(notice);
}
