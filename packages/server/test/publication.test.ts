import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { contentText, GATE_LISTED, publicationFormats } from '@tessera/core';
import {
  api,
  pages,
  type CreditView,
  type EditorUnit,
  type LanguageView,
  type ProjectSummary,
  type PublicationOverview,
  type PublicationVersionView,
} from '@tessera/core/contract';
import { addDemoTranslatorAndReviewer, Client, problemOf, startDemoServer, type TestServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

const STATEMENT = `12 March 2026

Statement for the Publication Test

We ask for 3 things. The second sentence follows.

We call on:

- the first demand;
- the second demand.
`;

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Publication test', sourceLang: 'en', targetLangs: ['ja', 'fr', 'es', 'ar'], text: STATEMENT });
  projectId = project.id;
  await addDemoTranslatorAndReviewer(server, projectId);
});
afterAll(() => server?.close());

const unitsOf = async (lang: string) => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units.filter((u) => u.translate);
/** The translatable unit of `lang` whose source contains `text`. */
const unitWith = async (lang: string, text: string) => (await unitsOf(lang)).find((u) => contentText(u.source).includes(text))!;
/**
 * A translation with no error of the checks: the language's tag before the source. It keeps the
 * English text, so checks of its language may warn (its length in Japanese, ? without ¿ in Spanish):
 * `approve` gives the reason.
 */
const translationOf = (unit: EditorUnit, lang: string) => `[${lang}] ${contentText(unit.source)}`;

async function save(unit: EditorUnit, lang: string, text: string): Promise<EditorUnit> {
  return translator.json<EditorUnit>('PUT', api.translation(projectId, lang, unit.id), { target: [text], baseRevision: unit.revision });
}

async function approve(unit: EditorUnit, lang: string, text = translationOf(unit, lang)): Promise<EditorUnit> {
  const saved = await save(unit, lang, text);
  const overrideReason = saved.qa.length > 0 ? 'The source text stands in for the translation.' : undefined;
  return reviewer.json<EditorUnit>('POST', api.review(projectId, lang, unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason });
}

async function approveAll(lang: string): Promise<void> {
  for (const unit of await unitsOf(lang)) if (unit.state !== 'approved') await approve(unit, lang);
}

const publish = (lang: string, body: object = {}, client = coordinator) => client.send('POST', api.publications(projectId, lang), body);
const overview = (lang: string, client: Client = coordinator) => client.json<PublicationOverview>('GET', api.publications(projectId, lang));

async function get(path: string, client?: Client, headers: Record<string, string> = {}) {
  const res = client ? await client.send('GET', path) : await fetch(server.url + path, { headers, redirect: 'manual' });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') ?? '', location: res.headers.get('location'), bytes, text: new TextDecoder().decode(bytes) };
}

/** Every text a file holds, zips (a bundle, a DOCX) opened all the way down. */
function textsOf(bytes: Uint8Array): string {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  return zip ? Object.values(unzipSync(bytes)).map(textsOf).join('\n') : strFromU8(bytes);
}

/** Every public address of a language: latest and version pages in every registered format, and the bundle. */
async function publicOutputs(lang: string, version: number): Promise<{ path: string; status: number; text: string }[]> {
  const paths = [pages.publication(projectId, lang), pages.publicationVersion(projectId, lang, version)];
  for (const format of publicationFormats) {
    paths.push(`${pages.publication(projectId, lang)}?format=${format.id}`, pages.publicationVersion(projectId, lang, version, format.extension));
  }
  paths.push(pages.bundle(projectId));
  const out = [];
  for (const path of paths) {
    const res = await get(path);
    out.push({ path, status: res.status, text: res.status === 200 ? textsOf(res.bytes) : res.text });
  }
  return out;
}

