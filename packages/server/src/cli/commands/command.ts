import type { ParseArgsConfig } from 'node:util';
import type { Output } from '../io.ts';

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  words: string[];
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Takes arguments after its words (in `values._`). */
  positionals?: boolean;
  /** Resolves to the exit code when it is not 0. */
  run: (values: Values, io: Output) => Promise<number | void>;
}
