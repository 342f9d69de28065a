import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { addMembership } from '../src/repositories/projects.ts';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { Client, type TestServer, problemOf, startDemoServer } from './harness.ts';

let server: TestServer;
let projectId: number;

beforeAll(async () => {
  ({ server, demoProjectId: projectId } = await startDemoServer());
});
afterAll(() => server?.close());

async function jaUnits(): Promise<LanguageView['units']> {
  const coordinator = await Client.signedIn(server, server.accounts.coordinator);
  return (await coordinator.json<LanguageView>('GET', api.language(projectId, 'ja'))).units;
}

describe('sign-in and sessions', () => {
  it('stores passwords as scrypt hashes, never as they were typed', async () => {
    const rows = await server.db.selectFrom('users').select(['email', 'password_hash']).execute();
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$/);
      const account = Object.values(server.accounts).find((a) => a.email === row.email)!;
      expect(row.password_hash).not.toContain(account.password);
    }
  });

  it('refuses a wrong password with the same answer as an unknown e-mail', async () => {
    const client = new Client(server.url);
    await client.init();
    const wrong = await client.send('POST', api.session(), { email: server.accounts.translator.email, password: 'not-it' });
    const unknown = await client.send('POST', api.session(), { email: 'nobody@example.org', password: 'not-it' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await problemOf(wrong)).detail).toBe((await problemOf(unknown)).detail);
    expect(client.cookie('tessera_session')).toBeUndefined();
  });

  it('keeps the session in an httpOnly SameSite cookie and ends it on sign-out', async () => {
    const client = new Client(server.url);
    await client.init();
    const res = await client.send('POST', api.session(), { email: server.accounts.translator.email, password: server.accounts.translator.password });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('tessera_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await client.send('GET', api.projects())).status).toBe(200);
    const token = client.cookie('tessera_session')!;
    expect((await client.send('DELETE', api.session())).status).toBe(204);
    const replay = new Client(server.url);
    await replay.init();
    (replay as unknown as { cookies: Map<string, string> }).cookies.set('tessera_session', token);
    expect((await replay.send('GET', api.projects())).status).toBe(401);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/api/session', '/publications/1/ja', '/api/nothing-here']) {
      const res = await fetch(server.url + path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = res.headers.get('content-security-policy') ?? '';
      // No other site may frame a page (the app frames its own preview).
      expect(csp).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a write without the CSRF header, and nothing changes', async () => {
    const translator = await Client.signedIn(server, server.accounts.translator);
    const unit = (await jaUnits()).find((u) => u.translate)!;
    const res = await translator.send('PUT', api.translation(projectId, 'ja', unit.id), { target: ['偽'], baseRevision: unit.revision }, { csrf: false });
    expect(res.status).toBe(403);
    expect((await problemOf(res)).code).toBe('csrf.invalid');
    expect((await jaUnits()).find((u) => u.id === unit.id)).toEqual(unit);
  });

  it('refuses a sign-in without the CSRF header (no login CSRF)', async () => {
    const client = new Client(server.url);
    const res = await client.send('POST', api.session(), { email: server.accounts.translator.email, password: server.accounts.translator.password });
    expect(res.status).toBe(403);
  });
});

describe('roles are checked on the server', () => {
  it('answers 401 to a signed-out visitor for every API read and write, and changes nothing', async () => {
    const before = await jaUnits();
    const unit = before.find((u) => u.translate)!;
    const anonymous = new Client(server.url);
    await anonymous.init();
    const attempts = [
      anonymous.send('GET', api.projects()),
      anonymous.send('POST', api.projects(), { name: 'x', sourceLang: 'en', targetLangs: ['ja'], text: 'Hello.' }),
      anonymous.send('GET', api.language(projectId, 'ja')),
      anonymous.send('PUT', api.translation(projectId, 'ja', unit.id), { target: ['x'], baseRevision: unit.revision }),
      anonymous.send('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: unit.revision }),
      anonymous.send('GET', api.history(projectId, 'ja', unit.id)),
      anonymous.send('GET', api.xliff(projectId, 'ja')),
      anonymous.send('POST', api.xliff(projectId, 'ja'), '<xliff/>', { raw: true }),
      anonymous.send('PUT', api.publicationSettings(projectId, 'ja'), { allowFallback: true }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(401);
    // The members' preview is a page: a signed-out visitor is sent to sign in, and back.
    const preview = await anonymous.send('GET', '/publications/' + projectId + '/ja?preview=1');
    expect(preview.status).toBe(303);
    expect(preview.headers.get('location')).toMatch(/^\/login\?next=/);
    expect(await preview.text()).not.toContain('<main');
    expect(await jaUnits()).toEqual(before);
  });

  it('lets a translator of French write French but not Japanese, and never review', async () => {
    await insertUser(server.db, { email: 'fr@example.org', name: 'French Volunteer', passwordHash: await hashPassword('pw-fr-1234'), canCreateProjects: false });
    const user = await server.db.selectFrom('users').select('id').where('email', '=', 'fr@example.org').executeTakeFirstOrThrow();
    await addMembership(server.db, projectId, user.id, { role: 'translator', lang: 'fr' });
    const fr = await Client.signedIn(server, { email: 'fr@example.org', password: 'pw-fr-1234' });

    const before = await jaUnits();
    const unit = before.find((u) => u.translate)!;
    const jaWrite = await fr.send('PUT', api.translation(projectId, 'ja', unit.id), { target: ['x'], baseRevision: unit.revision });
    expect(jaWrite.status).toBe(403);
    expect((await fr.send('GET', api.language(projectId, 'ja'))).status).toBe(403);
    expect(await jaUnits()).toEqual(before);

    const frUnit = (await fr.json<LanguageView>('GET', api.language(projectId, 'fr'))).units.find((u) => u.translate && u.state === 'untranslated')!;
    const saved = await fr.send('PUT', api.translation(projectId, 'fr', frUnit.id), { target: ['Bonjour.'], baseRevision: frUnit.revision });
    expect(saved.status).toBe(200);
    const review = await fr.send('POST', api.review(projectId, 'fr', frUnit.id), { decision: 'approve', baseRevision: frUnit.revision + 1 });
    expect(review.status).toBe(403);
    const settings = await fr.send('PUT', api.publicationSettings(projectId, 'fr'), { allowFallback: true });
    expect(settings.status).toBe(403);
  });

  it('lets only accounts with the right create projects', async () => {
    const translator = await Client.signedIn(server, server.accounts.translator);
    const res = await translator.send('POST', api.projects(), { name: 'Not mine', sourceLang: 'en', targetLangs: ['ja'], text: 'A sentence.' });
    expect(res.status).toBe(403);
    const names = (await (await Client.signedIn(server, server.accounts.coordinator)).json<ProjectSummary[]>('GET', api.projects())).map((p) => p.name);
    expect(names).not.toContain('Not mine');
  });

  it('hides projects from people who are not members', async () => {
    const outsider = await Client.signedIn(server, { email: 'fr@example.org', password: 'pw-fr-1234' });
    const coordinator = await Client.signedIn(server, server.accounts.coordinator);
    const created = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Private', sourceLang: 'en', targetLangs: ['ja'], text: 'One sentence. Two sentences.' });
    expect((await outsider.json<ProjectSummary[]>('GET', api.projects())).map((p) => p.name)).not.toContain('Private');
    expect((await outsider.send('GET', api.language(created.id, 'ja'))).status).toBe(404);
  });
});
