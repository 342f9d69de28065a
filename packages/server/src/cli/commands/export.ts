import { UsageError, required, writeOutputFile } from '../io.ts';
import { exportXliff12 } from '../../services/exchange.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './index.ts';

export const exportCommand: Command = {
  words: ['export'],
  usage: 'tessera export --project NAME --lang ja --format xliff12 --out FILE',
  options: { project: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, ...DATA_OPTIONS },
  async run(values, io) {
    const format = typeof values.format === 'string' ? values.format : 'xliff12';
    if (format !== 'xliff12') throw new UsageError(`Unknown format “${format}”: this version exports xliff12.`);
    const out = required(values, 'out');
    const lang = required(values, 'lang');
    const count = await withData(values, async (db, actor) => {
      const project = await projectByNameOrId(db, required(values, 'project'));
      const { xml } = await exportXliff12(db, actor, project.id, lang);
      writeOutputFile(out, xml);
      return (xml.match(/<trans-unit /g) ?? []).length;
    });
    io.out(`Wrote ${count} units to ${out}`);
  },
};
