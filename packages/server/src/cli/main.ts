import { parseArgs } from 'node:util';
import { InputError } from '@tessera/core';
import { ServiceError } from '../services/errors.ts';
import { SettingsError } from '../settings.ts';
import { UsageError, type Output } from './io.ts';
import { COMMANDS, USAGE } from './commands/index.ts';

const console_: Output = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

/** Runs one `tessera` command; resolves to the exit code (0 done, 1 refused input, 2 usage). */
export async function main(argv: string[], io: Output = console_): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const command = COMMANDS.find((c) => c.words.every((w, i) => words[i] === w));
  if (!command || argv.includes('--help')) {
    (command ? io.out : io.err)(command ? command.usage : USAGE);
    return command || argv.includes('--help') ? 0 : 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...command.options, data: { type: 'string' } }, allowPositionals: true, strict: true });
    const rest = positionals.slice(command.words.length);
    if (rest.length > 0 && !command.positionals) throw new UsageError(`Unexpected argument: ${rest[0]}`);
    return (await command.run({ ...values, _: rest }, io)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof SettingsError) {
      io.err(`tessera: ${error.message}`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ServiceError) {
      io.err(`tessera: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
