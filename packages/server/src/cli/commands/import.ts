import { ChunkedTextDecoder } from '@tessera/core';
import path from 'node:path';
import { inputFileHead, required, streamInputFile, UsageError } from '../io.ts';
import { importXliff } from '../../services/exchange.ts';
import { importTmx } from '../../services/memoryImport.ts';
import { DATA_OPTIONS, settingsOf, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './command.ts';

/** TMX when named so or when its root element (in the first 4 KB) says so; XLIFF (1.2 or 2.0) otherwise. */
function isTmx(file: string): boolean {
  return /\.tmx$/i.test(file) || /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE tmx[^>]*>\s*)?<tmx[\s>]/.test(headText(file));
}

/** The text at the start of a file; '' for one that is not text (the import says what is wrong with it). */
function headText(file: string): string {
  try {
    return new ChunkedTextDecoder(Infinity).write(inputFileHead(file, 4096));
  } catch {
    return '';
  }
}

export const importCommand: Command = {
  words: ['import'],
  usage: 'tessera import --project NAME --file FILE [--lang LANG]   (XLIFF 1.2/2.0 into a project; a TMX file goes into the translation memory, no --project needed)',
  options: { project: { type: 'string' }, file: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, ...DATA_OPTIONS },
  async run(values, io) {
    const { limits } = settingsOf(values);
    const file = required(values, 'file');
    const maxBytes = limits.xliffBytes;
    const bytes = streamInputFile(file, maxBytes);
    if (values.format !== undefined && values.format !== 'tmx' && values.format !== 'xliff') throw new UsageError('--format is xliff or tmx (the default is guessed from the file).');
    if (values.format === 'tmx' || (values.format === undefined && isTmx(file))) {
      const summary = await withData(values, (db, actor) => importTmx(db, actor, bytes, { maxBytes, origin: path.basename(file) }));
      io.out(`Translation memory: ${summary.entries} entries added (${Object.entries(summary.pairs).map(([pair, n]) => `${pair} ${n}`).join(', ')})`);
      return;
    }
    const summary = await withData(values, async (db, actor) => {
      const project = await projectByNameOrId(db, required(values, 'project'));
      return importXliff(db, actor, project.id, bytes, { maxBytes, ...(typeof values.lang === 'string' ? { lang: values.lang } : {}) });
    });
    io.out(`${summary.lang}: ${summary.updated} updated, ${summary.unchanged} unchanged`);
    if (summary.unknown.length > 0) io.out(`Units in the file that this project does not have (not applied): ${summary.unknown.join(', ')}`);
    if (summary.codeWarnings.length > 0) io.out(`Units whose formatting codes differ from the source (kept, flagged for review): ${summary.codeWarnings.join(', ')}`);
    if (summary.codesReplaced.length > 0) io.out(`Units whose file changed what a formatting code is, such as a link's address (imported with the source's codes): ${summary.codesReplaced.join(', ')}`);
  },
};
