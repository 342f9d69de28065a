import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, type BatchApproveResult, type EditorUnit, type HistoryEvent, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { addDemoTranslatorAndReviewer, Client, problemOf, startDemoServer, type TestServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

/** Two paragraphs say the same sentence: their translations are checked against each other. */
const TEXT = [
  'Encryption protects everyone.',
  'We ask for 3 things.',
  'Encryption protects everyone.',
  'Write to press@example.org today.',
  'A law that breaks encryption for some breaks it for all.',
].join('\n\n');

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Quality checks test', sourceLang: 'en', targetLangs: ['fr', 'ja'], text: TEXT });
  projectId = project.id;
  await addDemoTranslatorAndReviewer(server, projectId);
});
afterAll(() => server?.close());

const units = async (lang: string) => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const unitsWith = async (lang: string, text: string) => (await units(lang)).filter((u) => contentText(u.source) === text);
const save = (lang: string, unit: EditorUnit, text: string) =>
  translator.json<EditorUnit>('PUT', api.translation(projectId, lang, unit.id), { target: [text], baseRevision: unit.revision });
const review = (lang: string, unit: EditorUnit, body: Record<string, unknown> = {}) =>
  reviewer.send('POST', api.review(projectId, lang, unit.id), { decision: 'approve', baseRevision: unit.revision, ...body });
const historyOf = (lang: string, unit: EditorUnit) => coordinator.json<HistoryEvent[]>('GET', api.history(projectId, lang, unit.id));

describe('approving a translation the checks warn about', () => {
  it('is refused without a reason (422 naming the warnings, nothing changes), and with one the history keeps the warnings and the reason', async () => {
    const [unit] = await unitsWith('ja', 'We ask for 3 things.');
    // A full stop of the Latin script where Japanese writes “。”.
    const saved = await save('ja', unit!, '私たちは3つのことを求めます.');
    expect(saved.qa).toEqual([
      { check: 'end-punctuation', severity: 'warning', message: { key: 'qa.checks.end-punctuation.script', values: { found: '.', expected: '。' } } },
    ]);

    for (const body of [{}, { overrideReason: '   ' }]) {
      const refused = await review('ja', saved, body);
      expect(refused.status).toBe(422);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(await problemOf(refused)).toMatchObject({ code: 'review.reason-required', checks: ['end-punctuation'], findings: saved.qa });
    }
    expect((await unitsWith('ja', 'We ask for 3 things.'))[0]).toMatchObject({ state: 'translated', revision: saved.revision });
    expect(await historyOf('ja', saved)).toHaveLength(1);

    const approved = await review('ja', saved, { overrideReason: 'The sentence quotes the law, which ends so.' });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ state: 'approved', revision: saved.revision + 1 });
    const [event] = await historyOf('ja', saved);
    expect(event).toMatchObject({ kind: 'approve', user: 'Demo Reviewer', overridden: ['end-punctuation'], comment: 'The sentence quotes the law, which ends so.' });
  });

  it('keeps no reason nor warnings in the history of an approval the checks find nothing in', async () => {
    const [unit] = await unitsWith('fr', 'We ask for 3 things.');
    const saved = await save('fr', unit!, 'Nous demandons 3 choses.');
    expect(saved.qa).toEqual([]);
    expect((await review('fr', saved, { overrideReason: 'Nothing to accept.' })).status).toBe(200);
    expect((await historyOf('fr', saved))[0]).toMatchObject({ kind: 'approve', overridden: [], comment: '' });
  });
});

describe('approving a translation the checks find an error in', () => {
  it('is refused even with a reason (422 naming the errors), and nothing changes', async () => {
    const [unit] = await unitsWith('fr', 'Write to press@example.org today.');
    // U+202E reverses what follows: the published sentence would read otherwise than it is stored.
    const saved = await save('fr', unit!, 'Écrivez à \u202epress@example.org\u202c aujourd’hui.');
    expect(saved.qa.map((f) => [f.check, f.severity])).toEqual([['bidi-controls', 'error']]);
    const refused = await review('fr', saved, { overrideReason: 'It looks right to me.' });
    expect(refused.status).toBe(422);
    expect(await problemOf(refused)).toMatchObject({
      code: 'review.qa-errors',
      checks: ['bidi-controls'],
      findings: [{ check: 'bidi-controls', severity: 'error', message: { key: 'qa.checks.bidi-controls.found', values: { count: 2, chars: ['U+202E', 'U+202C'] } } }],
    });
    expect((await unitsWith('fr', 'Write to press@example.org today.'))[0]).toMatchObject({ state: 'translated', revision: saved.revision });
  });
});

describe('translations of the same source', () => {
  it('are checked against the approved one: in the editor’s list, on a save, and at approval', async () => {
    const [first, second] = await unitsWith('fr', 'Encryption protects everyone.');
    const approvedText = 'Le chiffrement protège tout le monde.';
    const one = await save('fr', first!, approvedText);
    expect((await review('fr', one)).status).toBe(200);

    // The repetition was given the first translation, to review; the translator rewords it.
    const repeated = (await units('fr')).find((u) => u.id === second!.id)!;
    expect([contentText(repeated.target), repeated.state]).toEqual([approvedText, 'needs-review']);
    const other = await save('fr', repeated, 'Le chiffrement nous protège tous.');
    expect(other.qa).toEqual([
      { check: 'inconsistent', severity: 'warning', message: { key: 'qa.checks.inconsistent.different', values: { items: [approvedText], count: 1 } } },
    ]);
    expect(other.sameSource).toEqual([approvedText]);
    // The language's list says the same, for every unit at once.
    const listed = (await units('fr')).find((u) => u.id === second!.id)!;
    expect(listed.qa.map((f) => f.check)).toEqual(['inconsistent']);
    // The approved one is not judged against a draft.
    expect((await units('fr')).find((u) => u.id === first!.id)!.qa).toEqual([]);

    expect(await problemOf(await review('fr', other))).toMatchObject({ code: 'review.reason-required', checks: ['inconsistent'] });
    const same = await save('fr', other, approvedText);
    expect(same.qa).toEqual([]);
    expect((await review('fr', same)).status).toBe(200);
  });

  it('in a paragraph approved at once: a unit the checks warn about is skipped, to be approved with its reason', async () => {
    const [unit] = await unitsWith('ja', 'A law that breaks encryption for some breaks it for all.');
    const saved = await save('ja', unit!, '一部の人のために暗号化を破る法律は、すべての人の暗号化を破ります!');
    expect(saved.qa.map((f) => f.check)).toEqual(['end-punctuation']);
    const result = await reviewer.json<BatchApproveResult>('POST', api.approveBlock(projectId, 'ja', saved.blockId), {});
    expect(result).toEqual({ approved: [], skipped: [{ unitId: saved.id, reason: 'qa' }] });
  });
});
