import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type PasswordLinkCreated, type ProjectSummary } from '@tessera/core/contract';
import { addMembership } from '../src/repositories/projects.ts';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { testDatabaseKind } from './database.ts';
import { Client, problemOf, startDemoServer, type DemoServer } from './harness.ts';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
}, 60_000);
afterAll(() => demo?.server.close());

const PASSWORD = 'a volunteer password 31';
const userIdOf = async (email: string) => (await demo.server.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
const links = async () => (await demo.server.db.selectFrom('account_links').select('id').execute()).length;

/** A volunteer with a role in the demo project, and the account's other rights. */
async function volunteer(email: string, options: { canCreateProjects?: boolean } = {}): Promise<number> {
  const id = await insertUser(demo.server.db, { email, name: email, passwordHash: await hashPassword(PASSWORD), canCreateProjects: options.canCreateProjects ?? false });
  await addMembership(demo.server.db, demo.demoProjectId, id, { role: 'translator', lang: 'fr' });
  return id;
}

describe(`a coordinator's password link for a member (${testDatabaseKind})`, () => {
  it('is made for a member of only this coordinator’s projects, works once, and sets the password', async () => {
    const id = await volunteer('forgetful@example.org');
    const res = await demo.coordinator.send('POST', api.memberPasswordLink(demo.demoProjectId, id));
    expect(res.status).toBe(201);
    const link = (await res.json()) as PasswordLinkCreated;
    expect(link.path).toMatch(/^\/reset-password\/[\w-]{40,}$/);
    const token = link.path.split('/').at(-1)!;

    const member = new Client(demo.server.url);
    await member.init();
    expect((await member.send('POST', api.passwordByLink(token), { password: 'a brand new password' })).status).toBe(200);
    expect((await member.send('POST', api.passwordByLink(token), { password: 'yet another password' })).status).toBe(410);
    await Client.signedIn(demo.server, { email: 'forgetful@example.org', password: 'a brand new password' });
    const old = new Client(demo.server.url);
    await old.init();
    expect((await old.send('POST', api.session(), { email: 'forgetful@example.org', password: PASSWORD })).status).toBe(401);
  });

  it('is refused for a member who also works elsewhere or may create projects, for oneself, for a non-member, and to a translator; nothing is made', async () => {
    const elsewhere = await volunteer('elsewhere@example.org');
    const other = await insertUser(demo.server.db, { email: 'other-coordinator@example.org', name: 'Other', passwordHash: await hashPassword(PASSWORD), canCreateProjects: true });
    const otherClient = await Client.signedIn(demo.server, { email: 'other-coordinator@example.org', password: PASSWORD });
    const project = await otherClient.json<ProjectSummary>('POST', api.projects(), { name: 'Another coalition', sourceLang: 'en', targetLangs: ['fr'], text: 'One sentence.' });
    await addMembership(demo.server.db, project.id, elsewhere, { role: 'reviewer', lang: null });
    const creator = await volunteer('creator@example.org', { canCreateProjects: true });
    const outsider = await userIdOf('other-coordinator@example.org');
    const before = await links();

    const refusals = [
      [demo.coordinator, elsewhere, 403, 'auth.forbidden'],
      [demo.coordinator, creator, 403, 'auth.forbidden'],
      [demo.coordinator, await userIdOf(demo.server.accounts.coordinator.email), 403, 'auth.forbidden'],
      [demo.coordinator, outsider, 404, 'member.not-found'],
      [demo.translator, elsewhere, 403, 'auth.forbidden'],
      [otherClient, elsewhere, 404, 'project.not-found'],
    ] as const;
    for (const [client, userId, status, code] of refusals) {
      const res = await client.send('POST', api.memberPasswordLink(demo.demoProjectId, userId));
      expect({ userId, status: res.status, code: (await problemOf(res)).code }).toEqual({ userId, status, code });
    }
    expect(await links()).toBe(before);
    expect(other).toBe(outsider);
  });
});
