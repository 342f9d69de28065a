import { required } from '../io.ts';
import { createProject } from '../../services/projects.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { describeNormalization, FORMAT_OPTION, sourceFromFile } from './sourceFile.ts';
import type { Command } from './index.ts';

export const projectCreate: Command = {
  words: ['project', 'create'],
  usage: 'tessera project create --name NAME --source FILE --source-lang en --targets ja,fr,es [--format text|markdown|html|docx]   (prints the project id)',
  options: { name: { type: 'string' }, source: { type: 'string' }, 'source-lang': { type: 'string' }, targets: { type: 'string' }, ...FORMAT_OPTION, ...DATA_OPTIONS },
  async run(values, io) {
    const name = required(values, 'name');
    const source = sourceFromFile(required(values, 'source'), values.format);
    const targetLangs = required(values, 'targets').split(',').map((l) => l.trim()).filter(Boolean);
    const sourceLang = typeof values['source-lang'] === 'string' ? values['source-lang'] : 'en';
    const { id, normalized } = await withData(values, (db, actor) => createProject(db, actor, { name, sourceLang, targetLangs, ...source }));
    const cleaned = describeNormalization(normalized);
    if (cleaned) io.err(cleaned);
    io.out(String(id));
  },
};
