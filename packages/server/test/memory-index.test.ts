import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, type EditorUnit, type LanguageView, type MemoryMatch, type ProjectSummary } from '@tessera/core/contract';
import { indexFilePath } from '../src/services/memoryIndexFile.ts';
import { MemoryIndex, type MemorySearch } from '../src/services/memoryIndex.ts';
import { addDemoTranslatorAndReviewer, Client, startDemoServer, tempDataDir, type TestServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let reviewer: Client;

beforeAll(async () => {
  ({ server, coordinator, reviewer } = await startDemoServer());
});
afterAll(() => server?.close());

const tmx = (source: string, target: string) => `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="ja"><seg>${target}</seg></tuv></tu></body></tmx>`;

/** A project of one sentence with the demo translator and reviewer in it; its unit. */
async function oneSentence(name: string, text: string): Promise<{ projectId: number; unit: EditorUnit }> {
  const { id } = await coordinator.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs: ['ja'], text });
  await addDemoTranslatorAndReviewer(server, id);
  const [unit] = (await coordinator.json<LanguageView>('GET', api.language(id, 'ja'))).units;
  return { projectId: id, unit: unit! };
}

const matchesFor = async (at: { projectId: number; unit: EditorUnit }) => coordinator.json<MemoryMatch[]>('GET', api.memoryMatches(at.projectId, 'ja', at.unit.id));
const origins = async (at: { projectId: number; unit: EditorUnit }) => (await matchesFor(at)).map((m) => m.origin.name);

describe('the memory index', () => {
  it('offers an approval at the next look-up, and no more once it is rejected', async () => {
    const approved = await oneSentence('Approved at once', 'Independent courts must review every order to hand over encrypted messages.');
    const asking = await oneSentence('Asking at once', 'Independent courts must review every order to hand over private messages.');
    expect(await origins(asking)).not.toContain('Approved at once');
    const saved = await coordinator.json<EditorUnit>('PUT', api.translation(approved.projectId, 'ja', approved.unit.id), { target: ['独立した裁判所が審査すべきである。'], baseRevision: approved.unit.revision });
    const review = await reviewer.json<EditorUnit>('POST', api.review(approved.projectId, 'ja', approved.unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in.' });
    const [match] = await matchesFor(asking);
    expect(match).toMatchObject({ origin: { kind: 'project', name: 'Approved at once' }, target: ['独立した裁判所が審査すべきである。'] });
    await reviewer.json('POST', api.review(approved.projectId, 'ja', approved.unit.id), { decision: 'reject', baseRevision: review.revision, comment: 'Too short.' });
    expect(await origins(asking)).not.toContain('Approved at once');
  });

  it('takes out the entries of a removed file and the translations of a project taken out of the memory, and puts them back', async () => {
    const asking = await oneSentence('Asking for removals', 'Lawmakers should reject any clause that weakens encryption for all users.');
    const file = 'to be removed.tmx';
    expect((await coordinator.send('POST', api.memoryImport(file), new TextEncoder().encode(tmx('Lawmakers should reject any clause that weakens encryption for everyone.', '暗号化を弱める条項を拒否すべきだ。')), { raw: true })).status).toBe(200);
    const other = await oneSentence('Leaves the memory', 'Lawmakers should reject any clause that weakens encryption for all people.');
    const saved = await coordinator.json<EditorUnit>('PUT', api.translation(other.projectId, 'ja', other.unit.id), { target: ['議員は拒否すべきだ。'], baseRevision: other.unit.revision });
    await reviewer.json('POST', api.review(other.projectId, 'ja', other.unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in.' });
    expect(await origins(asking)).toEqual(expect.arrayContaining([file, 'Leaves the memory']));

    expect(await coordinator.json('DELETE', api.memoryFile(file))).toEqual({ entries: 1 });
    expect(await coordinator.json('DELETE', api.memoryFile(file))).toEqual({ entries: 0 });
    const offered = async () => (await coordinator.json<ProjectSummary[]>('GET', api.projects())).find((p) => p.id === other.projectId)!.inMemory;
    expect(await offered()).toBe(true);
    expect((await coordinator.send('PUT', api.projectInMemory(other.projectId), { inMemory: false })).status).toBe(204);
    expect(await offered()).toBe(false);
    expect(await origins(asking)).not.toEqual(expect.arrayContaining([file]));
    expect(await origins(asking)).not.toContain('Leaves the memory');
    expect((await reviewer.send('PUT', api.projectInMemory(other.projectId), { inMemory: true })).status).toBe(403);
    await coordinator.send('PUT', api.projectInMemory(other.projectId), { inMemory: true });
    expect(await offered()).toBe(true);
    expect(await origins(asking)).toContain('Leaves the memory');
  });

  it('starts from its file, reading only the changes made since; a file the database does not know is not read', async () => {
    const folder = tempDataDir();
    const search: MemorySearch = { text: 'Secure communication protects journalists and their sources.', sourceLang: 'en', lang: 'ja', minScore: 50, limit: 5, project: () => true };
    const first = new MemoryIndex(server.db, folder);
    await first.catchUp();
    expect(first.startedFrom).toBe('sources');
    await first.write();
    expect(fs.existsSync(indexFilePath(folder))).toBe(true);

    await coordinator.send('POST', api.memoryImport('after the file.tmx'), new TextEncoder().encode(tmx('Secure communication protects journalists and their own sources.', '安全な通信は記者を守る。')), { raw: true });
    const second = new MemoryIndex(server.db, folder);
    await second.catchUp();
    expect(second.startedFrom).toBe('file');
    const fresh = new MemoryIndex(server.db, null);
    await fresh.catchUp();
    expect(second.size).toBe(fresh.size);
    expect(second.size).toBe(first.size + 1);
    expect(await second.search(search)).toEqual(await fresh.search(search));
    expect((await second.search(search)).length).toBeGreaterThan(0);

    // A database restored from a backup older than the file does not know it.
    await server.db.deleteFrom('memory_snapshots').execute();
    const third = new MemoryIndex(server.db, folder);
    await third.catchUp();
    expect(third.startedFrom).toBe('sources');
    expect(third.size).toBe(fresh.size);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('leaves a unit out of its own matches and offers nothing from a project the caller may not read', async () => {
    const hidden = await oneSentence('Not for the translator', 'Civil society must have a seat at every negotiating table on the treaty.');
    const saved = await coordinator.json<EditorUnit>('PUT', api.translation(hidden.projectId, 'ja', hidden.unit.id), { target: ['市民社会は席を持つべきだ。'], baseRevision: hidden.unit.revision });
    await reviewer.json('POST', api.review(hidden.projectId, 'ja', hidden.unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in.' });
    expect(await origins(hidden)).not.toContain('Not for the translator');
    const index = new MemoryIndex(server.db, null);
    const text = contentText(hidden.unit.source);
    const everyone = await index.search({ text, sourceLang: 'en', lang: 'ja', minScore: 75, limit: 5, project: () => true });
    expect(everyone.map((h) => h.ref)).toContain(hidden.unit.id);
    const nobody = await index.search({ text, sourceLang: 'en', lang: 'ja', minScore: 75, limit: 5, project: () => false });
    expect(nobody.map((h) => h.ref)).not.toContain(hidden.unit.id);
  });
});
