import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type HistoryEvent, type LanguageView } from '@tessera/core/contract';
import { Client, type TestServer, problemOf, startDemoServer } from './harness.ts';

let server: TestServer;
let translator: Client;
let reviewer: Client;
let projectId: number;

beforeAll(async () => {
  ({ server, translator, reviewer, demoProjectId: projectId } = await startDemoServer());
});
afterAll(() => server?.close());

const view = (client: Client, lang = 'ja') => client.json<LanguageView>('GET', api.language(projectId, lang));
const firstTranslatable = async (client: Client, lang = 'ja', skip = 0) => (await view(client, lang)).units.filter((u) => u.translate)[skip]!;
/** A unit the demo left untranslated in `lang` (the demo translated and approved some of each language). */
const firstUntranslated = async (client: Client, lang = 'ja', skip = 0) => (await view(client, lang)).units.filter((u) => u.translate && u.state === 'untranslated')[skip]!;

describe('translating and reviewing a unit', () => {
  it('moves a unit from untranslated to translated to approved, with the progress and the history to match', async () => {
    const unit = await firstUntranslated(translator);
    expect(unit).toMatchObject({ state: 'untranslated', revision: 0 });
    const before = (await view(translator)).progress;

    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'ja', unit.id), { target: ['デジタル安全法案に関する共同声明'], baseRevision: unit.revision });
    expect(saved).toMatchObject({ state: 'translated', target: ['デジタル安全法案に関する共同声明'], revision: unit.revision + 1, updatedBy: 'Demo Translator' });

    const approved = await reviewer.json<EditorUnit>('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: saved.revision });
    expect(approved.state).toBe('approved');

    const after = (await view(translator)).progress;
    expect(after.approved).toBe(before.approved + 1);
    expect(after.total).toBe(before.total);

    const history = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'ja', unit.id));
    expect(history.map((e) => [e.kind, e.user, e.stateBefore, e.stateAfter])).toEqual([
      ['approve', 'Demo Reviewer', 'translated', 'approved'],
      ['save', 'Demo Translator', 'untranslated', 'translated'],
    ]);
  });

  it('refuses a rejection without a reason, and records the reason of one with it', async () => {
    const unit = await firstTranslatable(translator, 'fr', 1);
    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'fr', unit.id), { target: ['Une phrase.'], baseRevision: unit.revision });

    const bare = await reviewer.send('POST', api.review(projectId, 'fr', unit.id), { decision: 'reject', baseRevision: saved.revision });
    expect(bare.status).toBe(400);
    expect((await problemOf(bare)).code).toBe('request.invalid');

    const rejected = await reviewer.json<EditorUnit>('POST', api.review(projectId, 'fr', unit.id), { decision: 'reject', comment: 'Le registre est trop familier.', baseRevision: saved.revision });
    expect(rejected.state).toBe('rejected');
    const [latest] = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'fr', unit.id));
    expect(latest).toMatchObject({ kind: 'reject', comment: 'Le registre est trop familier.', user: 'Demo Reviewer' });
  });

  it('refuses to review a unit that has no translation', async () => {
    const unit = (await view(reviewer, 'es')).units.find((u) => u.translate && u.state === 'untranslated')!;
    const res = await reviewer.send('POST', api.review(projectId, 'es', unit.id), { decision: 'approve', baseRevision: unit.revision });
    expect(res.status).toBe(409);
    expect((await view(reviewer, 'es')).units.find((u) => u.id === unit.id)!.state).toBe('untranslated');
  });

  it('refuses to translate a do-not-translate unit', async () => {
    const locked = (await view(translator)).units.find((u) => !u.translate)!;
    const res = await translator.send('PUT', api.translation(projectId, 'ja', locked.id), { target: ['x'], baseRevision: locked.revision });
    expect(res.status).toBe(409);
    expect((await problemOf(res)).code).toBe('unit.do-not-translate');
  });
});

describe('a stale save', () => {
  it('is refused with 409 and the current text, and never overwrites the newer translation', async () => {
    const unit = await firstUntranslated(translator, 'es', 2);
    const first = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'es', unit.id), { target: ['Primera versión.'], baseRevision: unit.revision });

    const stale = await reviewer.send('PUT', api.translation(projectId, 'es', unit.id), { target: ['Versión del revisor.'], baseRevision: unit.revision });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const body = await problemOf(stale);
    expect(body.code).toBe('translation.stale');
    expect(body.current).toMatchObject({ target: ['Primera versión.'], revision: first.revision, updatedBy: 'Demo Translator' });

    const now = (await view(translator, 'es')).units.find((u) => u.id === unit.id)!;
    expect(now.target).toEqual(['Primera versión.']);
    const history = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'es', unit.id));
    expect(history).toHaveLength(1);
  });
});
