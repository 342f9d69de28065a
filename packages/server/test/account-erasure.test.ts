import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { contentText } from '@tessera/core';
import { api, pages, type AccountDataExport, type CommentView, type EditorUnit, type HistoryEvent, type InviteCreated, type LanguageView, type PublicationVersionView } from '@tessera/core/contract';
import { addMembership } from '../src/repositories/projects.ts';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { planMail } from '../src/services/mail.ts';
import { addUser } from '../src/services/users.ts';
import { Client, problemOf, startDemoServer, type DemoServer } from './harness.ts';
import { testDatabaseKind } from './database.ts';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
}, 60_000);
afterAll(() => demo.server.close());

const PASSWORD = 'a password for tests';

/** A new account, translator of the demo project in every language, signed in. */
async function newTranslator(name: string, email: string): Promise<{ client: Client; id: number }> {
  const id = await insertUser(demo.server.db, { name, email, passwordHash: await hashPassword(PASSWORD), canCreateProjects: false });
  await addMembership(demo.server.db, demo.demoProjectId, id, { role: 'translator', lang: null });
  return { client: await Client.signedIn(demo.server, { email, password: PASSWORD }), id };
}

const unitsOf = async (lang: string) => (await demo.reviewer.json<LanguageView>('GET', api.language(demo.demoProjectId, lang))).units.filter((u) => u.translate);

/** Every text stored in every table, one string per row, to look for a name or an address anywhere. */
async function everyStoredRow(): Promise<string[]> {
  const tables =
    testDatabaseKind === 'postgres'
      ? (await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(demo.server.db)).rows
      : (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(demo.server.db)).rows;
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'events', 'publications', 'comments', 'mail_outbox']));
  const rows: string[] = [];
  for (const { name } of tables) {
    const { rows: found } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(demo.server.db);
    for (const row of found) rows.push(`${name}: ${JSON.stringify(row)}`);
  }
  return rows;
}

/** The history with the name of who acted left out: what no erasure may change. */
async function historyContent() {
  const events = await demo.server.db.selectFrom('events').selectAll().orderBy('id').execute();
  return events.map(({ actor: _actor, ...rest }) => rest);
}

