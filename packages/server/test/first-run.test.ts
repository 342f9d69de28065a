import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSummary, SessionView } from '@tessera/core/contract';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { Client, problemOf } from './harness.ts';
import { openDatabase } from '../src/db/connection.ts';
import { runTessera, startServerProcess, type ServerProcess } from './instances.ts';

let database: TestDatabase;
let server: ServerProcess;
const tessera = (...args: string[]) => runTessera(database, args);
/** The token of a link a command or the server printed (the last path segment). */
const tokenOf = (link: string) => new URL(link.trim()).pathname.split('/').pop()!;

async function waitFor(pattern: RegExp): Promise<RegExpExecArray> {
  for (let i = 0; i < 200; i++) {
    const match = pattern.exec(server.output());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not printed: ${pattern}\n${server.output()}`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startServerProcess(database);
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await database.drop();
});

const coordinator = { name: 'Aiko Tanaka', email: 'aiko@example.org', password: 'a long enough password' };

describe('a first run without the demo', { timeout: 120_000 }, () => {
  let setupToken = '';

  it('prints one setup link on stderr, under the server’s address', async () => {
    const [, link] = await waitFor(/^ {2}(http:\/\/\S+\/setup\/\S+)$/m);
    expect(link!.startsWith(`${server.url}/setup/`)).toBe(true);
    expect(server.output().match(/\/setup\//g)).toHaveLength(1);
    setupToken = tokenOf(link!);
    const client = new Client(server.url);
    await client.init();
    const view = await client.json('GET', `/api/account-links/${setupToken}`);
    expect(view).toMatchObject({ purpose: 'setup', email: null });
  });

  it('refuses a bad password and an unknown link, making no account', async () => {
    const client = new Client(server.url);
    await client.init();
    const short = await client.send('POST', `/api/account-links/${setupToken}/setup`, { ...coordinator, password: 'short' });
    expect(short.status).toBe(400);
    const unknown = await client.send('POST', '/api/account-links/no-such-token/setup', coordinator);
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).code).toBe('link.not-found');
    expect((await tessera('user', 'list')).stdout).toBe('');
  });

  it('makes the first coordinator with the link, signed in and allowed to create projects; the link works once', async () => {
    const client = new Client(server.url);
    await client.init();
    const session = await client.json<SessionView>('POST', `/api/account-links/${setupToken}/setup`, coordinator);
    expect(session.user).toMatchObject({ email: coordinator.email, name: coordinator.name, canCreateProjects: true });
    expect(await client.json('GET', '/api/projects')).toEqual([]);

    const again = new Client(server.url);
    await again.init();
    const reused = await again.send('POST', `/api/account-links/${setupToken}/setup`, { ...coordinator, email: 'other@example.org' });
    expect(reused.status).toBe(410);
    expect((await problemOf(reused)).code).toBe('link.used');
    expect((await tessera('user', 'list')).stdout).toBe(`${coordinator.email}\t${coordinator.name}\tcan create projects\n`);
  });
});

describe('accounts and members from the command line', { timeout: 120_000 }, () => {
  it('adds an account and prints a set-password link that works once', async () => {
    const added = await tessera('user', 'add', '--email', 'Ben@Example.org', '--name', 'Ben Okafor');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^http:\/\/\S+\/reset-password\/\S+\n$/);
    const token = tokenOf(added.stdout);

    const ben = new Client(server.url);
    await ben.init();
    expect(await ben.json('GET', `/api/account-links/${token}`)).toMatchObject({ purpose: 'set-password', email: 'ben@example.org', name: 'Ben Okafor' });
    const session = await ben.json<SessionView>('POST', `/api/account-links/${token}/password`, { password: 'ben’s chosen password' });
    expect(session.user).toMatchObject({ email: 'ben@example.org', canCreateProjects: false });
    const reused = await ben.send('POST', `/api/account-links/${token}/password`, { password: 'another password here' });
    expect([reused.status, (await problemOf(reused)).code]).toEqual([410, 'link.used']);
    await Client.signedIn(server, { email: 'ben@example.org', password: 'ben’s chosen password' });

    const twice = await tessera('user', 'add', '--email', 'ben@example.org', '--name', 'Ben again');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/has an account already/);
  });

  it('uses the public URL in the links it prints when one is set', async () => {
    const added = await tessera('user', 'add', '--email', 'cleo@example.org', '--name', 'Cléo', '--public-url', 'https://translate.example.org/');
    expect(added.stdout).toMatch(/^https:\/\/translate\.example\.org\/reset-password\/\S+\n$/);
  });

  it('gives and takes the right to create projects', async () => {
    expect((await tessera('user', 'set', '--email', 'ben@example.org', '--can-create-projects', 'yes')).code).toBe(0);
    expect((await tessera('user', 'list')).stdout).toContain('ben@example.org\tBen Okafor\tcan create projects\n');
    expect((await tessera('user', 'set', '--email', 'ben@example.org', '--can-create-projects', 'no')).code).toBe(0);
    expect((await tessera('user', 'list')).stdout).toContain('ben@example.org\tBen Okafor\n');
    expect((await tessera('user', 'set', '--email', 'ben@example.org', '--can-create-projects', 'maybe')).code).toBe(2);
    const unknown = await tessera('user', 'set', '--email', 'nobody@example.org', '--can-create-projects', 'yes');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No account has the e-mail address nobody@example\.org/);
  });

  it('refuses a project without an owner once accounts exist, naming who could own it; with --owner, the owner coordinates it', async () => {
    const source = path.join(database.dataDir, 'statement.txt');
    fs.writeFileSync(source, 'A Statement\n\nOne sentence to translate.\n');
    const refused = await tessera('project', 'create', '--name', 'Owned', '--source', source, '--targets', 'ja,fr');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--owner EMAIL, for example aiko@example\.org/);
    expect(refused.stdout).toBe('');

    const created = await tessera('project', 'create', '--name', 'Owned', '--source', source, '--targets', 'ja,fr', '--owner', coordinator.email);
    expect(created).toMatchObject({ code: 0, stdout: '1\n' });
    const aiko = await Client.signedIn(server, coordinator);
    expect((await aiko.json<ProjectSummary[]>('GET', '/api/projects')).map((p) => p.name)).toEqual(['Owned']);
  });

  it('adds a member with a role on one language, who then sees the project', async () => {
    const added = await tessera('member', 'add', '--project', 'Owned', '--email', 'ben@example.org', '--role', 'translator', '--lang', 'fr');
    expect(added.code).toBe(0);
    const ben = await Client.signedIn(server, { email: 'ben@example.org', password: 'ben’s chosen password' });
    expect((await ben.json<ProjectSummary[]>('GET', '/api/projects')).map((p) => p.name)).toEqual(['Owned']);
    const badLang = await tessera('member', 'add', '--project', 'Owned', '--email', 'ben@example.org', '--role', 'translator', '--lang', 'de');
    expect(badLang.code).toBe(1);
    expect((await tessera('member', 'add', '--project', 'Owned', '--email', 'ben@example.org', '--role', 'boss')).code).toBe(2);
  });

  it('prints a reset link that signs out every session and is refused when reused', async () => {
    const ben = await Client.signedIn(server, { email: 'ben@example.org', password: 'ben’s chosen password' });
    const link = await tessera('user', 'reset-link', '--email', 'ben@example.org');
    expect(link.code).toBe(0);
    const token = tokenOf(link.stdout);
    const fresh = new Client(server.url);
    await fresh.init();
    await fresh.json('POST', `/api/account-links/${token}/password`, { password: 'a brand new password' });
    expect((await ben.send('GET', '/api/projects')).status).toBe(401);
    const reused = await fresh.send('POST', `/api/account-links/${token}/password`, { password: 'yet another password' });
    expect((await problemOf(reused)).code).toBe('link.used');
    await Client.signedIn(server, { email: 'ben@example.org', password: 'a brand new password' });
    expect((await tessera('user', 'reset-link', '--email', 'nobody@example.org')).code).toBe(1);

    // A link past its hour is refused and changes nothing.
    const late = tokenOf((await tessera('user', 'reset-link', '--email', 'ben@example.org')).stdout);
    const db = await openDatabase(database.location);
    try {
      await db.updateTable('account_links').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('used_at', 'is', null).execute();
    } finally {
      await db.destroy();
    }
    const expired = await fresh.send('POST', `/api/account-links/${late}/password`, { password: 'too late a password' });
    expect([expired.status, (await problemOf(expired)).code]).toEqual([410, 'link.expired']);
    await Client.signedIn(server, { email: 'ben@example.org', password: 'a brand new password' });
  });

  it('removes an account: it can no longer sign in, and its name and address are gone from the list', async () => {
    expect((await tessera('user', 'remove', '--email', 'ben@example.org')).code).toBe(0);
    const list = (await tessera('user', 'list')).stdout;
    expect(list).not.toContain('ben@example.org');
    expect(list).not.toContain('Ben Okafor');
    const client = new Client(server.url);
    await client.init();
    expect((await client.send('POST', '/api/session', { email: 'ben@example.org', password: 'a brand new password' })).status).toBe(401);
  });
});
