import { IMPORT_FORMAT_IDS } from '@tessera/core';
import { required } from '../io.ts';
import { createProject } from '../../services/newProject.ts';
import { countUsers, projectCreators, userByEmail } from '../../services/users.ts';
import { ServiceError } from '../../services/errors.ts';
import type { Db } from '../../db/connection.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { describeNormalization, FORMAT_OPTION, sourceFromFile } from './sourceFile.ts';
import type { Command } from './command.ts';

export const projectCreate: Command = {
  words: ['project', 'create'],
  usage: `tessera project create --name NAME --source FILE --source-lang en --targets ja,fr,es [--format ${IMPORT_FORMAT_IDS.join('|')}] [--owner EMAIL]   (prints the project id; the owner is its coordinator; sentences the memory has a context or 100% match for arrive filled in, to review)`,
  options: { name: { type: 'string' }, source: { type: 'string' }, 'source-lang': { type: 'string' }, targets: { type: 'string' }, owner: { type: 'string' }, ...FORMAT_OPTION, ...DATA_OPTIONS },
  async run(values, io) {
    const name = required(values, 'name');
    const source = sourceFromFile(required(values, 'source'), values.format);
    const targetLangs = required(values, 'targets').split(',').map((l) => l.trim()).filter(Boolean);
    const sourceLang = typeof values['source-lang'] === 'string' ? values['source-lang'] : 'en';
    const { id, normalized, prefilled } = await withData(values, async (db, actor) =>
      createProject(db, actor, { name, sourceLang, targetLangs, ...source }, await ownerOf(db, values.owner)),
    );
    const cleaned = describeNormalization(normalized);
    if (cleaned) io.err(cleaned);
    for (const [lang, count] of Object.entries(prefilled)) {
      if (count > 0) io.err(`${lang}: ${count} ${count === 1 ? 'sentence' : 'sentences'} filled in from the translation memory, to review`);
    }
    io.out(String(id));
  },
};

/**
 * The account that coordinates the new project: the one `--owner` names. Without it, a database
 * with no account makes a project without members; one with accounts refuses, naming the
 * accounts that could own it.
 */
async function ownerOf(db: Db, owner: unknown): Promise<number | undefined> {
  if (typeof owner === 'string' && owner !== '') return (await userByEmail(db, owner)).id;
  if ((await countUsers(db)) === 0) return undefined;
  const creators = (await projectCreators(db)).map((u) => u.email);
  const could = creators.length > 0 ? `, for example ${creators.join(', ')}` : ' (no account may create projects yet: `tessera user set --email E --can-create-projects yes`)';
  throw new ServiceError(400, 'project.owner-needed', `Name the project's coordinator with --owner EMAIL${could}. Otherwise no account would see the project.`);
}