describe('the publication gate', () => {
  it('names every unit that blocks a language, with its reason, to every member; only the coordinator publishes', async () => {
    const first = await unitWith('ja', 'Statement for');
    const second = await unitWith('ja', 'second sentence');
    const third = await unitWith('ja', '3 things');
    await approve(first, 'ja');
    await save(second, 'ja', 'ドラフトの訳文。');
    // Approved with a reason despite a warning (the number is written out): accepted, it does not block.
    await approve(third, 'ja', '三つのことを求めます。');
    const gate = (await overview('ja', translator)).gate;
    expect(gate.publishable).toBe(false);
    expect(gate.blockers.find((b) => b.unitId === second.id)).toMatchObject({ reason: 'not-approved', state: 'translated' });
    expect(gate.blockers.some((b) => b.unitId === third.id)).toBe(false);
    expect(gate.blockers.some((b) => b.unitId === first.id)).toBe(false);
    expect(gate.blockers).toHaveLength(gate.translatable - gate.approved);

    expect((await publish('ja', {}, translator)).status).toBe(403);
    const refused = await publish('ja');
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { code: string; gate: PublicationOverview['gate'] };
    expect(problem.code).toBe('publication.blocked');
    expect(problem.gate.blockers.map((b) => b.unitId)).toEqual(gate.blockers.map((b) => b.unitId));
    expect((await overview('ja')).versions).toEqual([]);
  });

  it('names an approved unit whose translation fails a check with an error, with the error’s message', async () => {
    const small = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Gate error test', sourceLang: 'en', targetLangs: ['fr'], text: 'We ask for 3 things.' });
    await addDemoTranslatorAndReviewer(server, small.id);
    const [unit] = (await coordinator.json<LanguageView>('GET', api.language(small.id, 'fr'))).units;
    const saved = await translator.json<EditorUnit>('PUT', api.translation(small.id, 'fr', unit!.id), { target: ['Nous demandons 3 choses.'], baseRevision: unit!.revision });
    await reviewer.json<EditorUnit>('POST', api.review(small.id, 'fr', unit!.id), { decision: 'approve', baseRevision: saved.revision });
    // The coordinator bolds a word of the source as a typo fix, which keeps the approval: the
    // translation now lacks the source's formatting, an error no approval accepts.
    const bold = ['We ask for ', { kind: 'open', id: '1', name: 'b' }, '3', { kind: 'close', id: '1', name: 'b' }, ' things.'];
    expect((await coordinator.send('PUT', api.unitSource(small.id, unit!.id), { source: bold, baseSource: unit!.source, change: 'typo' })).status).toBe(204);
    const { gate } = await coordinator.json<PublicationOverview>('GET', api.publications(small.id, 'fr'));
    expect(gate).toMatchObject({ publishable: false, approved: 1, blocked: 1 });
    expect(gate.blockers).toEqual([
      {
        unitId: unit!.id,
        state: 'approved',
        reason: 'qa',
        checks: ['inline-codes'],
        findings: [{ check: 'inline-codes', severity: 'error', message: { key: 'qa.checks.inline-codes.missing', values: { count: 2 } } }],
        source: 'We ask for 3 things.',
      },
    ]);
  });

  it('counts every blocking unit of a long statement and names only the first ones, in reading order', async () => {
    const text = Array.from({ length: GATE_LISTED + 7 }, (_, index) => `Paragraph number ${index + 1} of the long statement.`).join('\n\n');
    const long = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Long gate test', sourceLang: 'en', targetLangs: ['fr'], text });
    const units = (await coordinator.json<LanguageView>('GET', api.language(long.id, 'fr'))).units.filter((u) => u.translate);
    const { gate } = await coordinator.json<PublicationOverview>('GET', api.publications(long.id, 'fr'));
    expect(gate).toMatchObject({ publishable: false, translatable: units.length, approved: 0, blocked: units.length });
    expect(gate.blockers.map((b) => b.unitId)).toEqual(units.slice(0, GATE_LISTED).map((u) => u.id));
    const refused = await coordinator.send('POST', api.publications(long.id, 'fr'), {});
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { gate: PublicationOverview['gate'] }).gate).toEqual(gate);
  });

  it('lets the language through once every unit is approved and passes the checks', async () => {
    for (const unit of await unitsOf('ja')) await approve(unit, 'ja');
    expect((await overview('ja')).gate).toMatchObject({ publishable: true, blockers: [] });
  });
});

