import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText, isStorableText, type Content } from '@tessera/core';
import { api, type EditorUnit, type HistoryEvent, type LanguageView, type MachineSettingsView, type MachineSuggestion, type ProjectSummary } from '@tessera/core/contract';
import type { EngineConfig } from '../src/machine/engine.ts';
import { addDemoTranslatorAndReviewer, Client, startDemoServer, type TestServer } from './harness.ts';
import { startApertium, startLibreTranslate, type LibreServer, type RunningEngine } from './machineEngines.ts';

const STATEMENT = [
  'The committee must protect **journalists** and their sources.',
  '',
  'Read the report at https://example.org/report before 12 March 2026.',
  '',
  'Use Signal to reach the 40 signatories.',
  '',
  'Encryption protects everyone.',
].join('\n');

let apertium: RunningEngine;
let libre: LibreServer;
let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

const engines = (): EngineConfig[] => [
  { id: 'apertium', kind: 'apertium-apy', url: apertium.url, location: 'deployment', timeoutMs: 10_000, requestsPerSecond: 50 },
  { id: 'libre-cloud', kind: 'libretranslate', name: 'Cloud LibreTranslate', url: libre.url, location: 'external', timeoutMs: 500, requestsPerSecond: 50 },
];

const units = async (lang: string) => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const unitWith = async (lang: string, start: string) => (await units(lang)).find((u) => contentText(u.source).startsWith(start))!;
const suggestion = (lang: string, unitId: number, client = translator) => client.json<MachineSuggestion>('GET', api.machineSuggestion(projectId, lang, unitId));
const allow = (engineId: string, allowed: boolean) => coordinator.json<MachineSettingsView>('PUT', api.machineEngine(projectId, engineId), { allowed });
const translationRequests = () => libre.requests.filter((r) => r.path === '/translate').length;

beforeAll(async () => {
  [apertium, libre] = await Promise.all([startApertium(), startLibreTranslate(['en', 'fr', 'es'])]);
  ({ server, coordinator, translator, reviewer } = await startDemoServer({}, { machineEngines: engines() }));
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Machine drafts', sourceLang: 'en', targetLangs: ['es', 'fr', 'ja', 'ca'], format: 'markdown', text: STATEMENT });
  projectId = project.id;
  await addDemoTranslatorAndReviewer(server, projectId);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await Promise.all([apertium?.close(), libre?.close()]);
});

describe('consent', () => {
  it('sends no text anywhere until a coordinator allows an engine for the project', async () => {
    const unit = await unitWith('fr', 'Encryption');
    expect(await suggestion('fr', unit.id)).toEqual({ status: 'off' });
    expect(await suggestion('es', unit.id)).toEqual({ status: 'off' });
    expect(translationRequests()).toBe(0);
    const settings = await coordinator.json<MachineSettingsView>('GET', api.machineSettings(projectId));
    expect(settings).toEqual({
      embargoed: true,
      engines: [
        { id: 'apertium', name: 'Apertium', kind: 'apertium-apy', location: 'deployment', allowed: false },
        { id: 'libre-cloud', name: 'Cloud LibreTranslate', kind: 'libretranslate', location: 'external', allowed: false },
      ],
    });
  });

  it('is the coordinator’s to give: others are refused, and an unknown engine is 404', async () => {
    expect((await translator.send('PUT', api.machineEngine(projectId, 'apertium'), { allowed: true })).status).toBe(403);
    expect((await translator.send('GET', api.machineSettings(projectId))).status).toBe(403);
    const unknown = await coordinator.send('PUT', api.machineEngine(projectId, 'deepl'), { allowed: true });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('machine.engine-not-found');
  });

  it('never asks an engine outside the deployment while nothing of the project is published', async () => {
    const settings = await allow('libre-cloud', true);
    expect(settings.engines.find((e) => e.id === 'libre-cloud')!.allowed).toBe(true);
    const unit = await unitWith('fr', 'Encryption');
    expect(await suggestion('fr', unit.id)).toEqual({ status: 'embargo' });
    expect(translationRequests()).toBe(0);
    await allow('libre-cloud', false);
  });
});

