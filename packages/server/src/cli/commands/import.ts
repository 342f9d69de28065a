import { decodeText } from '@tessera/core';
import { readInputFile, required } from '../io.ts';
import { importXliff } from '../../services/exchange.ts';
import { DATA_OPTIONS, limits, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './index.ts';

export const importCommand: Command = {
  words: ['import'],
  usage: 'tessera import --project NAME --file FILE   (prints what changed; exit 1 and no change on a bad file)',
  options: { project: { type: 'string' }, file: { type: 'string' }, ...DATA_OPTIONS },
  async run(values, io) {
    const xml = decodeText(readInputFile(required(values, 'file'), limits.xliffBytes));
    const summary = await withData(values, async (db, actor) => {
      const project = await projectByNameOrId(db, required(values, 'project'));
      return importXliff(db, actor, project.id, xml, { maxBytes: limits.xliffBytes });
    });
    io.out(`${summary.lang}: ${summary.updated} updated, ${summary.unchanged} unchanged`);
    if (summary.unknown.length > 0) io.out(`Units in the file that this project does not have (not applied): ${summary.unknown.join(', ')}`);
  },
};
