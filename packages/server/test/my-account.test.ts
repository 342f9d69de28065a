import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, problemOf, startTestServer, type TestServer } from './harness.ts';

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