describe('the editor’s suggestion from a real Apertium', () => {
  beforeAll(async () => {
    await allow('apertium', true);
  });

  it('translates a unit, its inline codes, URL, numbers and do-not-translate terms kept', async () => {
    const glossary = await coordinator.send('POST', api.glossary(projectId, 'es'), { source: 'Signal', doNotTranslate: true });
    expect(glossary.status).toBe(201);
    const bold = await unitWith('es', 'The committee');
    const first = await suggestion('es', bold.id);
    expect(first).toMatchObject({ status: 'ready', engine: { id: 'apertium', name: 'Apertium' }, cached: false });
    const target = (first as { target: Content }).target;
    expect(target.filter((part) => typeof part !== 'string')).toEqual(bold.source.filter((part) => typeof part !== 'string'));
    expect(contentText(target)).toMatch(/periodistas/);

    const report = await suggestion('es', (await unitWith('es', 'Read the report')).id);
    expect(contentText((report as { target: Content }).target)).toMatch(/https:\/\/example\.org\/report.*12.*2026/);
    const signal = await suggestion('es', (await unitWith('es', 'Use Signal')).id);
    expect(contentText((signal as { target: Content }).target)).toMatch(/Signal.*40/);
  });

  it('asks once: the same source, pair and engine come from the database the second time', async () => {
    const unit = await unitWith('es', 'Encryption');
    expect(await suggestion('es', unit.id)).toMatchObject({ status: 'ready', cached: false });
    expect(await suggestion('es', unit.id)).toMatchObject({ status: 'ready', cached: true });
    const kept = await server.db.selectFrom('mt_cache').select('output_text').where('source_text', '=', 'Encryption protects everyone.').execute();
    expect(kept).toHaveLength(1);
  });

  it('says so for pairs no allowed engine serves', async () => {
    const unit = await unitWith('ja', 'Encryption');
    expect(await suggestion('ja', unit.id)).toEqual({ status: 'no-pair' });
    expect(await suggestion('fr', (await unitWith('fr', 'Encryption')).id)).toEqual({ status: 'no-pair' });
    expect(await suggestion('ca', (await unitWith('ca', 'Encryption')).id)).toMatchObject({ status: 'ready', engine: { id: 'apertium' } });
  });
});

describe('a translation saved from the machine', () => {
  it('is marked in the unit and its history, with a warning until a reviewer approves it knowingly', async () => {
    const unit = await unitWith('es', 'Encryption');
    const offered = (await suggestion('es', unit.id)) as { target: Content };
    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'es', unit.id), { target: offered.target, baseRevision: unit.revision, fromMachine: true });
    expect(saved.machine).toBe('Apertium');
    expect(saved.qa.map((f) => f.check)).toContain('machine-unedited');
    const [event] = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'es', unit.id));
    expect(event!.kind).toBe('machine');

    const bare = await reviewer.send('POST', api.review(projectId, 'es', unit.id), { decision: 'approve', baseRevision: saved.revision });
    expect(bare.status).toBe(422);
    expect(((await bare.json()) as { checks: string[] }).checks).toContain('machine-unedited');
    const approved = await reviewer.json<EditorUnit>('POST', api.review(projectId, 'es', unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'Read against the source: the machine got it right.' });
    expect(approved.state).toBe('approved');
    expect(approved.machine).toBe('Apertium');
    expect(approved.qa.map((f) => f.check)).not.toContain('machine-unedited');
  });

  it('is not marked when the text differs from the suggestion, or once a person edits it', async () => {
    const unit = await unitWith('es', 'Use Signal');
    const offered = (await suggestion('es', unit.id)) as { target: Content };
    const claimed = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'es', unit.id), { target: ['Otra cosa.'], baseRevision: unit.revision, fromMachine: true });
    expect(claimed.machine).toBeNull();
    const machine = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'es', unit.id), { target: offered.target, baseRevision: claimed.revision, fromMachine: true });
    expect(machine.machine).toBe('Apertium');
    const edited = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'es', unit.id), { target: [`${contentText(offered.target)} `.trim() + '!'], baseRevision: machine.revision });
    expect(edited.machine).toBeNull();
    expect(edited.qa.map((f) => f.check)).not.toContain('machine-unedited');
  });
});

