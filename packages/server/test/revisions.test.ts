import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, type EditorUnit, type HistoryEvent, type LanguageView, type ProjectSummary, type RevisionSummaryView } from '@tessera/core/contract';
import { Client, problemOf, readShared, type TestServer, startDemoServer, addDemoTranslatorAndReviewer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let project: ProjectSummary;

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  project = await coordinator.json<ProjectSummary>('POST', api.projects(), {
    name: 'Cybercrime statement',
    sourceLang: 'en',
    targetLangs: ['ja', 'fr'],
    text: readShared('statement/004_8a8e2a0996246479.txt'),
  });
  await addDemoTranslatorAndReviewer(server, project.id);
});
afterAll(() => server?.close());

const view = (lang = 'ja') => coordinator.json<LanguageView>('GET', api.language(project.id, lang));
const byText = (units: EditorUnit[], start: string) => units.find((u) => contentText(u.source).startsWith(start))!;

async function translate(unit: EditorUnit, text: string, approve: boolean, lang = 'ja'): Promise<void> {
  const saved = await translator.json<EditorUnit>('PUT', api.translation(project.id, lang, unit.id), { target: [text], baseRevision: unit.revision });
  if (approve) await reviewer.json('POST', api.review(project.id, lang, unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
}

describe('a new revision of the source (PDF text, then the web copy with signatories)', () => {
  let translated: EditorUnit[];

  beforeAll(async () => {
    const units = (await view()).units.filter((u) => u.translate);
    translated = [
      byText(units, 'We, the undersigned organizations'), // unchanged in the new revision
      byText(units, 'Lacks effective gender mainstreaming'), // only an apostrophe changes
      byText(units, 'Joint Statement on the Proposed Cybercrime Treaty'), // the title is reworded
      byText(units, 'The full list of signatories'), // gone from the new revision
    ];
    for (const [i, unit] of translated.entries()) await translate(unit, `訳${i}`, i % 2 === 0);
  });

  it('shows the summary in a dry run and changes nothing', async () => {
    const before = await view();
    const summary = await coordinator.json<RevisionSummaryView>('POST', api.revisions(project.id), {
      text: readShared('statement/001_e6857291a9728c98.txt'),
      baseRevision: 1,
      dryRun: true,
    });
    expect(summary).toMatchObject({ applied: false, revision: 2, kept: 31, retouched: 2, edited: 2, added: 113, retired: 2 });
    expect(summary.translationsKept).toEqual({ ja: 2, fr: 0 });
    expect(summary.translationsToReview).toEqual({ ja: 1, fr: 0 });
    expect(summary.translationsRetired).toEqual({ ja: 1, fr: 0 });
    expect(summary.changes.filter((c) => c.kind === 'added').map((c) => c.after)).toContain('Access Now');
    expect(await view()).toEqual(before);
  });

  it('carries translations over, sends reworded units to review with the old source, adds and retires units', async () => {
    const summary = await coordinator.json<RevisionSummaryView>('POST', api.revisions(project.id), {
      text: readShared('statement/001_e6857291a9728c98.txt'),
      baseRevision: 1,
    });
    expect(summary).toMatchObject({ applied: true, revision: 2 });

    const after = await view();
    const [same, apostrophe, title, gone] = translated.map((u) => after.units.find((a) => a.id === u.id));
    expect(same).toMatchObject({ target: ['訳0'], state: 'approved' });
    expect(apostrophe).toMatchObject({ target: ['訳1'], state: 'translated' });
    expect(contentText(apostrophe!.source)).toContain('people’s human rights');
    expect(title).toMatchObject({ target: ['訳2'], state: 'needs-review', source: ['Amend or reject: Joint statement on the UN Cybercrime Treaty'] });
    expect(title!.previousSource).toEqual(['Joint Statement on the Proposed Cybercrime Treaty Ahead of the Concluding Session']);
    expect(gone).toBeUndefined();
    expect(after.project.sourceRevision).toBe(2);
    expect(after.units.filter((u) => u.blockKind === 'signatory')).toHaveLength(110);
    expect(after.units.filter((u) => u.blockKind === 'signatory').every((u) => u.state === 'untranslated' && !u.translate)).toBe(true);

    const [event] = await coordinator.json<HistoryEvent[]>('GET', api.history(project.id, 'ja', title!.id));
    expect(event).toMatchObject({ kind: 'source-change', stateBefore: 'approved', stateAfter: 'needs-review', user: 'Demo Coordinator' });

    // The retired unit's translation is kept, not deleted.
    const kept = await server.db.selectFrom('translations').select('target').where('unit_id', '=', translated[3]!.id).where('lang', '=', 'ja').executeTakeFirst();
    expect(kept?.target).toBe(JSON.stringify(['訳3']));
  });

  it('lets the reviewer approve a reworded unit after checking it', async () => {
    const title = (await view()).units.find((u) => u.id === translated[2]!.id)!;
    const approved = await reviewer.json<EditorUnit>('POST', api.review(project.id, 'ja', title.id), { decision: 'approve', baseRevision: title.revision, overrideReason: 'A stand-in translation for the test.' });
    expect(approved).toMatchObject({ state: 'approved', previousSource: null });
  });

  it('refuses a revision based on a revision no longer in force, and one from a non-coordinator', async () => {
    const stale = await coordinator.send('POST', api.revisions(project.id), { text: 'Something else entirely.', baseRevision: 1 });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).code).toBe('revision.stale');
    const notMine = await translator.send('POST', api.revisions(project.id), { text: 'Something else entirely.', baseRevision: 2 });
    expect(notMine.status).toBe(403);
    expect((await view()).project.sourceRevision).toBe(2);
  });

  it('keeps every unit when the same revision is imported again', async () => {
    const summary = await coordinator.json<RevisionSummaryView>('POST', api.revisions(project.id), {
      text: readShared('statement/001_e6857291a9728c98.txt'),
      baseRevision: 2,
      dryRun: true,
    });
    expect(summary).toMatchObject({ retouched: 0, edited: 0, added: 0, retired: 0, changes: [] });
  });

  it('refuses a revision planned before a unit of the source was edited', async () => {
    const before = await view();
    const text = readShared('statement/001_e6857291a9728c98.txt').replace('Access Now', 'Access Now (AN)');
    const planned = await coordinator.json<RevisionSummaryView>('POST', api.revisions(project.id), { text, baseRevision: before.project.sourceRevision, dryRun: true });
    expect(planned.edited).toBe(1);
    const unit = byText(before.units, 'Civil society groups');
    expect((await coordinator.send('PUT', api.unitSource(project.id, unit.id), { source: ['Civil society groups gave their time.'], baseSource: unit.source, change: 'meaning' })).status).toBe(204);
    const res = await coordinator.send('POST', api.revisions(project.id), { text, baseRevision: before.project.sourceRevision });
    expect(res.status).toBe(409);
    expect((await problemOf(res)).code).toBe('revision.stale');
    expect(byText((await view()).units, 'Civil society groups').source).toEqual(['Civil society groups gave their time.']);
  });
});
