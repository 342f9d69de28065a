import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError, segmentSentences } from '@tessera/core';
import { ServiceError } from '../../services/errors.ts';
import { UsageError, type Output } from '../io.ts';
import type { Command, Values } from './command.ts';

/**
 * `tessera segment`: the sentence segmenter on the command line, for trying it and for scoring it.
 * With `--lang LANG` it reads UTF-8 text on stdin and prints its sentences as one JSON array of strings
 * (they join back to the text). With `--batch` it reads JSON lines `{"lang": …, "text": …}` and prints
 * one JSON array per line, in order, as each line comes (`--lang` then names the language of lines
 * without one). A line that is not such an object stops it with exit 1 and the line's number.
 */
export const segmentCommand: Command = {
  words: ['segment'],
  usage:
    'tessera segment --lang LANG | --batch   (stdin text → JSON array of sentences; --batch: JSON lines {"lang","text"} → one array per line)',
  options: { lang: { type: 'string' }, batch: { type: 'boolean' } },
  async run(values, io) {
    const lang = languageOption(values);
    if (values.batch === true) {
      await segmentLines(process.stdin, lang, io);
      return;
    }
    if (lang === undefined) throw new UsageError('--lang is required (or --batch, with the language on each line).');
    io.out(JSON.stringify(segmentSentences(decodeUtf8(await readAll(process.stdin)), lang)));
  },
};

function languageOption(values: Values): string | undefined {
  const lang = values.lang;
  if (lang === undefined) return undefined;
  if (typeof lang !== 'string' || lang.trim() === '') throw new UsageError('--lang needs a language tag, such as en or ja.');
  return lang;
}

async function readAll(input: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('input.encoding', 'The text on stdin is not UTF-8. Convert it to UTF-8 and run the command again.');
  }
}

/** Reads JSON lines from `input` and writes one JSON array of sentences per line as it goes. */
async function segmentLines(input: Readable, defaultLang: string | undefined, io: Output): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const { text, lang } = parseLine(line, number, defaultLang);
    io.out(JSON.stringify(segmentSentences(text, lang)));
  }
}

function parseLine(line: string, number: number, defaultLang: string | undefined): { text: string; lang: string } {
  const refuse = (why: string): ServiceError =>
    new ServiceError(400, 'segment.invalid-line', `Line ${number} of the input ${why}. Each line must be a JSON object {"lang": "en", "text": "…"}.`, {
      line: number,
    });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw refuse(`is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse('is not a JSON object');
  const { text, lang } = value as { text?: unknown; lang?: unknown };
  if (typeof text !== 'string') throw refuse('has no "text" string');
  if (lang !== undefined && (typeof lang !== 'string' || lang.trim() === '')) throw refuse('has a "lang" that is not a language tag');
  const language = (lang as string | undefined) ?? defaultLang;
  if (language === undefined) throw refuse('has no "lang" (give one on the line, or --lang for all lines)');
  return { text, lang: language };
}
