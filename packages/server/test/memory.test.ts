import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, type EditorUnit, type LanguageView, type MemoryMatch, type ProjectSummary } from '@tessera/core/contract';
import { addMembership } from '../src/repositories/projects.ts';
import { addDemoTranslatorAndReviewer, Client, startDemoServer, type TestServer } from './harness.ts';

const SECURE = 'Secure communication protects journalists and their sources, doctors and their patients, and people who seek help in abusive relationships.';
const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
  <tu><tuv xml:lang="en"><seg>Secure communication protects journalists and their sources, doctors and their patients, and everyone who seeks help in <bpt i="1" x="1" type="b">&lt;b&gt;</bpt>abusive<ept i="1">&lt;/b&gt;</ept> relationships.</seg></tuv>
      <tuv xml:lang="ja"><seg>安全な通信は、記者とその情報源、医師とその患者、そして<bpt i="1" x="1" type="b">&lt;b&gt;</bpt>虐待的な<ept i="1">&lt;/b&gt;</ept>関係の中で助けを求めるすべての人を守ります。</seg></tuv>
      <tuv xml:lang="fr"><seg>La communication sécurisée protège les journalistes.</seg></tuv></tu>
  <tu><tuv xml:lang="en"><seg>Encryption protects everyone.</seg></tuv><tuv xml:lang="ja"><seg>暗号化はすべての人を守る。</seg></tuv></tu>
</body></tmx>`;

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let demoId: number;
let secureUnit: EditorUnit;

const unitsOf = async (projectId: number, lang = 'ja') => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const matchesFor = (client: Client, projectId: number, unitId: number, lang = 'ja') => client.json<MemoryMatch[]>('GET', api.memoryMatches(projectId, lang, unitId));

/** A project of one statement whose first unit's translation into Japanese is approved. */
async function projectWithApproved(name: string, text: string, target: string, members: 'demo-team' | 'reviewer-only'): Promise<number> {
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs: ['ja'], text });
  if (members === 'demo-team') await addDemoTranslatorAndReviewer(server, project.id);
  else {
    const { id } = await server.db.selectFrom('users').select('id').where('email', '=', server.accounts.reviewer.email).executeTakeFirstOrThrow();
    await addMembership(server.db, project.id, id, { role: 'reviewer', lang: null });
  }
  const [unit] = await unitsOf(project.id);
  const saved = await coordinator.json<EditorUnit>('PUT', api.translation(project.id, 'ja', unit!.id), { target: [target], baseRevision: unit!.revision });
  await reviewer.json<EditorUnit>('POST', api.review(project.id, 'ja', unit!.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
  return project.id;
}

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer, demoProjectId: demoId } = await startDemoServer());
  const res = await coordinator.send('POST', api.memoryImport('coalition 2025.tmx'), new TextEncoder().encode(tmx), { raw: true });
  expect(res.status).toBe(200);
  secureUnit = (await unitsOf(demoId)).find((u) => contentText(u.source) === SECURE)!;
  await projectWithApproved('Shared statement', 'Secure communication protects journalists and their sources, doctors and their patients, and people.', '安全な通信は記者と医師を守ります。', 'demo-team');
  await projectWithApproved('Closed statement', SECURE, '非公開の訳。', 'reviewer-only');
});
afterAll(() => server?.close());

describe('translation memory matches', () => {
  it('offers the close entry of an imported TMX file with its score and file name, its codes made the unit’s own', async () => {
    const matches = await matchesFor(translator, demoId, secureUnit.id);
    const fromFile = matches.find((m) => m.origin.kind === 'file')!;
    expect(fromFile.origin.name).toBe('coalition 2025.tmx');
    expect(fromFile.score).toBeGreaterThanOrEqual(85);
    expect(fromFile.score).toBeLessThan(100);
    expect(fromFile.kind).toBe('fuzzy');
    // The stored source has a bold the unit has not: the translation offered leaves it out, its text kept.
    expect(fromFile.source).toContainEqual(expect.objectContaining({ kind: 'open', name: 'b' }));
    expect(secureUnit.source.some((part) => typeof part !== 'string')).toBe(false);
    expect(fromFile.target.some((part) => typeof part !== 'string')).toBe(false);
    expect(contentText(fromFile.target)).toContain('虐待的な');
    // The English → French translation of the same entry is not for Japanese, nor is the unrelated entry offered.
    expect(matches.map((m) => contentText(m.target))).not.toContain('La communication sécurisée protège les journalistes.');
    expect(matches.map((m) => contentText(m.target))).not.toContain('暗号化はすべての人を守る。');
  });

  it('offers approved translations of the projects the user may read, best first, never those of other projects', async () => {
    const matches = await matchesFor(translator, demoId, secureUnit.id);
    expect(matches.map((m) => m.origin)).toEqual([
      { kind: 'file', name: 'coalition 2025.tmx' },
      { kind: 'project', name: 'Shared statement' },
    ]);
    expect(matches[1]!.score).toBeGreaterThanOrEqual(75);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    // The reviewer is a member of the closed project: its exact match comes first for them.
    const reviewers = await matchesFor(reviewer, demoId, secureUnit.id);
    expect(reviewers[0]).toMatchObject({ score: 100, origin: { kind: 'project', name: 'Closed statement' }, target: ['非公開の訳。'] });
  });

  it('offers other units of the same project, never the unit itself', async () => {
    const saved = await translator.json<EditorUnit>('PUT', api.translation(demoId, 'ja', secureUnit.id), { target: ['承認された訳。'], baseRevision: secureUnit.revision });
    await reviewer.json<EditorUnit>('POST', api.review(demoId, 'ja', secureUnit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
    expect((await matchesFor(translator, demoId, secureUnit.id)).map((m) => contentText(m.target))).not.toContain('承認された訳。');

    const shared = (await coordinator.json<ProjectSummary[]>('GET', api.projects())).find((p) => p.name === 'Shared statement')!;
    const [unit] = await unitsOf(shared.id);
    const matches = await matchesFor(translator, shared.id, unit!.id);
    expect(matches).toContainEqual(expect.objectContaining({ target: ['承認された訳。'], origin: { kind: 'project', name: 'Demo: Digital Safety Act statement' } }));
  });

  it('follows a changed source', async () => {
    const shared = (await coordinator.json<ProjectSummary[]>('GET', api.projects())).find((p) => p.name === 'Shared statement')!;
    const [unit] = await unitsOf(shared.id);
    const res = await coordinator.send('PUT', api.unitSource(shared.id, unit!.id), { source: ['Encryption protects everyone.'], baseSource: unit!.source, change: 'meaning' });
    expect(res.status).toBe(204);
    expect((await matchesFor(translator, demoId, secureUnit.id)).map((m) => m.origin.name)).not.toContain('Shared statement');
  });

  it('answers an empty list for a unit the memory knows nothing like', async () => {
    const ask = (await unitsOf(demoId)).find((u) => contentText(u.source) === 'We ask the committee to:')!;
    expect(await matchesFor(translator, demoId, ask.id)).toEqual([]);
  });

});
