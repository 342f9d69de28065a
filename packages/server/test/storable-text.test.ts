import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText, readXliff, writeXliff12, writeXliff20 } from '@tessera/core';
import { api, type EditorUnit, type InviteCreated, type LanguageView, type ProjectSummary, type RevisionSummaryView } from '@tessera/core/contract';
import { Client, addDemoTranslatorAndReviewer, startDemoServer, type TestServer } from './harness.ts';
import { testDatabaseKind } from './database.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  projectId = (await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Storable', sourceLang: 'en', targetLangs: ['fr'], text: 'A title\n\nOne sentence. Two sentences.' })).id;
  await addDemoTranslatorAndReviewer(server, projectId);
});
afterAll(() => server?.close());

/** Every table a write could touch, as rows: compared before and after a refusal. */
async function everything(): Promise<unknown[]> {
  const tables = ['users', 'projects', 'units', 'translations', 'events', 'suggestions', 'comments', 'notifications', 'invites', 'memberships', 'tm_entries', 'publication_credits'] as const;
  return Promise.all(tables.map((t) => server.db.selectFrom(t).selectAll().execute().then((rows) => rows.map((r) => JSON.stringify(r)).sort())));
}

const units = async () => (await coordinator.json<LanguageView>('GET', api.language(projectId, 'fr'))).units.filter((u) => u.translate);

interface UnstorableProblem {
  code: string;
  status: number;
  field: string;
  position: number;
  character: string;
  unitId?: number | string;
}

/** Sends the request, expects 422 `text.unstorable`, and checks that the database did not change. */
async function refused(send: () => Promise<Response>): Promise<UnstorableProblem> {
  const before = await everything();
  const res = await send();
  expect(res.status).toBe(422);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await res.json()) as UnstorableProblem;
  expect(problem.code).toBe('text.unstorable');
  expect(await everything()).toEqual(before);
  return problem;
}

describe(`text XML cannot carry is refused on every JSON save (${testDatabaseKind})`, () => {
  it('a translation: 422 naming the unit, the field and the position; nothing saved', async () => {
    const [unit] = await units();
    const problem = await refused(() => translator.send('PUT', api.translation(projectId, 'fr', unit!.id), { target: ['Une\u0001 phrase.'], baseRevision: unit!.revision }));
    expect(problem).toMatchObject({ unitId: unit!.id, field: 'target', position: 3, character: 'U+0001' });
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['U+FFFF', '\uFFFF', 'U+FFFF'],
    ['U+FFFE', '\uFFFE', 'U+FFFE'],
    ['a lone surrogate', '\uD800', 'U+D800'],
    ['a C1 control', '\u0085', 'U+0085'],
    ['a vertical tab', '\u000B', 'U+000B'],
  ])('a translation with %s', async (_name, character, named) => {
    const [, unit] = await units();
    const problem = await refused(() => translator.send('PUT', api.translation(projectId, 'fr', unit!.id), { target: [`😀 x${character}`], baseRevision: unit!.revision }));
    expect(problem).toMatchObject({ unitId: unit!.id, position: 3, character: named });
  });

  it('an inline code’s attribute in a translation', async () => {
    const [unit] = await units();
    const target = ['Un ', { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/\u0002' } }, 'lien', { kind: 'close', id: '1', name: 'a' }];
    const problem = await refused(() => translator.send('PUT', api.translation(projectId, 'fr', unit!.id), { target, baseRevision: unit!.revision }));
    expect(problem).toMatchObject({ unitId: unit!.id, field: 'target.1.attrs.href', position: 20, character: 'U+0002' });
  });

  it('a suggestion, a comment and a rejection reason', async () => {
    const [unit] = await units();
    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'fr', unit!.id), { target: ['Une phrase.'], baseRevision: unit!.revision });
    expect(await refused(() => translator.send('POST', api.suggestions(projectId, 'fr', unit!.id), { target: ['Autre\u0007.'] }))).toMatchObject({ unitId: unit!.id, field: 'target' });
    expect(await refused(() => translator.send('POST', api.comments(projectId, 'fr', unit!.id), { body: 'Voir\u001b[31m' }))).toMatchObject({ unitId: unit!.id, field: 'body', position: 4 });
    expect(
      await refused(() => reviewer.send('POST', api.review(projectId, 'fr', unit!.id), { decision: 'reject', comment: 'Trop \uFFFElong', baseRevision: saved.revision })),
    ).toMatchObject({ unitId: unit!.id, field: 'comment', position: 5, character: 'U+FFFE' });
    // The same texts without the character are taken.
    expect((await translator.send('POST', api.comments(projectId, 'fr', unit!.id), { body: 'Voir [31m' })).status).toBe(201);
  });

  it('a source edit and a split', async () => {
    const [unit] = await units();
    const edit = await refused(() => coordinator.send('PUT', api.unitSource(projectId, unit!.id), { source: ['One\u0003 sentence.'], baseSource: unit!.source, change: 'typo' }));
    expect(edit).toMatchObject({ unitId: unit!.id, field: 'source', position: 3 });
    const split = await refused(() => coordinator.send('POST', api.splitUnit(projectId, unit!.id), { offset: 3, baseSource: [`${contentText(unit!.source)}\u0004`] }));
    expect(split).toMatchObject({ unitId: unit!.id, field: 'baseSource' });
  });

  it('a project name', async () => {
    const problem = await refused(() => coordinator.send('POST', api.projects(), { name: 'Bad\u0000name', sourceLang: 'en', targetLangs: ['fr'], text: 'A text.' }));
    expect(problem).toMatchObject({ field: 'name', position: 3, character: 'U+0000' });
    expect(problem.unitId).toBeUndefined();
  });

  it('the name someone is credited under in a publication', async () => {
    expect(await refused(() => translator.send('PUT', api.credit(projectId, 'fr'), { name: 'Ana\u0085' }))).toMatchObject({ field: 'name', position: 3, character: 'U+0085' });
  });

  it('the name of someone who accepts an invitation', async () => {
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['fr'] });
    const newcomer = new Client(server.url);
    await newcomer.init();
    const body = { name: 'Ana\u200B\u0008', email: 'ana@example.org', password: 'a long enough password' };
    expect(await refused(() => newcomer.send('POST', api.askToJoin(invite.token), body))).toMatchObject({ field: 'name', position: 4, character: 'U+0008' });
    // The invitation is still usable.
    expect((await newcomer.send('POST', api.askToJoin(invite.token), { ...body, name: 'Ana' })).status).toBe(202);
  });
});