describe('published versions', () => {
  let v1: PublicationVersionView;

  it('are numbered, dated, say who published them and list every unit as added the first time', async () => {
    const res = await publish('ja');
    expect(res.status).toBe(201);
    v1 = (await res.json()) as PublicationVersionView;
    const units = await unitsOf('ja');
    expect(v1).toMatchObject({ version: 1, lang: 'ja', sourceRevision: 1, publishedBy: 'Demo Coordinator', embargoUntil: null, released: true, withFallback: false });
    expect(v1.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['added']));
    expect(v1.changes.filter((c) => units.some((u) => u.id === c.unitId)).map((c) => c.unitId).sort()).toEqual(units.map((u) => u.id).sort());
    const page = await get(pages.publication(projectId, 'ja'));
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html lang="ja" dir="ltr">/);
    expect(page.text).toContain(translationOf(units.find((u) => contentText(u.source).includes('second sentence'))!, 'ja'));
  });

  it('stay as they were published: a later approval makes a new version whose diff lists exactly that unit', async () => {
    const unit = await unitWith('ja', 'second sentence');
    await approve(unit, 'ja', '[ja] 書き直した二番目の文。');
    expect((await get(pages.publication(projectId, 'ja'))).text).not.toContain('書き直した');
    const v2 = (await (await publish('ja')).json()) as PublicationVersionView;
    expect(v2.version).toBe(2);
    expect(v2.changes).toEqual([{ unitId: unit.id, kind: 'changed', before: { text: translationOf(unit, 'ja'), fallback: false }, after: { text: '[ja] 書き直した二番目の文。', fallback: false } }]);
    expect((await get(pages.publication(projectId, 'ja'))).text).toContain('書き直した');
    const first = await get(pages.publicationVersion(projectId, 'ja', 1));
    expect(first.text).toContain(translationOf(unit, 'ja'));
    expect(first.text).not.toContain('書き直した');
    expect((await overview('ja')).versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('cannot be changed or deleted, even in the database', async () => {
    const row = server.db.updateTable('publications').set({ document: '{}' }).where('version', '=', 1).execute();
    await expect(row).rejects.toThrow(/immutable/);
    await expect(server.db.deleteFrom('publications').where('version', '=', 1).execute()).rejects.toThrow(/immutable/);
    expect((await get(pages.publicationVersion(projectId, 'ja', 1))).status).toBe(200);
  });

  it('are served in every registered format, by extension or ?format=, with the same text', async () => {
    const unit = (await unitsOf('ja'))[0]!;
    for (const format of publicationFormats) {
      for (const path of [pages.publicationVersion(projectId, 'ja', 1, format.extension), `${pages.publicationVersion(projectId, 'ja', 1)}?format=${format.id}`]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.type, path).toBe(format.mediaType);
        expect(textsOf(res.bytes), path).toContain(translationOf(unit, 'ja'));
      }
    }
    expect((await get(`${pages.publication(projectId, 'ja')}?format=pdf`)).status).toBe(404);
  });

  it('publish with source fallback only when the coordinator asks, and then the page says so', async () => {
    const [first, second] = await unitsOf('fr');
    await approve(first!, 'fr');
    expect((await publish('fr')).status).toBe(409);
    const res = await publish('fr', { allowFallback: true });
    expect(res.status).toBe(201);
    expect((await res.json()) as PublicationVersionView).toMatchObject({ version: 1, withFallback: true });
    const page = (await get(pages.publication(projectId, 'fr'))).text;
    expect(page).toContain(translationOf(first!, 'fr'));
    expect(page).toContain(contentText(second!.source));
    expect(page).toContain('class="fallback"');
    expect(page).toMatch(/class="notice"/);
  });

  it('link every released language to the others with hreflang, relatively', async () => {
    const page = (await get(pages.publication(projectId, 'ja'))).text;
    expect(page).toContain('<link rel="alternate" hreflang="fr" href="fr">');
    expect((await get(pages.publicationVersion(projectId, 'fr', 1))).text).toContain('<link rel="alternate" hreflang="ja" href="../ja">');
  });
});

