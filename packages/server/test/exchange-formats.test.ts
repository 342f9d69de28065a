import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText, readXliff20, writeXliff20 } from '@tessera/core';
import { api, type EditorUnit, type ImportSummary, type LanguageView, type MemoryImportSummary, type ProjectSummary } from '@tessera/core/contract';
import { Client, problemOf, tempDataDir, type TestServer, startDemoServer, addDemoTranslatorAndReviewer } from './harness.ts';

const schemas = new URL('../../../../shared/conformance/schemas/', import.meta.url).pathname;
const tmxKit = new URL('../../../../shared/conformance/tmx-compliance-kit/', import.meta.url).pathname;

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;
const scratch = tempDataDir();

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), {
    name: 'Formats',
    sourceLang: 'en',
    targetLangs: ['fr', 'ja'],
    format: 'markdown',
    text: '# A Call for Open Networks\n\nWe **urge** the assembly to act now. Read [the draft](https://example.org/draft) today.\n\n- First demand;\n- Second demand.\n',
  });
  projectId = project.id;
  await addDemoTranslatorAndReviewer(server, projectId);
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const units = async (lang = 'fr') => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const download = async (lang: string, format: 'xliff12' | 'xliff20') => (await translator.send('GET', api.xliff(projectId, lang, format))).text();
const upload = async (lang: string, xml: string, client = translator) => client.send('POST', api.xliff(projectId, lang), new TextEncoder().encode(xml), { raw: true });
const file = (name: string, text: string) => {
  const at = path.join(scratch, name);
  fs.writeFileSync(at, text);
  return at;
};
const xmllint = (...args: string[]) => execFileSync('xmllint', ['--nonet', '--noout', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('XLIFF 2.0', () => {
  it('exports a unit per paragraph with a segment per sentence, valid against the XLIFF 2 schemas', async () => {
    const xml = await download('fr', 'xliff20');
    expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    const doc = readXliff20(xml);
    const paragraph = doc.groups.find((g) => g.units.length === 2)!;
    expect(paragraph.units.map((u) => contentText(u.source))).toEqual(['We urge the assembly to act now.', 'Read the draft today.']);
    expect(paragraph.units[0]!.source).toContainEqual(expect.objectContaining({ name: 'strong' }));
    xmllint('--schema', path.join(schemas, 'xliff2/xliff_core_2.0.xsd'), file('fr.xlf2', xml));
  });

  it('round-trips: an export imported with no edit changes nothing, and the next export is the same byte for byte', async () => {
    for (const format of ['xliff12', 'xliff20'] as const) {
      const before = await units();
      const first = await download('fr', format);
      expect(await (await upload('fr', first)).json()).toMatchObject({ updated: 0, unknown: [], codeWarnings: [] });
      expect(await units()).toEqual(before);
      expect(await download('fr', format)).toBe(first);
    }
  });

  it('brings back translations with their formatting, and flags (but keeps) formatting a translator moved or dropped', async () => {
    const doc = readXliff20(await download('fr', 'xliff20'));
    const [urge, read] = doc.groups.find((g) => g.units.length === 2)!.units;
    // Keep the bold around the right word…
    urge!.target = urge!.source.map((p) => (p === 'We ' ? 'Nous ' : p === 'urge' ? 'exhortons' : p === ' the assembly to act now.' ? " l'assemblée à agir." : p));
    urge!.state = 'translated';
    // …and drop the link from the other sentence.
    read!.target = ['Lisez le projet aujourd’hui.'];
    read!.state = 'translated';
    const res = await upload('fr', writeXliff20(doc));
    const summary = (await res.json()) as ImportSummary;
    expect(summary).toMatchObject({ updated: 2, codeWarnings: [Number(read!.id)] });
    const after = await units();
    const urged = after.find((u) => String(u.id) === urge!.id)!;
    expect(urged.target).toEqual(urge!.target);
    expect(urged.qa).toEqual([]);
    expect(after.find((u) => String(u.id) === read!.id)!.qa.map((q) => q.check)).toContain('inline-codes');
  });
});

describe('translate-toolkit as a peer', () => {
  it('reads our XLIFF 1.2 (xliff2po yields every unit), and its po2xliff output imports', async () => {
    const xliff = file('ja.xlf', await download('ja', 'xliff12'));
    const po = path.join(scratch, 'ja.po');
    execFileSync('xliff2po', [xliff, po], { stdio: 'ignore' });
    const translatable = (await units('ja')).filter((u) => u.translate);
    const msgids = fs.readFileSync(po, 'utf8').split('\n\n').filter((entry) => /^msgid "(?!")/m.test(entry) || /^msgid ""\n"/m.test(entry)).length;
    expect(msgids).toBe((await units('ja')).length);

    // A volunteer translates in a PO editor; po2xliff makes XLIFF again.
    const title = translatable[0]!;
    const translated = fs.readFileSync(po, 'utf8').replace(/(#: \d+\nmsgid "A Call for Open Networks"\nmsgstr )""/, '$1"開かれたネットワークを求める声明"');
    fs.writeFileSync(po, translated);
    const back = path.join(scratch, 'ja-back.xlf');
    execFileSync('po2xliff', [po, back], { stdio: 'ignore' });
    const res = await upload('ja', fs.readFileSync(back, 'utf8'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as ImportSummary).updated).toBe(1);
    expect((await units('ja')).find((u) => u.id === title.id)!.target).toEqual(['開かれたネットワークを求める声明']);
  });
});

describe('TMX', () => {
  it('exports the approved translations as TMX 1.4b valid against its DTD', async () => {
    // A unit without formatting: a plain text is its whole translation (a unit with bold would lack it, an error no approval accepts).
    const unit = (await units('ja')).find((u) => u.translate && u.state === 'untranslated' && u.source.every((part) => typeof part === 'string'))!;
    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'ja', unit.id), { target: ['最初の要求。'], baseRevision: unit.revision });
    await reviewer.json('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
    const res = await translator.send('GET', api.tmx(projectId, 'ja'));
    const tmx = await res.text();
    expect(res.headers.get('content-type')).toContain('tmx');
    expect(tmx).toContain('<seg>最初の要求。</seg>');
    expect(tmx).not.toContain('Lisez');
    xmllint('--dtdvalid', path.join(schemas, 'tmx/tmx14.dtd'), file('ja.tmx', tmx));
  });

  it('imports a TMX file into the translation memory, and refuses a hostile one', async () => {
    const kit = fs.readdirSync(tmxKit, { recursive: true }).map(String).find((f) => f.endsWith('.tmx'))!;
    const bytes = fs.readFileSync(path.join(tmxKit, kit));
    const res = await coordinator.send('POST', api.memoryImport(), bytes, { raw: true });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as MemoryImportSummary;
    expect(summary.entries).toBeGreaterThan(0);
    const stored = await server.db.selectFrom('tm_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(summary.entries);

    const hostile = await coordinator.send('POST', api.memoryImport(), new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x "boom">]><tmx version="1.4"><body/></tmx>'), { raw: true });
    expect(hostile.status).toBe(400);
    expect((await problemOf(hostile)).code).toBe('xml.dtd-forbidden');
    expect((await translator.send('POST', api.memoryImport(), bytes, { raw: true })).status).toBe(403);
    const after = await server.db.selectFrom('tm_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(summary.entries);
  });
});
