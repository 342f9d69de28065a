import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, pages, type EditorUnit, type HistoryEvent, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client, problemOf, type TestServer, startDemoServer, addDemoTranslatorAndReviewer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

const text = `A Statement for Editing

First sentence here. Second sentence here. Third sentence here.

Another paragraph with one sentence.`;

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  projectId = (await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Editing', sourceLang: 'en', targetLangs: ['ja', 'fr'], text })).id;
  await addDemoTranslatorAndReviewer(server, projectId);
});
afterAll(() => server?.close());

const units = async (lang = 'ja') => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const unitStarting = async (start: string, lang = 'ja') => (await units(lang)).find((u) => contentText(u.source).startsWith(start))!;

async function approve(unit: EditorUnit, target: string, lang = 'ja'): Promise<EditorUnit> {
  const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, lang, unit.id), { target: [target], baseRevision: unit.revision });
  return reviewer.json<EditorUnit>('POST', api.review(projectId, lang, unit.id), { decision: 'approve', baseRevision: saved.revision });
}

describe('the coordinator edits the source', () => {
  it('fixes a typo without touching approvals', async () => {
    const unit = await unitStarting('First sentence');
    await approve(unit, '最初の文。');
    const res = await coordinator.send('PUT', api.unitSource(projectId, unit.id), { source: ['First sentence here!'], baseSource: unit.source, change: 'typo' });
    expect(res.status).toBe(204);
    expect(await unitStarting('First sentence')).toMatchObject({ source: ['First sentence here!'], state: 'approved', target: ['最初の文。'] });
  });

  it('changes the meaning: the translation stays, to be reviewed against the old source', async () => {
    const unit = await unitStarting('First sentence');
    const res = await coordinator.send('PUT', api.unitSource(projectId, unit.id), { source: ['First sentence, reworded.'], baseSource: unit.source, change: 'meaning' });
    expect(res.status).toBe(204);
    const after = await unitStarting('First sentence');
    expect(after).toMatchObject({ state: 'needs-review', target: ['最初の文。'], previousSource: ['First sentence here!'] });
    expect(after.revision).toBe(unit.revision + 1);
    // An editor that loaded the unit before the change cannot overwrite it blindly.
    const stale = await translator.send('PUT', api.translation(projectId, 'ja', unit.id), { target: ['古い'], baseRevision: unit.revision });
    expect(stale.status).toBe(409);
    const [event] = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'ja', unit.id));
    expect(event).toMatchObject({ kind: 'source-change', stateBefore: 'approved', stateAfter: 'needs-review', comment: 'source changed in meaning' });
  });

  it('refuses an edit based on a source that changed since', async () => {
    const unit = await unitStarting('First sentence');
    const res = await coordinator.send('PUT', api.unitSource(projectId, unit.id), { source: ['x'], baseSource: ['First sentence here!'], change: 'typo' });
    expect(res.status).toBe(409);
    expect((await problemOf(res)).code).toBe('source.stale');
    expect((await unitStarting('First sentence')).source).toEqual(['First sentence, reworded.']);
  });

  it('merges two units, joining their translations for review', async () => {
    const second = await unitStarting('Second sentence');
    const third = await unitStarting('Third sentence');
    await approve(second, '二番目。');
    await approve(third, '三番目。');
    const fr = await unitStarting('Second sentence', 'fr');
    await translator.json('PUT', api.translation(projectId, 'fr', fr.id), { target: ['Deuxième.'], baseRevision: fr.revision });

    expect((await coordinator.send('POST', api.mergeWithNext(projectId, second.id))).status).toBe(204);
    const merged = await unitStarting('Second sentence');
    expect(merged).toMatchObject({ id: second.id, source: ['Second sentence here. Third sentence here.'], target: ['二番目。三番目。'], state: 'needs-review' });
    expect(await unitStarting('Second sentence', 'fr')).toMatchObject({ target: ['Deuxième.'], state: 'needs-review' });
    expect((await units()).find((u) => u.id === third.id)).toBeUndefined();
  });

  it('refuses to merge the last unit of a paragraph', async () => {
    const last = await unitStarting('Another paragraph');
    const res = await coordinator.send('POST', api.mergeWithNext(projectId, last.id));
    expect(res.status).toBe(409);
    expect((await problemOf(res)).code).toBe('unit.no-next');
  });

  it('splits a unit in two, in place, the first part keeping the translation for review', async () => {
    const merged = await unitStarting('Second sentence');
    const res = await coordinator.send('POST', api.splitUnit(projectId, merged.id), { offset: 'Second sentence here.'.length, baseSource: merged.source });
    expect(res.status).toBe(201);
    const order = (await units()).map((u) => contentText(u.source));
    expect(order).toEqual(['A Statement for Editing', 'First sentence, reworded.', 'Second sentence here.', 'Third sentence here.', 'Another paragraph with one sentence.']);
    const [first, second] = [await unitStarting('Second sentence'), await unitStarting('Third sentence')];
    expect(first).toMatchObject({ state: 'needs-review', target: ['二番目。三番目。'] });
    expect(second).toMatchObject({ state: 'untranslated', target: [] });
    // The paragraph still reads as one in the preview: the first part's French draft, then the new part's source.
    const preview = await (await coordinator.send('GET', pages.preview(projectId, 'fr'))).text();
    const paragraph = /<p>(?:(?!<\/p>).)*Third sentence here\.(?:(?!<\/p>).)*<\/p>/s.exec(preview)?.[0] ?? '';
    expect(paragraph.replace(/<[^>]+>/g, '')).toContain('Deuxième. Third sentence here.');
  });

  it('refuses a split that leaves a part empty', async () => {
    const unit = await unitStarting('Another paragraph');
    const res = await coordinator.send('POST', api.splitUnit(projectId, unit.id), { offset: 0, baseSource: unit.source });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('input.invalid-split');
  });

  it('marks a unit and a whole block do-not-translate, and back', async () => {
    const unit = await unitStarting('Another paragraph');
    expect((await coordinator.send('PUT', api.unitTranslate(projectId, unit.id), { translate: false })).status).toBe(204);
    expect((await unitStarting('Another paragraph')).translate).toBe(false);
    const block = (await unitStarting('Second sentence')).blockId;
    expect((await coordinator.send('PUT', api.blockTranslate(projectId, block), { translate: false })).status).toBe(204);
    expect((await units()).filter((u) => u.blockId === block).every((u) => !u.translate)).toBe(true);
    await coordinator.send('PUT', api.blockTranslate(projectId, block), { translate: true });
    expect((await units()).filter((u) => u.blockId === block).every((u) => u.translate)).toBe(true);
  });

  it('lets only coordinators change the source', async () => {
    const unit = await unitStarting('Another paragraph');
    const before = await units();
    const attempts = await Promise.all([
      translator.send('PUT', api.unitSource(projectId, unit.id), { source: ['x'], baseSource: unit.source, change: 'typo' }),
      reviewer.send('POST', api.mergeWithNext(projectId, before[1]!.id)),
      translator.send('POST', api.splitUnit(projectId, unit.id), { offset: 5, baseSource: unit.source }),
      reviewer.send('PUT', api.unitTranslate(projectId, unit.id), { translate: true }),
    ]);
    expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(await units()).toEqual(before);
  });
});