describe('an embargo', () => {
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
  let version: number;

  it('refuses a time that does not exist with 422', async () => {
    const res = await publish('es', { allowFallback: true, embargoUntil: '2026-02-30T09:00:00+01:00' });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).code).toBe('date.impossible');
    expect((await publish('es', { allowFallback: true, embargoUntil: '2026-05-01T25:00:00Z' })).status).toBe(422);
    expect((await overview('es')).versions).toEqual([]);
  });

  it('keeps a version answering 404 on every public route, the bundle and the other languages’ links until its time', async () => {
    await approveAll('es');
    const res = await publish('es', { embargoUntil: tomorrow() });
    expect(res.status).toBe(201);
    const published = (await res.json()) as PublicationVersionView;
    version = published.version;
    expect(published.released).toBe(false);
    for (const output of await publicOutputs('es', version)) {
      if (output.path === pages.bundle(projectId)) {
        expect(output.status).toBe(200);
        expect(output.text).not.toContain('[es]');
      } else expect(output.status, output.path).toBe(404);
    }
    expect((await get(pages.publication(projectId, 'ja'))).text).not.toContain('hreflang="es"');
  });

  it('answers the same localized 404 page as for a page that never existed', async () => {
    const embargoed = await get(pages.publication(projectId, 'es'));
    const never = await get(pages.publicationVersion(projectId, 'es', 99));
    expect(embargoed.type).toMatch(/^text\/html/);
    expect(embargoed.text).toBe(never.text);
    expect(embargoed.text).toMatch(/<html lang="es" dir="ltr">/);
    expect(embargoed.text).toContain('Página no encontrada');
    const unknown = await get(pages.publication(999_999, 'xx'), undefined, { 'Accept-Language': 'fr-CH, fr;q=0.9, en;q=0.5' });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toMatch(/<html lang="fr"/);
    expect((await get(pages.publication(projectId, 'ar'))).text).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('shows the embargoed version to members at its own address, and to everyone once lifted', async () => {
    expect((await get(pages.publicationVersion(projectId, 'es', version), coordinator)).status).toBe(200);
    expect((await get(pages.publication(projectId, 'es'), coordinator)).status).toBe(404);
    const lifted = await coordinator.json<PublicationVersionView>('PUT', api.publicationEmbargo(projectId, 'es', version), { embargoUntil: null });
    expect(lifted).toMatchObject({ embargoUntil: null, released: true });
    expect((await get(pages.publication(projectId, 'es'))).status).toBe(200);
    expect((await coordinator.send('PUT', api.publicationEmbargo(projectId, 'es', version), { embargoUntil: '2026-13-01T00:00Z' })).status).toBe(422);
  });
});

describe('the members’ preview', () => {
  it('sends a signed-out visitor to sign in, and back', async () => {
    const res = await get(pages.preview(projectId, 'ar'));
    expect(res.status).toBe(303);
    expect(res.location).toBe(pages.signIn(pages.preview(projectId, 'ar')));
  });

  it('shows drafts marked as not approved yet, and the public never sees one', async () => {
    const [unit] = await unitsOf('ar');
    await save(unit!, 'ar', 'مسودة لم تعتمد بعد.');
    const preview = await get(pages.preview(projectId, 'ar'), translator);
    expect(preview.status).toBe(200);
    expect(preview.text).toMatch(/class="draft"[^>]*>مسودة لم تعتمد بعد\./);
    expect((await publish('ar', { allowFallback: true })).status).toBe(201);
    for (const output of await publicOutputs('ar', 1)) {
      expect(output.status, output.path).toBe(200);
      expect(output.text, output.path).not.toContain('مسودة');
    }
  });
});

describe('the order of signatories', () => {
  const NAMES = ['Zeta Network', 'École Libre', 'Alpha Collective', 'beta Group'];
  let signed: number;
  /** The signatories of a page, in the order it lists them. */
  const signatoriesOf = (html: string) => [...html.matchAll(/<li><bdi>(?:<span[^>]*>)?([^<]+)/g)].map((m) => m[1]);
  const settings = (body: object, client = coordinator) => client.send('PUT', api.publicationSettings(signed, 'fr'), body);
  const orderOf = async () => (await coordinator.json<PublicationOverview>('GET', api.publications(signed, 'fr'))).signatoryOrder;

  beforeAll(async () => {
    const text = `A short statement for the order test.\n\nSigned by:\n${NAMES.join('\n')}\n`;
    signed = (await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Signatory order test', sourceLang: 'en', targetLangs: ['fr'], text })).id;
    await addDemoTranslatorAndReviewer(server, signed);
  });

  it('follows the source until the coordinator chooses the language’s alphabetical order, for the preview and the published version', async () => {
    expect(await orderOf()).toBe('source');
    expect(signatoriesOf((await get(pages.preview(signed, 'fr'), coordinator)).text)).toEqual(NAMES);

    expect((await settings({ signatoryOrder: 'collation' }, translator)).status).toBe(403);
    const refused = await settings({ signatoryOrder: 'alphabetical' });
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).code).toBe('request.invalid');
    expect(await orderOf()).toBe('source');

    expect((await settings({ signatoryOrder: 'collation' })).status).toBe(204);
    expect(await orderOf()).toBe('collation');
    const collated = ['Alpha Collective', 'beta Group', 'École Libre', 'Zeta Network'];
    expect(signatoriesOf((await get(pages.preview(signed, 'fr'), coordinator)).text)).toEqual(collated);
    // Choosing the order leaves the fallback choice as it was.
    expect((await coordinator.json<LanguageView>('GET', api.language(signed, 'fr'))).allowFallback).toBe(false);
    expect((await coordinator.send('POST', api.publications(signed, 'fr'), { allowFallback: true })).status).toBe(201);
    expect(signatoriesOf((await get(pages.publication(signed, 'fr'))).text)).toEqual(collated);

    expect((await settings({ signatoryOrder: 'source' })).status).toBe(204);
    expect(signatoriesOf((await get(pages.preview(signed, 'fr'), coordinator)).text)).toEqual(NAMES);
  });
});

