import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type AccountSessionView, type AccountView } from '@tessera/core/contract';
import { Client, problemOf, startTestServer, type TestServer } from './harness.ts';
import { testDatabaseKind } from './database.ts';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { SIGN_IN_LIMITS } from '../src/services/signInLimit.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

describe('my account', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    const { email, password } = server.accounts.translator;
    const me = await Client.signedIn(server, { email, password });
    const res = await me.send('PUT', '/api/account/password', { currentPassword: 'not my password', newPassword: 'a new password here' });
    expect([res.status, (await problemOf(res)).code]).toEqual([403, 'account.wrong-password']);
    await Client.signedIn(server, { email, password });
    const signedOut = new Client(server.url);
    await signedOut.init();
    expect((await signedOut.send('PUT', '/api/account/password', { currentPassword: password, newPassword: 'a new password here' })).status).toBe(401);
  });

  it('changes the password: the old one no longer signs in, this session goes on, every other session ends', async () => {
    const { email, password } = server.accounts.reviewer;
    const me = await Client.signedIn(server, { email, password });
    const elsewhere = await Client.signedIn(server, { email, password });
    const res = await me.send('PUT', '/api/account/password', { currentPassword: password, newPassword: 'a new password here' });
    expect(res.status).toBe(204);
    expect((await me.send('GET', '/api/projects')).status).toBe(200);
    expect((await elsewhere.send('GET', '/api/projects')).status).toBe(401);
    const old = new Client(server.url);
    await old.init();
    expect((await old.send('POST', '/api/session', { email, password })).status).toBe(401);
    await Client.signedIn(server, { email, password: 'a new password here' });
  });
});

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

/** A client that signs in and makes every request as the given browser. */
async function signedInAs(account: { email: string; password: string }, userAgent: string): Promise<Client> {
  const client = new Client(server.url);
  const send = client.send.bind(client);
  client.send = (method, pathname, body, options = {}) => send(method, pathname, body, { ...options, headers: { 'user-agent': userAgent, ...options.headers } });
  await client.init();
  const res = await client.send('POST', api.session(), account);
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return client;
}

describe(`my e-mail address (${testDatabaseKind})`, () => {
  it('shows my account', async () => {
    const { email, password } = server.accounts.coordinator;
    const me = await Client.signedIn(server, { email, password });
    expect(await me.json<AccountView>('GET', api.account())).toMatchObject({ name: 'Demo Coordinator', email });
  });

  it('refuses a wrong password, and an address in use without saying whose; nothing changes', async () => {
    const { email, password } = server.accounts.coordinator;
    const me = await Client.signedIn(server, { email, password });
    const wrong = await me.send('PUT', api.accountEmail(), { currentPassword: 'not it', email: 'new@example.org' });
    expect([wrong.status, (await problemOf(wrong)).code]).toEqual([403, 'account.wrong-password']);
    const taken = await me.send('PUT', api.accountEmail(), { currentPassword: password, email: server.accounts.translator.email.toUpperCase() });
    const problem = await problemOf(taken);
    expect([taken.status, problem.code]).toEqual([409, 'account.email-unavailable']);
    expect(JSON.stringify(problem)).not.toMatch(/translator|Demo Translator/i);
    const invalid = await me.send('PUT', api.accountEmail(), { currentPassword: password, email: 'not an address' });
    expect(invalid.status).toBe(400);
    expect((await me.json<AccountView>('GET', api.account())).email).toBe(email);
    await Client.signedIn(server, { email, password });
  });

  it('changes it: the new address signs in, the old one no longer does, and the old one is free for someone else', async () => {
    const { email, password } = server.accounts.coordinator;
    const me = await Client.signedIn(server, { email, password });
    const changed = await me.json<AccountView>('PUT', api.accountEmail(), { currentPassword: password, email: ' Coordinator.New@Example.org ' });
    expect(changed.email).toBe('coordinator.new@example.org');
    await Client.signedIn(server, { email: 'coordinator.new@example.org', password });
    const old = new Client(server.url);
    await old.init();
    expect((await old.send('POST', api.session(), { email, password })).status).toBe(401);
    expect((await me.json<AccountView>('PUT', api.accountEmail(), { currentPassword: password, email })).email).toBe(email);
  });
});

describe(`my sessions (${testDatabaseKind})`, () => {
  it('lists my sessions with their browser, marks this one, and ends another at once', async () => {
    const account = server.accounts.coordinator;
    const laptop = await signedInAs(account, FIREFOX);
    const phone = await signedInAs(account, PHONE);
    await phone.send('GET', api.projects());
    const listed = await laptop.json<AccountSessionView[]>('GET', api.accountSessions());
    const mine = listed.find((s) => s.current)!;
    expect(mine).toMatchObject({ device: 'Firefox on Linux', current: true });
    expect(mine.lastSeenAt).not.toBeNull();
    const other = listed.find((s) => s.device === 'Chrome on Android')!;
    expect(other.current).toBe(false);
    expect(listed.filter((s) => s.current)).toHaveLength(1);

    expect((await laptop.send('DELETE', api.accountSession(other.id))).status).toBe(204);
    expect((await phone.send('GET', api.projects())).status).toBe(401);
    expect((await laptop.json<AccountSessionView[]>('GET', api.accountSessions())).map((s) => s.id)).not.toContain(other.id);
    expect((await laptop.send('GET', api.projects())).status).toBe(200);
  });

  it('refuses to end another person’s session (404) and leaves it signed in', async () => {
    const theirs = await signedInAs(server.accounts.translator, FIREFOX);
    const theirId = (await theirs.json<AccountSessionView[]>('GET', api.accountSessions())).find((s) => s.current)!.id;
    const me = await signedInAs(server.accounts.coordinator, PHONE);
    const refused = await me.send('DELETE', api.accountSession(theirId));
    expect([refused.status, (await problemOf(refused)).code]).toEqual([404, 'session.not-found']);
    expect((await theirs.send('GET', api.projects())).status).toBe(200);
    expect((await me.send('DELETE', api.accountSession('no-such-session'))).status).toBe(404);
  });
});

describe(`guessing the current password (${testDatabaseKind})`, () => {
  it('counts within the sign-in limits: a session left open cannot be used to guess it', async () => {
    const email = 'guessed@example.org';
    const password = 'the right password';
    await insertUser(server.db, { email, name: 'Guessed', passwordHash: await hashPassword(password), canCreateProjects: false });
    const me = await Client.signedIn(server, { email, password });
    const answers: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.email + 1; i++) answers.push((await me.send('PUT', api.accountEmail(), { currentPassword: `guess ${i}`, email: 'elsewhere@example.org' })).status);
    expect(answers.slice(0, SIGN_IN_LIMITS.email)).toEqual(Array<number>(SIGN_IN_LIMITS.email).fill(403));
    const limited = await me.send('DELETE', api.account(), { currentPassword: password });
    expect([limited.status, (await problemOf(limited)).code]).toEqual([429, 'auth.rate-limited']);
    expect((await me.json<AccountView>('GET', api.account())).email).toBe(email);
  });
});