describe(`a statement is cleaned instead, and the answer says so (${testDatabaseKind})`, () => {
  const pdfText = 'From a PDF\n\nThe end of page one.\fPage two\u0001 goes on\u0000 here.\uFFFF';

  it('on creating a project: form feeds become paragraph breaks, the rest is dropped, and the counts come back', async () => {
    const res = await coordinator.send('POST', api.projects(), { name: 'From a PDF', sourceLang: 'en', targetLangs: ['fr'], text: pdfText });
    expect(res.status).toBe(201);
    const project = (await res.json()) as ProjectSummary;
    expect(project.normalized).toEqual({ removed: 3, formFeeds: 1 });
    const view = await coordinator.json<LanguageView>('GET', api.language(project.id, 'fr'));
    expect(view.units.map((u) => contentText(u.source))).toEqual(['From a PDF', 'The end of page one.', 'Page two goes on here.']);
    expect(new Set(view.units.map((u) => u.blockId)).size).toBe(3);
    // Clean text reports nothing cleaned.
    expect((await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Clean', sourceLang: 'en', targetLangs: ['fr'], text: 'Clean.' })).normalized).toEqual({
      removed: 0,
      formFeeds: 0,
    });
  });

  it('on a new version of the source, in every format (a dry run says so too)', async () => {
    const project = (await coordinator.json<ProjectSummary[]>('GET', api.projects())).find((p) => p.name === 'From a PDF')!;
    const html = { format: 'html', text: '<h1>From a PDF</h1><p>The end of page one.</p><p>Page two goes on&#1; here.&#x7f;</p><p>A new\u0002 one.</p>' };
    const dry = await coordinator.json<RevisionSummaryView>('POST', api.revisions(project.id), { ...html, baseRevision: project.sourceRevision, dryRun: true });
    expect(dry).toMatchObject({ applied: false, added: 1, normalized: { removed: 3, formFeeds: 0 } });
    const applied = await coordinator.json<RevisionSummaryView>('POST', api.revisions(project.id), { ...html, baseRevision: project.sourceRevision });
    expect(applied).toMatchObject({ applied: true, kept: 3, added: 1, normalized: { removed: 3, formFeeds: 0 } });
    const units = (await coordinator.json<LanguageView>('GET', api.language(project.id, 'fr'))).units;
    expect(units.map((u) => contentText(u.source))).toContain('A new one.');
  });
});

