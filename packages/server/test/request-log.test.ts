import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type InviteCreated, type LanguageView } from '@tessera/core/contract';
import { createLogger } from '../src/http/requestLog.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../src/http/security.ts';
import { Client, joinByInvitation, startDemoServer, type DemoServer } from './harness.ts';

/** Every line the server logged, as written. */
const written: string[] = [];
const logged = () => written.map((line) => JSON.parse(line) as Record<string, unknown>);

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({}, { logger: createLogger('info', { write: (line: string) => void written.push(line) }) });
});
afterAll(() => demo?.server.close());

describe('the request log', () => {
  it('has one line per request, and no password, token, cookie, CSRF token or translation in it', async () => {
    const { server, translator, coordinator, demoProjectId } = demo;
    const secrets: string[] = [];
    written.length = 0;

    // A sign-in (and a refused one), a save, an invitation made and accepted by a newcomer.
    const signedIn = await Client.signedIn(server, server.accounts.reviewer);
    const refused = new Client(server.url);
    await refused.init();
    await refused.send('POST', api.session(), { email: server.accounts.reviewer.email, password: 'a-wrong-password-3f9c' });
    const unit = (await translator.json<LanguageView>('GET', api.language(demoProjectId, 'fr'))).units.find((u) => u.translate)!;
    await translator.json('PUT', api.translation(demoProjectId, 'fr', unit.id), { target: ['Une traduction qui ne doit pas quitter la base 71c2.'], baseRevision: unit.revision });
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(demoProjectId), { role: 'translator', langs: ['fr'] });
    const newcomer = await joinByInvitation(server, coordinator, invite.token, { name: 'Newcomer', email: 'newcomer-log@example.org', password: 'the newcomer password 5d1e' });

    secrets.push(server.accounts.reviewer.password, 'a-wrong-password-3f9c', 'Une traduction qui ne doit pas', 'the newcomer password 5d1e', invite.token);
    for (const client of [signedIn, refused, translator, coordinator, newcomer]) {
      secrets.push(client.csrfToken);
      for (const name of [SESSION_COOKIE, CSRF_COOKIE]) {
        const value = client.cookie(name);
        if (value) secrets.push(value);
      }
    }
    const text = written.join('');
    for (const secret of secrets) expect(text).not.toContain(secret);

    const lines = logged();
    const of = (operation: string) => lines.filter((l) => l.operation === operation);
    // The reviewer's, the refused one, the newcomer's once their request was approved.
    expect(of('signIn').map((l) => l.status).sort()).toEqual([200, 200, 401]);
    expect(of('saveTranslation')).toEqual([
      expect.objectContaining({ msg: 'request', method: 'PUT', status: 200, userId: expect.any(Number), requestId: expect.any(String), durationMs: expect.any(Number) }),
    ]);
    expect(of('createInvite')).toHaveLength(1);
    expect(of('askToJoin').map((l) => l.status)).toEqual([202]);
    expect(of('approveJoinRequest').map((l) => l.status)).toEqual([204]);
    expect(new Set(lines.map((l) => l.requestId)).size).toBe(lines.length);
  });

  it('takes a sensible X-Request-Id from the caller, echoes it, and makes one up otherwise', async () => {
    const { translator } = demo;
    written.length = 0;
    const traced = await translator.send('GET', api.projects(), undefined, { headers: { 'X-Request-Id': 'edge-7f3a.42' } });
    expect(traced.headers.get('x-request-id')).toBe('edge-7f3a.42');
    const odd = await translator.send('GET', api.projects(), undefined, { headers: { 'X-Request-Id': 'no spaces or <markup> please' } });
    const made = odd.headers.get('x-request-id')!;
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged().map((l) => l.requestId)).toEqual(['edge-7f3a.42', made]);
  });
});
