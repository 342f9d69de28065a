import { UsageError, required, writeOutputFile } from '../io.ts';
import { publicationHtml } from '../../services/publications.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './index.ts';

export const publishCommand: Command = {
  words: ['publish'],
  usage: 'tessera publish --project NAME --lang ja --format html --out FILE [--allow-fallback]',
  options: { project: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'allow-fallback': { type: 'boolean' }, ...DATA_OPTIONS },
  async run(values, io) {
    const format = typeof values.format === 'string' ? values.format : 'html';
    if (format !== 'html') throw new UsageError(`Unknown format “${format}”: this version publishes html.`);
    const out = required(values, 'out');
    const lang = required(values, 'lang');
    await withData(values, async (db, actor) => {
      const project = await projectByNameOrId(db, required(values, 'project'));
      const html = await publicationHtml(db, actor, {
        projectId: project.id,
        lang,
        preview: false,
        allowFallback: values['allow-fallback'] === true ? true : undefined,
      });
      writeOutputFile(out, html);
    });
    io.out(`Wrote ${out}`);
  },
};