describe(`an uploaded file with text that cannot be stored is refused whole (${testDatabaseKind})`, () => {
  const upload = (xml: string) => translator.send('POST', api.xliff(projectId, 'fr'), new TextEncoder().encode(xml), { raw: true });

  async function translatedFile(format: 'xliff12' | 'xliff20', bad: (unitXml: string) => string): Promise<{ xml: string; ids: string[] }> {
    const { document } = readXliff(await (await translator.send('GET', api.xliff(projectId, 'fr', format))).text());
    const units = document.groups.flatMap((g) => g.units).filter((u) => u.translate);
    for (const unit of units) {
      unit.target = [`Traduit ${unit.id} MARK`];
      unit.state = 'translated';
    }
    const xml = (format === 'xliff20' ? writeXliff20 : writeXliff12)(document);
    // The last unit's target carries the bad character; the others are fine (and must not be saved either).
    const last = units.at(-1)!.id;
    return { xml: xml.replace(`Traduit ${last} MARK`, bad(`Traduit ${last} `)), ids: units.map((u) => u.id) };
  }

  it('XLIFF 2.0: a <cp> of a control character, of U+FFFF or of half a surrogate pair → 422 naming the unit and the position', async () => {
    for (const [cp, character] of [['0001', 'U+0001'], ['FFFF', 'U+FFFF'], ['D800', 'U+D800'], ['9F', 'U+009F']]) {
      const { xml, ids } = await translatedFile('xliff20', (text) => `${text}<cp hex="${cp}"/>!`);
      const problem = await refused(() => upload(xml));
      expect(problem).toMatchObject({ unitId: ids.at(-1), field: 'target', position: `Traduit ${ids.at(-1)} `.length, character });
    }
  });

  it('XLIFF 1.2 and 2.0: a C1 control written as itself (which XML allows) → 422', async () => {
    for (const format of ['xliff12', 'xliff20'] as const) {
      const { xml, ids } = await translatedFile(format, (text) => `${text}\u0085`);
      expect(await refused(() => upload(xml))).toMatchObject({ unitId: ids.at(-1), character: 'U+0085' });
    }
  });

  it('XLIFF: a character reference to a control (&#1;) or U+FFFF itself is refused by the XML reader (400 xml.malformed, with its line); nothing saved', async () => {
    for (const bad of ['&#1;', '&#xFFFF;', '\uFFFF', '\u0001']) {
      const { xml } = await translatedFile('xliff12', (text) => `${text}${bad}`);
      const before = await everything();
      const res = await upload(xml);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'xml.malformed', line: expect.any(Number) });
      expect(await everything()).toEqual(before);
    }
  });

  const tmx = (target: string, tuid = '') => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu${tuid}><tuv xml:lang="en"><seg>A clean sentence.</seg></tuv><tuv xml:lang="fr"><seg>Une phrase propre.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Another sentence.</seg></tuv><tuv xml:lang="fr"><seg>${target}</seg></tuv></tu>
</body></tmx>`;
  const uploadTmx = (text: string, name = 'memory.tmx') => coordinator.send('POST', api.memoryImport(name), new TextEncoder().encode(text), { raw: true });

  it('TMX: an entry with a C1 control → 422 naming the entry and the position; nothing added to the memory', async () => {
    const problem = await refused(() => uploadTmx(tmx('Une autre\u0080 phrase.')));
    expect(problem).toMatchObject({ unitId: 2, field: 'target (en→fr)', position: 9, character: 'U+0080' });
    // The same file, clean, is taken.
    expect((await uploadTmx(tmx('Une autre phrase.'))).status).toBe(200);
  });

  it('TMX: &#1; and U+FFFF are refused by the XML reader; a file name with a control character → 422', async () => {
    for (const bad of ['&#1;', '\uFFFF']) {
      const before = await everything();
      const res = await uploadTmx(tmx(`Une${bad}`));
      expect(res.status).toBe(400);
      expect((await res.json()) as { code: string }).toMatchObject({ code: 'xml.malformed' });
      expect(await everything()).toEqual(before);
    }
    expect(await refused(() => uploadTmx(tmx('Propre.'), 'mem\u0007ory.tmx'))).toMatchObject({ field: 'name', position: 3 });
  });
});
