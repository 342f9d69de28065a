import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type InviteCreated, type MemberView, type SessionView } from '@tessera/core/contract';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { SIGN_IN_LIMITS } from '../src/services/signInLimit.ts';
import { Client, problemOf, startDemoServer, type DemoServer } from './harness.ts';

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(() => demo?.server.close());

const PASSWORD = 'the volunteer password 7e2a';

/** An account that is in no project yet. */
async function volunteer(email: string): Promise<void> {
  await insertUser(demo.server.db, { email, name: `Volunteer ${email}`, passwordHash: await hashPassword(PASSWORD), canCreateProjects: false });
}

async function invitation(): Promise<string> {
  const invite = await demo.coordinator.json<InviteCreated>('POST', api.invites(demo.demoProjectId), { role: 'translator', langs: ['fr'] });
  return invite.token;
}

/** A signed-out browser (behind a proxy that reports `address`) accepts `token` with a name, an e-mail and a password. */
async function accept(token: string, email: string, password: string, address = '192.0.2.10') {
  const client = new Client(demo.server.url);
  await client.init();
  const res = await client.send('POST', api.acceptInvite(token), { name: 'Someone', email, password }, { headers: { 'x-forwarded-for': address } });
  return { client, res };
}

/** What a person sees of an answer: status, problem code and detail, the cookies set, the shape of the body. */
async function visible(res: Response) {
  const body = (await res.clone().json()) as Record<string, unknown>;
  return {
    status: res.status,
    code: body.code,
    detail: body.detail,
    cookies: res.headers.getSetCookie().map((line) => line.slice(0, line.indexOf('='))).sort(),
    keys: Object.keys(body).sort(),
    userKeys: typeof body.user === 'object' && body.user !== null ? Object.keys(body.user).sort() : null,
  };
}

describe('accepting an invitation while signed out', () => {
  it('answers an address that has an account, with its password, exactly as an address that has none: signed in, with the role', async () => {
    await volunteer('existing-volunteer@example.org');
    const withAccount = await accept(await invitation(), 'existing-volunteer@example.org', PASSWORD);
    const withoutAccount = await accept(await invitation(), 'new-volunteer@example.org', PASSWORD);
    expect(await visible(withAccount.res)).toEqual(await visible(withoutAccount.res));
    expect(withAccount.res.status).toBe(200);

    for (const { client } of [withAccount, withoutAccount]) expect((await client.json<SessionView>('GET', api.session())).user).not.toBeNull();
    const members = await demo.coordinator.json<MemberView[]>('GET', api.members(demo.demoProjectId));
    for (const email of ['existing-volunteer@example.org', 'new-volunteer@example.org']) {
      expect(members.filter((m) => m.email === email).map((m) => [m.role, m.lang])).toEqual([['translator', 'fr']]);
    }
    // The account that existed kept its name and password, and was not made twice.
    const rows = await demo.server.db.selectFrom('users').select(['name']).where('email', '=', 'existing-volunteer@example.org').execute();
    expect(rows).toEqual([{ name: 'Volunteer existing-volunteer@example.org' }]);
  });

  it('refuses an address whose account has another password with the answer of a wrong sign-in, and changes nothing', async () => {
    await volunteer('other-password@example.org');
    const token = await invitation();
    const membersBefore = await demo.coordinator.json<MemberView[]>('GET', api.members(demo.demoProjectId));
    const { client, res } = await accept(token, 'other-password@example.org', 'not the password of it');
    const wrongSignIn = await client.send('POST', api.session(), { email: 'other-password@example.org', password: 'not the password of it' });
    const unknownSignIn = await client.send('POST', api.session(), { email: 'nobody-here@example.org', password: 'not the password of it' });
    const refusal = await visible(res);
    expect(refusal).toMatchObject({ status: 401, code: 'auth.bad-credentials' });
    expect({ ...refusal, cookies: [] }).toEqual({ ...(await visible(wrongSignIn)), cookies: [] });
    expect(await visible(wrongSignIn)).toEqual(await visible(unknownSignIn));

    expect((await client.json<SessionView>('GET', api.session())).user).toBeNull();
    expect(await demo.coordinator.json<MemberView[]>('GET', api.members(demo.demoProjectId))).toEqual(membersBefore);
    // The link still works, for the account with its own password.
    expect((await accept(token, 'other-password@example.org', PASSWORD)).res.status).toBe(200);
  });

  it('counts a refused acceptance as a failed sign-in: the limit cannot be got round through invitations', async () => {
    await volunteer('guessed@example.org');
    const token = await invitation();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => accept(token, 'guessed@example.org', `guess number ${i}`, '198.51.100.99').then(({ res }) => res.status)));
    expect(answers.filter((s) => s === 401)).toHaveLength(SIGN_IN_LIMITS.email);
    expect(answers.filter((s) => s === 429)).toHaveLength(30 - SIGN_IN_LIMITS.email);
    // Even the right password waits now, on the sign-in form as on the invitation.
    const signIn = new Client(demo.server.url);
    await signIn.init();
    expect((await signIn.send('POST', api.session(), { email: 'guessed@example.org', password: PASSWORD })).status).toBe(429);
    const late = await accept(token, 'guessed@example.org', PASSWORD, '198.51.100.100');
    expect(late.res.status).toBe(429);
    expect((await problemOf(late.res)).code).toBe('auth.rate-limited');
  });
});