describe(`deleting my account (${testDatabaseKind})`, () => {
  it('asks for the current password, and refuses the last coordinator of a project, naming it; nothing changes', async () => {
    const { email, password } = demo.server.accounts.coordinator;
    const wrong = await demo.coordinator.send('DELETE', api.account(), { currentPassword: 'not it' });
    expect([wrong.status, (await problemOf(wrong)).code]).toEqual([403, 'account.wrong-password']);
    const refused = await demo.coordinator.send('DELETE', api.account(), { currentPassword: password });
    const problem = (await problemOf(refused)) as { code: string; detail: string; projects?: string[] };
    expect([refused.status, problem.code]).toEqual([409, 'account.last-coordinator']);
    expect(problem.projects).toEqual(['Demo: Digital Safety Act statement']);
    expect(problem.detail).toContain('Demo: Digital Safety Act statement');
    expect((await demo.coordinator.send('GET', api.projects())).status).toBe(200);
    await Client.signedIn(demo.server, { email, password });
  });

  it('erases my name and address everywhere, frozen credits and history included; my translations stay under “former volunteer”', async () => {
    const { client: zoe, id } = await newTranslator('Zoë Erasable', 'zoe@example.org');
    const projectId = demo.demoProjectId;
    const publicUrl = new URL('http://tessera.example.org/');
    await planMail(demo.server.db, { publicUrl });
    // Work that names me: a translation (its history), a suggestion, a comment, a credit, a mention by someone else.
    const [unit, other] = await unitsOf('fr');
    const saved = await zoe.json<EditorUnit>('PUT', api.translation(projectId, 'fr', unit!.id), { target: ['Traduit ici.'], baseRevision: unit!.revision });
    await zoe.json('POST', api.suggestions(projectId, 'fr', other!.id), { target: ['Une suggestion.'] });
    await zoe.json<CommentView>('POST', api.comments(projectId, 'fr', unit!.id), { body: 'Mon commentaire.' });
    await demo.reviewer.json<CommentView>('POST', api.comments(projectId, 'fr', unit!.id), { body: '@zoe merci !' });
    // Zoë mentions the reviewer, who is e-mailed about it.
    await zoe.json<CommentView>('POST', api.comments(projectId, 'fr', other!.id), { body: '@reviewer à relire' });
    expect(await planMail(demo.server.db, { publicUrl })).toBeGreaterThan(0);
    await zoe.json('PUT', api.credit(projectId, 'fr'), { name: 'Zoë E.' });
    // An invitation sent to my address, and a request to join another language that still waits.
    const invite = await demo.coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['es'], email: 'zoe@example.org' });
    const asking = new Client(demo.server.url);
    await asking.init();
    expect((await asking.send('POST', api.askToJoin(invite.token), { name: 'Zoë Erasable', email: 'zoe@example.org', password: 'another password 12' })).status).toBe(202);
    const published = await demo.coordinator.json<PublicationVersionView>('POST', api.publications(projectId, 'fr'), { allowFallback: true });
    const before = await everyStoredRow();
    expect(before.some((row) => row.includes('Zoë E.') && row.startsWith('publications:'))).toBe(true);
    expect(before.some((row) => row.includes('Zoë Erasable') && row.startsWith('events:'))).toBe(true);
    expect(before.some((row) => row.includes('Zoë Erasable mentioned you') && row.startsWith('mail_outbox:'))).toBe(true);
    const historyBefore = await historyContent();

    const res = await zoe.send('DELETE', api.account(), { currentPassword: PASSWORD });
    expect(res.status).toBe(204);

    // Not a trace of the name, the credit name or the address, in any column of any table.
    const after = await everyStoredRow();
    for (const trace of ['Zoë Erasable', 'Zoë E.', 'zoe@example.org']) expect(after.filter((row) => row.includes(trace))).toEqual([]);
    // The history keeps every event, each as it was but for who acted; the translation stays.
    expect(await historyContent()).toEqual(historyBefore);
    const history = await demo.reviewer.json<HistoryEvent[]>('GET', api.history(projectId, 'fr', unit!.id));
    expect(history[0]).toMatchObject({ user: 'former volunteer', targetAfter: ['Traduit ici.'] });
    const now = (await unitsOf('fr')).find((u) => u.id === unit!.id)!;
    expect([contentText(now.target), now.revision]).toEqual(['Traduit ici.', saved.revision]);
    const comments = await demo.reviewer.json<CommentView[]>('GET', api.comments(projectId, 'fr', unit!.id));
    expect(comments.map((c) => [c.author, c.body, c.mentions])).toEqual(
      expect.arrayContaining([
        ['former volunteer', 'Mon commentaire.', []],
        ['Demo Reviewer', '@former volunteer merci !', ['former volunteer']],
      ]),
    );
    // The published version, frozen otherwise, credits “former volunteer”.
    const page = await (await fetch(demo.server.url + pages.publicationVersion(projectId, 'fr', published.version))).text();
    expect(page).toContain('former volunteer');
    expect(page).not.toContain('Zoë');

    // Signed out everywhere, the password no longer works, and the address can have an account again.
    expect((await zoe.send('GET', api.projects())).status).toBe(401);
    const again = new Client(demo.server.url);
    await again.init();
    expect((await again.send('POST', api.session(), { email: 'zoe@example.org', password: PASSWORD })).status).toBe(401);
    expect((await addUser(demo.server.db, { email: 'zoe@example.org', name: 'Zoë Again', canCreateProjects: false })).user.id).not.toBe(id);
  });

  it('shows my work under the pseudonym I chose', async () => {
    const { client: kim } = await newTranslator('Kim Pseudo', 'kim@example.org');
    const unit = (await unitsOf('es'))[0]!;
    // A pseudonym is a name: an address is refused, and nothing is erased.
    const refused = await kim.send('DELETE', api.account(), { currentPassword: PASSWORD, pseudonym: 'kim@example.org' });
    expect([refused.status, (await problemOf(refused)).code]).toEqual([422, 'credit.email']);
    expect((await kim.send('GET', api.account())).status).toBe(200);
    await kim.json<CommentView>('POST', api.comments(demo.demoProjectId, 'es', unit.id), { body: 'Revisado.' });
    expect((await kim.send('DELETE', api.account(), { currentPassword: PASSWORD, pseudonym: '  Kestrel ' })).status).toBe(204);
    const comments = await demo.coordinator.json<CommentView[]>('GET', api.comments(demo.demoProjectId, 'es', unit.id));
    expect(comments.map((c) => c.author)).toContain('Kestrel');
    expect((await everyStoredRow()).filter((row) => row.includes('Kim Pseudo') || row.includes('kim@example.org'))).toEqual([]);
  });

  it('leaves the history and published versions frozen against anything but that erasure', async () => {
    const db = demo.server.db;
    const event = await db.selectFrom('events').select(['id', 'actor']).where('actor', '=', 'Demo Translator').executeTakeFirstOrThrow();
    await expect(db.updateTable('events').set({ actor: 'Someone Else' }).where('id', '=', event.id).execute()).rejects.toThrow(/append-only/);
    await expect(db.updateTable('events').set({ actor: 'former volunteer', comment: 'rewritten' }).where('id', '=', event.id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('events').where('id', '=', event.id).execute()).rejects.toThrow(/append-only/);
    const version = await db.selectFrom('publications').select(['id', 'document']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const document = JSON.parse(version.document) as { credits: { name: string }[]; publication: unknown };
    const renamed = { ...document, credits: document.credits.map((c) => ({ ...c, name: 'Someone Else' })) };
    await expect(db.updateTable('publications').set({ document: JSON.stringify(renamed) }).where('id', '=', version.id).execute()).rejects.toThrow(/immutable/);
    await expect(db.updateTable('publications').set({ document: JSON.stringify({ ...document, publication: null }) }).where('id', '=', version.id).execute()).rejects.toThrow(/immutable/);
    await expect(db.updateTable('publications').set({ published_by_name: 'former volunteer' }).where('id', '=', version.id).execute()).rejects.toThrow(/immutable/);
    expect((await db.selectFrom('events').select('actor').where('id', '=', event.id).executeTakeFirstOrThrow()).actor).toBe('Demo Translator');
  });

  it('lets a coordinator go once another coordinator shares the project; what they published names them no more', async () => {
    const { email, password } = demo.server.accounts.coordinator;
    const id = await insertUser(demo.server.db, { name: 'Second Coordinator', email: 'second@example.org', passwordHash: await hashPassword(PASSWORD), canCreateProjects: true });
    await addMembership(demo.server.db, demo.demoProjectId, id, { role: 'coordinator', lang: null });
    // A memory file the coordinator imported names them.
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>Erasure sentence.</seg></tuv><tuv xml:lang="fr"><seg>Phrase effacée.</seg></tuv></tu></body></tmx>`;
    expect((await demo.coordinator.send('POST', api.memoryImport('erasure.tmx'), new TextEncoder().encode(tmx), { raw: true })).status).toBe(200);
    expect((await everyStoredRow()).some((row) => row.startsWith('tm_entries:') && row.includes('Demo Coordinator'))).toBe(true);
    expect((await demo.coordinator.send('DELETE', api.account(), { currentPassword: password })).status).toBe(204);
    const after = await everyStoredRow();
    expect(after.filter((row) => row.includes('Demo Coordinator') || row.includes(email))).toEqual([]);
    const versions = await demo.server.db.selectFrom('publications').select('published_by_name').execute();
    expect(new Set(versions.map((v) => v.published_by_name))).toEqual(new Set(['former volunteer']));
  });
});

describe(`my data (${testDatabaseKind})`, () => {
  it('downloads as JSON what is kept about me, and no other person’s address', async () => {
    const { client: me } = await newTranslator('Data Owner', 'owner@example.org');
    const unit = (await unitsOf('ja'))[0]!;
    await me.json('PUT', api.translation(demo.demoProjectId, 'ja', unit.id), { target: ['私の翻訳'], baseRevision: unit.revision });
    await me.json('POST', api.comments(demo.demoProjectId, 'ja', unit.id), { body: 'My own comment.' });
    const res = await me.send('GET', api.accountData());
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?tessera-my-data\.json"?$/);
    const text = await res.text();
    const data = JSON.parse(text) as AccountDataExport;
    expect(data.account).toMatchObject({ name: 'Data Owner', email: 'owner@example.org' });
    expect(data.memberships).toEqual([{ projectId: demo.demoProjectId, project: 'Demo: Digital Safety Act statement', role: 'translator', lang: null }]);
    expect(data.translations.map((t) => [t.unitId, t.target])).toEqual([[unit.id, ['私の翻訳']]]);
    expect(data.comments.map((c) => c.body)).toEqual(['My own comment.']);
    expect(data.history.map((e) => [e.unitId, e.targetAfter])).toEqual([[unit.id, ['私の翻訳']]]);
    expect(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)).toEqual(['owner@example.org']);
  });
});
