import fs from 'node:fs';
import { InputError } from '@tessera/core';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** Reads an input file, refusing (not truncating) one over `maxBytes`. */
export function readInputFile(file: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new InputError('input.empty', `Cannot read ${file}: no such file.`);
  }
  if (size > maxBytes) {
    throw new InputError('input.too-large', `${file} is ${size} bytes; the limit is ${maxBytes} bytes.`);
  }
  return fs.readFileSync(file);
}

export function writeOutputFile(file: string, text: string): void {
  fs.writeFileSync(file, text, 'utf8');
}