describe('credits', () => {
  it('are each volunteer’s own choice, under a name of their choosing, never an e-mail address', async () => {
    expect(await translator.json<CreditView>('GET', api.credit(projectId, 'ja'))).toEqual({ lang: 'ja', name: null, roles: ['translator'], suggestedName: 'Demo Translator' });
    const refused = await translator.send('PUT', api.credit(projectId, 'ja'), { name: 'kei@example.org' });
    expect(refused.status).toBe(422);
    expect((await problemOf(refused)).code).toBe('credit.email');
    expect(await translator.json<CreditView>('PUT', api.credit(projectId, 'ja'), { name: 'Kei (pseudonym)' })).toMatchObject({ name: 'Kei (pseudonym)' });
    expect(await reviewer.json<CreditView>('PUT', api.credit(projectId, 'ja'), { name: 'Reviewer R.' })).toMatchObject({ roles: ['reviewer'] });
  });

  it('appear in every format of the next version, and no e-mail address appears in any output', async () => {
    const version = ((await (await publish('ja')).json()) as PublicationVersionView).version;
    const emails = (await server.db.selectFrom('users').select('email').execute()).map((u) => u.email);
    expect(emails.length).toBeGreaterThan(0);
    for (const output of await publicOutputs('ja', version)) {
      expect(output.status, output.path).toBe(200);
      expect(output.text, output.path).toContain('Kei (pseudonym)');
      expect(output.text, output.path).toContain('Reviewer R.');
      for (const email of emails) expect(output.text, output.path).not.toContain(email);
      expect(output.text, output.path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    }
    // An earlier version keeps the credits it was published with.
    expect((await get(pages.publicationVersion(projectId, 'ja', 1))).text).not.toContain('Kei (pseudonym)');
  });

  it('stop at the next version once a volunteer withdraws', async () => {
    await translator.json('PUT', api.credit(projectId, 'ja'), { name: null });
    const version = ((await (await publish('ja')).json()) as PublicationVersionView).version;
    expect((await get(pages.publicationVersion(projectId, 'ja', version))).text).not.toContain('Kei (pseudonym)');
  });
});

describe('the bundle', () => {
  it('holds every released language in every format, an index linking them relatively, and a manifest with each file’s SHA-256', async () => {
    const res = await get(pages.bundle(projectId));
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/zip');
    const files = unzipSync(res.bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      sourceLang: string;
      languages: { lang: string; version: number; sourceRevision: number; files: { path: string; format: string }[] }[];
      sha256: Record<string, string>;
    };
    const released = ['ar', 'es', 'fr', 'ja'];
    expect(manifest.languages.map((l) => l.lang)).toEqual(released);
    expect(manifest.languages.find((l) => l.lang === 'ja')).toMatchObject({ version: 4, sourceRevision: 1 });
    const expected = ['index.html', ...released.flatMap((lang) => publicationFormats.map((f) => `${lang}.${f.extension}`))];
    expect(Object.keys(files).sort()).toEqual([...expected, 'manifest.json'].sort());
    expect(Object.keys(manifest.sha256).sort()).toEqual(expected.sort());
    for (const [path, hash] of Object.entries(manifest.sha256)) expect(createHash('sha256').update(files[path]!).digest('hex'), path).toBe(hash);

    const index = strFromU8(files['index.html']!);
    for (const lang of released) expect(index).toContain(`href="${lang}.html" hreflang="${lang}"`);
    expect(index).not.toMatch(/href="(\/|https?:)/);
    expect(strFromU8(files['ja.html']!)).toContain('<link rel="alternate" hreflang="fr" href="fr.html">');
  });
});