describe('an engine that fails', () => {
  beforeAll(async () => {
    // Publishing something of the project lifts the embargo: the engine outside the deployment may be asked.
    await coordinator.send('POST', api.publications(projectId, 'fr'), { allowFallback: true });
    await allow('libre-cloud', true);
  });

  it('is asked once the project is public, with its own codes', async () => {
    const unit = await unitWith('fr', 'Encryption');
    const before = translationRequests();
    expect(await suggestion('fr', unit.id)).toMatchObject({ status: 'ready', engine: { id: 'libre-cloud', name: 'Cloud LibreTranslate' }, target: ['ENCRYPTION PROTECTS EVERYONE.'] });
    expect(translationRequests()).toBe(before + 1);
    expect(libre.requests.at(-1)!.body).toEqual({ q: 'Encryption protects everyone.', source: 'en', target: 'fr', format: 'text' });
  });

  it('leaves the editor working with a clear status when it is slow, answers garbage or fails', async () => {
    const unit = await unitWith('fr', 'The committee');
    libre.delayMs = 1500;
    const started = Date.now();
    expect(await suggestion('fr', unit.id)).toEqual({ status: 'unavailable', engine: { id: 'libre-cloud', name: 'Cloud LibreTranslate' }, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1400);
    libre.delayMs = 0;
    libre.answer = () => ({ garbage: { translation: 42 } });
    expect(await suggestion('fr', unit.id)).toMatchObject({ status: 'unavailable', reason: 'garbage' });
    libre.answer = () => ({ translatedText: 'Le comité ⟦9⟧ doit' });
    expect(await suggestion('fr', unit.id)).toMatchObject({ status: 'unavailable', reason: 'garbage' });
    libre.answer = () => ({ translatedText: 'X'.repeat(3 * 1024 * 1024) });
    expect(await suggestion('fr', unit.id)).toMatchObject({ status: 'unavailable', reason: 'garbage' });
    libre.answer = () => ({ status: 500 });
    expect(await suggestion('fr', unit.id)).toMatchObject({ status: 'unavailable', reason: 'unavailable' });
    // Nothing of it was kept, and a save goes through meanwhile.
    expect(await server.db.selectFrom('mt_cache').select('source_text').where('engine_id', '=', 'libre-cloud').where('source_text', 'like', 'The committee%').execute()).toEqual([]);
    libre.delayMs = 3000;
    const save = await translator.send('PUT', api.translation(projectId, 'fr', unit.id), { target: ['Le comité doit protéger les journalistes et leurs sources.'], baseRevision: unit.revision, fromMachine: true });
    expect(save.status).toBe(200);
    expect(((await save.json()) as EditorUnit).machine).toBeNull();
    libre.delayMs = 0;
    libre.answer = (body) => ({ translatedText: body.q.toUpperCase() });
  });

  it('keeps out of its suggestion and the kept answer the characters no export can carry', async () => {
    const unit = await unitWith('fr', 'Use Signal');
    libre.answer = (body) => ({ translatedText: `UTILISEZ\u0001 SIGNAL\uD800${body.q.slice('Use Signal'.length).toUpperCase()}\u0085` });
    try {
      const answer = await suggestion('fr', unit.id);
      expect(answer).toMatchObject({ status: 'ready', target: ['UTILISEZ SIGNAL TO REACH THE 40 SIGNATORIES.'] });
      const kept = await server.db.selectFrom('mt_cache').select('output_text').where('engine_id', '=', 'libre-cloud').where('source_text', 'like', 'Use Signal%').execute();
      expect(kept).toHaveLength(1);
      expect(isStorableText(kept[0]!.output_text)).toBe(true);
    } finally {
      libre.answer = (body) => ({ translatedText: body.q.toUpperCase() });
    }
  });
});
