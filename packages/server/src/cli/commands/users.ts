import { linkUrl, resetLinkForEmail } from '../../services/accountLinks.ts';
import { ServiceError } from '../../services/errors.ts';
import { eraseAccount } from '../../services/accountErasure.ts';
import { addMember, addUser, listUsers, setCanCreateProjects, userByEmail } from '../../services/users.ts';
import { required, UsageError } from '../io.ts';
import { DATA_OPTIONS, settingsOf, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command, Values } from './command.ts';

const PUBLIC_URL = { 'public-url': { type: 'string' } } as const;
const publicUrlOf = (values: Values) => settingsOf(values).publicUrl;

export const userAddCommand: Command = {
  words: ['user', 'add'],
  usage: 'tessera user add --email E --name N [--can-create-projects]   (prints a single-use link, valid a week, where the person chooses a password)',
  options: { email: { type: 'string' }, name: { type: 'string' }, 'can-create-projects': { type: 'boolean' }, ...PUBLIC_URL },
  async run(values, io) {
    const person = { email: required(values, 'email'), name: required(values, 'name'), canCreateProjects: values['can-create-projects'] === true };
    const { user, link } = await withData(values, (db) => addUser(db, person));
    io.err(`Added ${user.name} <${user.email}>. Pass on this link (it works once, until ${link.expiresAt}):`);
    io.out(linkUrl(publicUrlOf(values), link));
  },
};

export const userListCommand: Command = {
  words: ['user', 'list'],
  usage: 'tessera user list   (one account a line: e-mail, name, and “can create projects” when it may)',
  options: {},
  async run(values, io) {
    const users = await withData(values, (db) => listUsers(db));
    for (const u of users) io.out([u.email, u.name, u.can_create_projects === 1 ? 'can create projects' : ''].join('\t').trimEnd());
  },
};

export const userSetCommand: Command = {
  words: ['user', 'set'],
  usage: 'tessera user set --email E --can-create-projects yes|no',
  options: { email: { type: 'string' }, 'can-create-projects': { type: 'string' } },
  async run(values, io) {
    const answer = required(values, 'can-create-projects');
    if (answer !== 'yes' && answer !== 'no') throw new UsageError(`--can-create-projects takes yes or no, not “${answer}”.`);
    const user = await withData(values, (db) => setCanCreateProjects(db, required(values, 'email'), answer === 'yes'));
    io.err(`${user.email} ${answer === 'yes' ? 'may' : 'may not'} create projects.`);
  },
};

export const userRemoveCommand: Command = {
  words: ['user', 'remove'],
  usage: 'tessera user remove --email E   (erases the account: name and e-mail leave every page; translations stay, credited to “former volunteer”)',
  options: { email: { type: 'string' } },
  async run(values, io) {
    const email = required(values, 'email');
    await withData(values, async (db) => eraseAccount(db, (await userByEmail(db, email)).id, null));
    io.err(`Removed the account of ${email.trim().toLowerCase()}.`);
  },
};

export const userResetLinkCommand: Command = {
  words: ['user', 'reset-link'],
  usage: 'tessera user reset-link --email E   (prints a single-use link, valid an hour, where the person chooses a new password)',
  options: { email: { type: 'string' }, ...PUBLIC_URL },
  async run(values, io) {
    const email = required(values, 'email');
    const found = await withData(values, (db) => resetLinkForEmail(db, email));
    if (!found) throw new ServiceError(404, 'user.not-found', `No account has the e-mail address ${email.trim()}. \`tessera user list\` shows them.`);
    io.err(`A link for ${found.user.name} to choose a new password (it works once, until ${found.link.expiresAt}):`);
    io.out(linkUrl(publicUrlOf(values), found.link));
  },
};

export const memberAddCommand: Command = {
  words: ['member', 'add'],
  usage: 'tessera member add --project P --email E --role coordinator|translator|reviewer [--lang L]',
  options: { project: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' }, ...DATA_OPTIONS },
  async run(values, io) {
    const role = required(values, 'role');
    if (role !== 'coordinator' && role !== 'translator' && role !== 'reviewer') throw new UsageError(`--role is coordinator, translator or reviewer, not “${role}”.`);
    const lang = typeof values.lang === 'string' ? values.lang : null;
    const { user, projectName } = await withData(values, async (db) => addMember(db, (await projectByNameOrId(db, required(values, 'project'))).id, required(values, 'email'), role, lang));
    io.err(`${user.name} is ${role} of ${projectName}${lang ? ` for ${lang}` : ''}.`);
  },
};
