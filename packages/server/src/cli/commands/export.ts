import { UsageError, required, writeResult } from '../io.ts';
import { exportXliff } from '../../services/exchange.ts';
import { exportTmx } from '../../services/translationMemory.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './command.ts';

const FORMATS = ['xliff12', 'xliff20', 'tmx'];

export const exportCommand: Command = {
  words: ['export'],
  usage: 'tessera export --project NAME --lang ja --format xliff12|xliff20|tmx [--out FILE]   (without --out, to stdout; tmx: --all-projects instead of --project for the whole memory)',
  options: { project: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'all-projects': { type: 'boolean' }, ...DATA_OPTIONS },
  async run(values, io) {
    const format = typeof values.format === 'string' ? values.format : 'xliff12';
    if (!FORMATS.includes(format)) throw new UsageError(`Unknown format “${format}”: use ${FORMATS.join(', ')}.`);
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
    const lang = required(values, 'lang');
    const allProjects = values['all-projects'] === true;
    if (allProjects && format !== 'tmx') throw new UsageError('--all-projects goes with --format tmx.');
    const exported = await withData(values, async (db, actor) => {
      if (format === 'tmx') {
        const scope = allProjects ? 'all' : { projectId: (await projectByNameOrId(db, required(values, 'project'))).id };
        const { tmx, entries } = await exportTmx(db, actor, scope, lang);
        return { document: tmx, count: `${entries} approved translations` };
      }
      const project = await projectByNameOrId(db, required(values, 'project'));
      const { xml, units } = await exportXliff(db, actor, project.id, lang, format as 'xliff12' | 'xliff20');
      return { document: xml, count: `${units} units` };
    });
    writeResult(io, out, exported.document, `Wrote ${exported.count} to ${out}`);
  },
};
