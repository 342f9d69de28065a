import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ProjectSummary, type SessionView } from '@tessera/core/contract';
import { Client, problemOf, startTestServer, type TestServer } from './harness.ts';

let https: TestServer;
let http: TestServer;

beforeAll(async () => {
  [https, http] = await Promise.all([startTestServer({}, { publicUrl: new URL('https://tessera.example.org/') }), startTestServer()]);
});
afterAll(() => Promise.all([https?.close(), http?.close()]));

/** The Set-Cookie lines of a response, by cookie name. */
function setCookies(res: Response): Map<string, string> {
  return new Map(res.headers.getSetCookie().map((line) => [line.slice(0, line.indexOf('=')), line]));
}

/** Signs in as `account` and returns the answer with the client. */
async function signIn(server: TestServer, role: keyof TestServer['accounts']) {
  const client = new Client(server.url);
  await client.init();
  const { email, password } = server.accounts[role];
  const res = await client.send('POST', api.session(), { email, password });
  expect(res.status).toBe(200);
  return { client, res, session: (await res.clone().json()) as SessionView };
}

describe('cookies and HSTS follow the public URL', () => {
  it('over https: Secure cookies with the __Host- prefix (Path=/, no Domain), and Strict-Transport-Security', async () => {
    const visit = await fetch(`${https.url}/api/session`);
    expect(visit.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    const visitor = setCookies(visit).get('__Host-tessera_csrf')!;
    expect(visitor).toBeDefined();

    const { res } = await signIn(https, 'translator');
    const cookies = setCookies(res);
    expect([...cookies.keys()].sort()).toEqual(['__Host-tessera_csrf', '__Host-tessera_session']);
    for (const line of [visitor, ...cookies.values()]) {
      expect(line).toMatch(/;\s*Secure/i);
      expect(line).toMatch(/;\s*HttpOnly/i);
      expect(line).toMatch(/;\s*Path=\/(;|$)/i);
      expect(line).not.toMatch(/Domain=/i);
    }
    expect(res.headers.get('strict-transport-security')).not.toBeNull();
  });

  it('over plain http: neither Secure cookies, nor the prefix, nor HSTS', async () => {
    const visit = await fetch(`${http.url}/api/session`);
    expect(visit.headers.get('strict-transport-security')).toBeNull();
    const { res } = await signIn(http, 'translator');
    const cookies = setCookies(res);
    expect([...cookies.keys()].sort()).toEqual(['tessera_csrf', 'tessera_session']);
    for (const line of [...setCookies(visit).values(), ...cookies.values()]) expect(line).not.toMatch(/Secure/i);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('the CSRF token is bound to the session', () => {
  it('refuses the token of one session sent with the cookie of another (403 csrf.invalid), and nothing changes', async () => {
    const a = await signIn(http, 'coordinator');
    const b = await signIn(http, 'coordinator');
    expect(a.session.csrfToken).not.toBe(b.session.csrfToken);
    // Browser A, with everything of its own but the session cookie, which is B's.
    const create = (name: string, csrfToken: string) =>
      fetch(`${http.url}${api.projects()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: `tessera_csrf=${a.client.cookie('tessera_csrf')}; tessera_session=${b.client.cookie('tessera_session')}` },
        body: JSON.stringify({ name, sourceLang: 'en', targetLangs: ['fr'], text: 'One sentence.' }),
      });
    const res = await create('Forged', a.session.csrfToken);
    expect(res.status).toBe(403);
    expect((await problemOf(res)).code).toBe('csrf.invalid');
    const names = (await a.client.json<ProjectSummary[]>('GET', api.projects())).map((p) => p.name);
    expect(names).not.toContain('Forged');
    // With the token of B's session, the same request goes through.
    expect((await create('Own', b.session.csrfToken)).status).toBe(201);
  });

  it('gives a signed-out visitor a token for the sign-in form, a new one at sign-in, and another at sign-out', async () => {
    const client = new Client(http.url);
    await client.init();
    const signedOutToken = client.csrfToken;
    expect(signedOutToken).not.toBe('');

    const { email, password } = http.accounts.reviewer;
    const res = await client.send('POST', api.session(), { email, password });
    const signedInToken = ((await res.json()) as SessionView).csrfToken;
    expect(signedInToken).not.toBe(signedOutToken);
    // GET /api/session says the same token as the sign-in's answer.
    expect((await client.json<SessionView>('GET', api.session())).csrfToken).toBe(signedInToken);
    // The form's token no longer works for the session.
    client.csrfToken = signedOutToken;
    expect((await client.send('POST', api.notificationsRead(), { ids: [] })).status).toBe(403);
    client.csrfToken = signedInToken;
    expect((await client.send('POST', api.notificationsRead(), { ids: [] })).status).toBe(204);

    expect((await client.send('DELETE', api.session())).status).toBe(204);
    const afterSignOut = await client.json<SessionView>('GET', api.session());
    expect(afterSignOut.user).toBeNull();
    expect([signedOutToken, signedInToken]).not.toContain(afterSignOut.csrfToken);
    // The session's token is refused for the signed-out browser; the new one lets it sign in again.
    client.csrfToken = signedInToken;
    const refused = await client.send('POST', api.session(), { email, password });
    expect(refused.status).toBe(403);
    expect((await problemOf(refused)).code).toBe('csrf.invalid');
    client.csrfToken = afterSignOut.csrfToken;
    expect((await client.send('POST', api.session(), { email, password })).status).toBe(200);
  });

  it('refuses a write from a browser that never had a token, even with a token from elsewhere', async () => {
    const visitor = await fetch(`${http.url}/api/session`);
    const { csrfToken } = (await visitor.json()) as SessionView;
    const { email, password } = http.accounts.reviewer;
    const res = await fetch(`${http.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email, password }),
    });
    expect(res.status).toBe(403);
    expect((await problemOf(res)).code).toBe('csrf.invalid');
  });
});

describe('the trust-proxy setting', () => {
  it('believes X-Forwarded-For from a proxy on the loopback by default, and not when set to false', async () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.5' };
    // /metrics answers only the loopback: a forwarded outside client is not it.
    expect((await fetch(`${http.url}/metrics`, { headers: forwarded })).status).toBe(404);
    expect((await fetch(`${http.url}/metrics`)).status).toBe(200);
    const direct = await startTestServer({}, { trustProxy: false });
    try {
      expect((await fetch(`${direct.url}/metrics`, { headers: forwarded })).status).toBe(200);
    } finally {
      await direct.close();
    }
  });
});
