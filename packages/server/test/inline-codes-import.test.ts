import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText, readXliff, writeXliff12, writeXliff20, type Content, type InlineCode } from '@tessera/core';
import { api, type EditorUnit, type ImportSummary, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client, addDemoTranslatorAndReviewer, startDemoServer, type TestServer } from './harness.ts';
import { publicPage } from './publicPage.ts';
import { testDatabaseKind } from './database.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

const SOURCE_HREF = 'https://example.org/draft';
const FORGED_HREF = 'https://forged.example/phish';

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), {
    name: 'Links',
    sourceLang: 'en',
    targetLangs: ['fr', 'es'],
    format: 'markdown',
    text: `# Open networks\n\nRead [the draft](${SOURCE_HREF}) today.\n`,
  });
  projectId = project.id;
  await addDemoTranslatorAndReviewer(server, projectId);
});
afterAll(() => server?.close());

const isLink = (part: Content[number]): part is InlineCode => typeof part !== 'string' && part.kind === 'open' && part.attrs?.href !== undefined;

/** The exported file with the link's sentence translated, its link pointing elsewhere in the target. */
function withForgedLink(xml: string): { xml: string; unitId: number } {
  const { version, document } = readXliff(xml);
  const unit = document.groups.flatMap((g) => g.units).find((u) => u.source.some(isLink))!;
  unit.target = unit.source.map((part) => {
    if (typeof part === 'string') return part === 'Read ' ? 'Lisez ' : part === 'the draft' ? 'le projet' : part === ' today.' ? ' aujourd’hui.' : part;
    return isLink(part) ? { ...part, attrs: { ...part.attrs, href: FORGED_HREF } } : part;
  });
  unit.state = 'translated';
  const forged = version === '2.0' ? writeXliff20(document) : writeXliff12(document);
  // The file really says so: read back, its target's link points elsewhere.
  const back = readXliff(forged).document.groups.flatMap((g) => g.units).find((u) => u.id === unit.id)!;
  expect(back.target?.find(isLink)?.attrs?.href).toBe(FORGED_HREF);
  return { xml: forged, unitId: Number(unit.id) };
}

describe(`inline codes belong to the source (${testDatabaseKind})`, () => {
  it.each([
    ['XLIFF 1.2', 'xliff12', 'fr'],
    ['XLIFF 2.0', 'xliff20', 'es'],
  ] as const)('%s: a file that points a link elsewhere is imported with the source’s link, listed, and published with it', async (_name, format, lang) => {
    const exported = await (await translator.send('GET', api.xliff(projectId, lang, format))).text();
    const { xml, unitId } = withForgedLink(exported);

    const res = await translator.send('POST', api.xliff(projectId, lang), new TextEncoder().encode(xml), { raw: true });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as ImportSummary;
    expect(summary).toMatchObject({ updated: 1, codesReplaced: [unitId], codeWarnings: [] });

    const units = (await translator.json<LanguageView>('GET', api.language(projectId, lang))).units;
    const unit = units.find((u) => u.id === unitId)!;
    expect(contentText(unit.target)).toBe('Lisez le projet aujourd’hui.');
    expect(unit.target.find(isLink)).toEqual(unit.source.find(isLink));
    expect(JSON.stringify(unit.target)).not.toContain(FORGED_HREF);

    const approved = await reviewer.json<EditorUnit>('POST', api.review(projectId, lang, unitId), { decision: 'approve', baseRevision: unit.revision });
    expect(approved.state).toBe('approved');
    const page = await publicPage(server, coordinator, projectId, lang);
    expect(page).toContain('le projet');
    expect(page).toContain(`href="${SOURCE_HREF}"`);
    expect(page).not.toContain(FORGED_HREF);
  });

  it('a file that only moves the link to another word keeps its address, with no warning', async () => {
    const exported = await (await translator.send('GET', api.xliff(projectId, 'fr'))).text();
    const { version, document } = readXliff(exported);
    const unit = document.groups.flatMap((g) => g.units).find((u) => u.source.some(isLink))!;
    const [open, close] = unit.source.filter((p) => typeof p !== 'string');
    unit.target = ['Lisez ', open!, 'aujourd’hui', close!, ' le projet.'];
    const xml = version === '2.0' ? writeXliff20(document) : writeXliff12(document);
    const res = await translator.send('POST', api.xliff(projectId, 'fr'), new TextEncoder().encode(xml), { raw: true });
    expect(await res.json()).toMatchObject({ updated: 1, codesReplaced: [], codeWarnings: [] });
    const stored = (await translator.json<LanguageView>('GET', api.language(projectId, 'fr'))).units.find((u) => String(u.id) === unit.id)!;
    expect(stored.target).toEqual(unit.target);
  });
});
