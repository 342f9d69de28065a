import { checkXliff, decodeText } from '@tessera/core';
import { readInputFile, UsageError } from '../io.ts';
import { settingsOf } from './context.ts';
import type { Command } from './command.ts';

/** Checks XLIFF files against the specification: one JSON line per file; exit 1 when any is invalid. */
export const xliffCheckCommand: Command = {
  words: ['xliff', 'check'],
  usage: 'tessera xliff check FILE…   (one JSON line per file: valid, version, counts, errors with their lines; exit 1 when any file is invalid)',
  options: {},
  positionals: true,
  async run(values, io) {
    const { limits } = settingsOf(values);
    const files = (values._ as string[] | undefined) ?? [];
    if (files.length === 0) throw new UsageError('Name at least one XLIFF file.');
    let invalid = 0;
    for (const file of files) {
      let report;
      try {
        report = checkXliff(decodeText(readInputFile(file, limits.xliffBytes), { maxBytes: limits.xliffBytes }), { maxBytes: limits.xliffBytes });
      } catch (error) {
        report = { valid: false, version: '', units: 0, segments: 0, states: {}, inlineCodes: 0, notes: 0, errors: [{ rule: 'file.unreadable', message: (error as Error).message, line: 0, column: 0 }] };
      }
      if (!report.valid) invalid++;
      io.out(JSON.stringify({ file, ...report }));
    }
    return invalid > 0 ? 1 : 0;
  },
};
