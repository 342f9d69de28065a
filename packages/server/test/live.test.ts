import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type LanguageView } from '@tessera/core/contract';
import { addMembership } from '../src/repositories/projects.ts';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { Client, type TestServer, startDemoServer } from './harness.ts';

let server: TestServer;
let translator: Client;
let reviewer: Client;
let projectId: number;

beforeAll(async () => {
  ({ server, translator, reviewer, demoProjectId: projectId } = await startDemoServer());
});
afterAll(() => server?.close());

const firstUnit = async (lang: string) => (await translator.json<LanguageView>('GET', api.language(projectId, lang))).units.find((u) => u.translate)!;

describe('live updates', () => {
  it('tells every open editor of the project when a unit is saved and reviewed', async () => {
    const stream = await reviewer.live(projectId);
    const unit = await firstUnit('ja');
    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'ja', unit.id), { target: ['ライブ'], baseRevision: unit.revision });
    const event = await stream.next((e) => e.type === 'unit' && e.unit.id === unit.id && e.unit.state === 'translated', 1000);
    expect(event).toMatchObject({ type: 'unit', lang: 'ja', unit: { target: ['ライブ'], revision: saved.revision, updatedBy: 'Demo Translator' } });
    await reviewer.json('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
    await stream.next((e) => e.type === 'unit' && e.unit.id === unit.id && e.unit.state === 'approved', 1000);
    stream.close();
  });

  it('reports who is editing which unit, so two volunteers do not translate the same one', async () => {
    const stream = await reviewer.live(projectId);
    const unit = await firstUnit('fr');
    expect((await translator.send('POST', api.presence(projectId, 'fr'), { unitId: unit.id })).status).toBe(204);
    expect(await stream.next((e) => e.type === 'presence', 1000)).toEqual({ type: 'presence', lang: 'fr', userId: expect.any(Number), user: 'Demo Translator', unitId: unit.id });
    await translator.send('POST', api.presence(projectId, 'fr'), { unitId: null });
    await stream.next((e) => e.type === 'presence' && e.unitId === null, 1000);
    stream.close();
  });

  it('sends a member only the languages they may read, and refuses outsiders', async () => {
    await insertUser(server.db, { email: 'es-only@example.org', name: 'Spanish Only', passwordHash: await hashPassword('pw-es-1234'), canCreateProjects: false });
    const user = await server.db.selectFrom('users').select('id').where('email', '=', 'es-only@example.org').executeTakeFirstOrThrow();
    const outsider = await Client.signedIn(server, { email: 'es-only@example.org', password: 'pw-es-1234' });
    await expect(outsider.live(projectId)).rejects.toThrow(/404/);

    await addMembership(server.db, projectId, user.id, { role: 'translator', lang: 'es' });
    const stream = await outsider.live(projectId);
    const ja = await firstUnit('ja');
    const es = await firstUnit('es');
    await translator.json('PUT', api.translation(projectId, 'ja', ja.id), { target: ['秘密'], baseRevision: ja.revision });
    await translator.json('PUT', api.translation(projectId, 'es', es.id), { target: ['Público'], baseRevision: es.revision });
    await stream.next((e) => e.type === 'unit' && e.lang === 'es', 1000);
    expect(stream.events.some((e) => e.lang === 'ja')).toBe(false);
    stream.close();
  });

  it('tells editors to reload when a whole file is imported', async () => {
    const stream = await reviewer.live(projectId);
    const xml = await (await translator.send('GET', api.xliff(projectId, 'fr'))).text();
    const edited = xml.replace(/(<trans-unit id="(\d+)"[^>]*>\s*<source>[^<]*<\/source>)(\s*<\/trans-unit>)/, '$1<target state="translated">Importé</target>$3');
    expect(edited).not.toBe(xml);
    const res = await translator.send('POST', api.xliff(projectId, 'fr'), new TextEncoder().encode(edited), { raw: true });
    expect(res.status).toBe(200);
    expect(await stream.next((e) => e.type === 'reload', 1000)).toEqual({ type: 'reload', lang: 'fr' });
    stream.close();
  });
});
