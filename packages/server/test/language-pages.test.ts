import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type InviteCreated, type LanguageView, type ProjectSummary, type UnitPage } from '@tessera/core/contract';
import { Client, joinByInvitation, problemOf, type TestServer, startDemoServer } from './harness.ts';

const SENTENCES = 1_234;

let server: TestServer;
let coordinator: Client;
let reviewer: Client;
let projectId: number;

/** Sentence `i` of the statement (its number says where it stands in reading order). */
const sentence = (i: number) => `Sentence ${i} calls on every government to act.`;

beforeAll(async () => {
  ({ server, coordinator, reviewer } = await startDemoServer());
  const paragraphs = Array.from({ length: Math.ceil(SENTENCES / 10) }, (_, p) =>
    Array.from({ length: Math.min(10, SENTENCES - 10 * p) }, (_, s) => sentence(10 * p + s)).join(' '),
  );
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Long statement', sourceLang: 'en', targetLangs: ['fr', 'ja'], text: paragraphs.join('\n\n') });
  projectId = project.id;
}, 120_000);
afterAll(() => server?.close());

const textOf = (unit: EditorUnit) => unit.source.join('').trim();

/** Every page of the language, from the view's first one to the last. */
async function allPages(client: Client, lang: string, limit: number): Promise<{ view: LanguageView; pages: EditorUnit[][] }> {
  const view = await client.json<LanguageView>('GET', api.language(projectId, lang, { limit }));
  const pages = [view.units];
  for (let next = view.next; next !== null; ) {
    const page = await client.json<UnitPage>('GET', api.languageUnits(projectId, lang, { after: next, limit }));
    pages.push(page.units);
    next = page.next;
  }
  return { view, pages };
}

describe('the language view in pages', () => {
  it('gives every unit exactly once, in reading order, across the pages', async () => {
    const { view, pages } = await allPages(coordinator, 'fr', 100);
    expect(pages.map((p) => p.length)).toEqual([...Array(12).fill(100), 34]);
    expect(view.progress.total).toBe(SENTENCES);
    const units = pages.flat();
    expect(units.map(textOf)).toEqual(Array.from({ length: SENTENCES }, (_, i) => sentence(i)));
    expect(new Set(units.map((u) => u.id)).size).toBe(SENTENCES);
  });

  it('skips the units a merge retired and finds the one it made', async () => {
    const { pages: before } = await allPages(coordinator, 'fr', 500);
    const first = before.flat()[300]!;
    expect((await coordinator.send('POST', api.mergeWithNext(projectId, first.id))).status).toBe(204);

    const { pages } = await allPages(coordinator, 'fr', 100);
    const texts = pages.flat().map(textOf);
    expect(texts).toHaveLength(SENTENCES - 1);
    expect(texts[300]).toBe(`${sentence(300)} ${sentence(301)}`);
    expect(texts.slice(301, 303)).toEqual([sentence(302), sentence(303)]);
    expect(new Set(pages.flat().map((u) => u.id)).size).toBe(SENTENCES - 1);
  });

  it('refuses a page size it does not serve', async () => {
    for (const limit of ['0', '1001', 'ten']) {
      const res = await coordinator.send('GET', `${api.language(projectId, 'fr')}?limit=${limit}`);
      expect(res.status).toBe(400);
      expect((await problemOf(res)).code).toBe('request.invalid');
    }
  });
});

/** A GET with `If-None-Match`. */
const revalidate = (client: Client, path: string, etag: string) => client.send('GET', path, undefined, { headers: { 'if-none-match': etag } });

describe('unchanged answers', () => {
  it('answer 304 without a body when the client has the current version', async () => {
    for (const path of [api.language(projectId, 'fr', { limit: 50 }), api.languageUnits(projectId, 'fr', { after: 10, limit: 50 })]) {
      const first = await coordinator.send('GET', path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const second = await revalidate(coordinator, path, etag);
      expect(second.status).toBe(304);
      expect(await second.text()).toBe('');
    }
  });

  it('change with a save, and the new answer holds it', async () => {
    const path = api.language(projectId, 'fr', { limit: 20 });
    const before = await coordinator.send('GET', path);
    const etag = before.headers.get('etag')!;
    const unit = ((await before.json()) as LanguageView).units[5]!;
    const saved = await coordinator.json<EditorUnit>('PUT', api.translation(projectId, 'fr', unit.id), { target: ['Phrase enregistrée.'], baseRevision: unit.revision });

    const after = await revalidate(coordinator, path, etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const shown = ((await after.json()) as LanguageView).units.find((u) => u.id === unit.id)!;
    expect(shown).toMatchObject({ target: ['Phrase enregistrée.'], state: 'translated', revision: saved.revision });
  });

  it('change with what surrounds a translation: a comment, and a save in another language (its progress)', async () => {
    const path = api.language(projectId, 'fr', { limit: 20 });
    const first = await coordinator.send('GET', path);
    const unit = ((await first.json()) as LanguageView).units[7]!;
    await coordinator.json('POST', api.comments(projectId, 'fr', unit.id), { body: 'Check the name of the law.' });
    const commented = await revalidate(coordinator, path, first.headers.get('etag')!);
    expect(commented.status).toBe(200);
    expect(((await commented.json()) as LanguageView).units.find((u) => u.id === unit.id)!.openComments).toBe(1);

    const ja = (await coordinator.json<LanguageView>('GET', api.language(projectId, 'ja', { limit: 1 }))).units[0]!;
    await coordinator.json('PUT', api.translation(projectId, 'ja', ja.id), { target: ['文。'], baseRevision: ja.revision });
    const progressed = await revalidate(coordinator, path, commented.headers.get('etag')!);
    expect(progressed.status).toBe(200);
    expect(((await progressed.json()) as LanguageView).project.languages.find((l) => l.lang === 'ja')!.translated).toBe(1);
  });
});

describe('who may read', () => {
  it('stays as it was: 403 for a member without the language, 404 for others, whatever version they name', async () => {
    const path = api.language(projectId, 'fr', { limit: 20 });
    const etag = (await coordinator.send('GET', path)).headers.get('etag')!;

    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['ja'] });
    const newcomer = await joinByInvitation(server, coordinator, invite.token, { name: 'Aiko', email: 'aiko@example.org', password: 'a long enough password' });

    for (const client of [newcomer, reviewer]) {
      for (const pathToRead of [path, api.languageUnits(projectId, 'fr', { after: 0 })]) {
        for (const res of [await client.send('GET', pathToRead), await revalidate(client, pathToRead, etag)]) {
          expect(res.status).toBe(client === newcomer ? 403 : 404);
          expect((await problemOf(res)).code).toBe(client === newcomer ? 'auth.forbidden' : 'project.not-found');
        }
      }
    }
    // Their own language they read, under a version of their own.
    const own = await newcomer.send('GET', api.language(projectId, 'ja', { limit: 20 }));
    expect(own.status).toBe(200);
    expect(own.headers.get('etag')).not.toBe(etag);
  });
});
