import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText, writeXliff12, writeXliff20, type XliffDocument } from '@tessera/core';
import { api, pages, type EditorUnit, type InviteCreated, type JoinRequestView, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client, addDemoTranslatorAndReviewer, startDemoServer, tempDataDir, type TestServer } from './harness.ts';
import { testDatabaseKind } from './database.ts';
import { publicPage } from './publicPage.ts';

/**
 * Arbitrary Unicode (lone surrogates, controls, U+FFFE/U+FFFF, markup characters…) through every
 * write path over HTTP; after each run every export validates against its schema, the public page
 * and the preview render, and no answer was a server error.
 */

const schemas = new URL('../../../../shared/conformance/schemas/', import.meta.url).pathname;
const RUNS = 8;

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;
let scratch: string;
/** Every answer of the run: method, path and status. */
const answers: { request: string; status: number }[] = [];

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), {
    name: 'Anything',
    sourceLang: 'en',
    targetLangs: ['fr'],
    format: 'markdown',
    text: '# A title\n\nRead [the draft](https://example.org/draft) now. A second sentence. A third one.\n\nAnother paragraph here.\n',
  });
  projectId = project.id;
  await addDemoTranslatorAndReviewer(server, projectId);
  scratch = tempDataDir();
}, 60_000);
afterAll(async () => {
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** Sends a request and records its status. */
async function send(client: Client, method: string, at: string, body?: unknown, raw = false): Promise<Response> {
  const res = await client.send(method, at, body, { raw });
  answers.push({ request: `${method} ${at}`, status: res.status });
  return res;
}

const BAD = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: utf16Unit, maxLength: 4 }),
  fc.constantFrom(...BAD),
  fc.constantFrom('&', '<b>', ']]>', '&#1;', '&amp;', ' ', '\n', '\t', '\r\n', 'Word.', 'مرحبا', '😀', '**bold**', '[link](javascript:x)'),
);
const anyText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const format = fc.constantFrom('text', 'markdown', 'html');

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const units = async () => (await coordinator.json<LanguageView>('GET', api.language(projectId, 'fr'))).units.filter((u) => u.translate);

/** A one-unit XLIFF file for `unit` whose target is `target`, written into the XML as it is (markup characters escaped). */
function xliffWithTarget(version: '1.2' | '2.0', unit: EditorUnit, target: string, cp: number): string {
  const document: XliffDocument = {
    original: `tessera:project/${projectId}`,
    sourceLang: 'en',
    targetLang: 'fr',
    groups: [{ id: `b${unit.blockId}`, kind: 'paragraph', units: [{ id: String(unit.id), source: unit.source, target: ['PLACEHOLDER'], state: 'translated', translate: true, notes: [] }] }],
  };
  if (version === '1.2') return writeXliff12(document).replace('PLACEHOLDER', escapeXml(target));
  return writeXliff20(document).replace('PLACEHOLDER', `${escapeXml(target)}<cp hex="${cp.toString(16)}"/>`);
}

function tmxWith(source: string, target: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>${escapeXml(source)}</seg></tuv><tuv xml:lang="fr"><seg>${escapeXml(target)}</seg></tuv></tu></body></tmx>`;
}

let run = 0;

/** Every write path, each with the arbitrary text. */
async function writeEverywhere(text: string, other: string, sourceFormat: string, offset: number, cp: number): Promise<void> {
  run++;
  const [first, second, third] = await units();
  const enc = (s: string) => new TextEncoder().encode(s);

  // A translation, approved when taken; a suggestion and a comment on it.
  let saved = await send(translator, 'PUT', api.translation(projectId, 'fr', first!.id), { target: [text], baseRevision: first!.revision });
  if (saved.ok) {
    const unit = (await saved.json()) as EditorUnit;
    if (unit.state !== 'untranslated') await send(reviewer, 'POST', api.review(projectId, 'fr', unit.id), { decision: 'approve', baseRevision: unit.revision });
  }
  await send(translator, 'POST', api.suggestions(projectId, 'fr', first!.id), { target: [other] });
  await send(translator, 'POST', api.comments(projectId, 'fr', first!.id), { body: text });

  // A rejection with the text as its reason.
  saved = await send(translator, 'PUT', api.translation(projectId, 'fr', second!.id), { target: [`Deuxième ${run}.`], baseRevision: second!.revision });
  if (saved.ok) await send(reviewer, 'POST', api.review(projectId, 'fr', second!.id), { decision: 'reject', comment: text, baseRevision: ((await saved.json()) as EditorUnit).revision });

  // The source: an edit, and a split (its base source is the text: refused or stale, never stored).
  await send(coordinator, 'PUT', api.unitSource(projectId, third!.id), { source: [`${other} ${run}.`], baseSource: third!.source, change: 'typo' });
  await send(coordinator, 'POST', api.splitUnit(projectId, third!.id), { offset, baseSource: [text] });
  const current = (await units()).find((u) => u.id === third!.id);
  if (current) await send(coordinator, 'POST', api.splitUnit(projectId, current.id), { offset: Math.min(offset, contentText(current.source).length), baseSource: current.source });

  // A project from the text (its name too), and a new version of its source.
  const created = await send(coordinator, 'POST', api.projects(), { name: `P${run} ${text}`, sourceLang: 'en', targetLangs: ['fr'], format: sourceFormat, text: `${text}\n\nSecond ${other}.` });
  if (created.ok) {
    const project = (await created.json()) as ProjectSummary;
    await send(coordinator, 'POST', api.revisions(project.id), { format: sourceFormat, text: `${other}\n\n${text}`, baseRevision: project.sourceRevision });
  }

  // Someone accepts an invitation under the text as their name.
  const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['fr'] });
  const newcomer = new Client(server.url);
  await newcomer.init();
  if ((await send(newcomer, 'POST', api.askToJoin(invite.token), { name: text, email: `person${run}@example.org`, password: 'a long enough password' })).ok) {
    const request = (await coordinator.json<JoinRequestView[]>('GET', api.joinRequests(projectId))).find((r) => r.email === `person${run}@example.org`)!;
    await send(coordinator, 'POST', api.approveJoinRequest(projectId, request.id));
  }

  // Files: XLIFF 1.2 and 2.0 with the text as a target, a TMX file with it (and its name).
  const [unit] = await units();
  await send(translator, 'POST', api.xliff(projectId, 'fr'), enc(xliffWithTarget('1.2', unit!, other, cp)), true);
  await send(translator, 'POST', api.xliff(projectId, 'fr'), enc(xliffWithTarget('2.0', unit!, text, cp)), true);
  // (A file name in a URL is UTF-8: a browser sends half a surrogate pair as U+FFFD.)
  await send(coordinator, 'POST', api.memoryImport(`m${run}${text}`.slice(0, 50).replace(/[\uD800-\uDFFF]/gu, '\uFFFD')), enc(tmxWith(text, other)), true);
}

function xmllint(name: string, content: string, ...args: string[]): void {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, content);
  try {
    execFileSync('xmllint', ['--nonet', '--noout', ...args, file], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${name} is not valid: ${(error as { stderr?: Buffer }).stderr?.toString() ?? ''}`);
  }
}

/** What must hold after every run. */
async function everythingStillWorks(): Promise<void> {
  const get = async (client: Client, at: string) => {
    const res = await send(client, 'GET', at);
    expect(res.status, at).toBe(200);
    return res.text();
  };
  xmllint('fr.xlf', await get(translator, api.xliff(projectId, 'fr', 'xliff12')), '--schema', path.join(schemas, 'xliff12/xliff-core-1.2-strict.xsd'));
  xmllint('fr.xlf2', await get(translator, api.xliff(projectId, 'fr', 'xliff20')), '--schema', path.join(schemas, 'xliff2/xliff_core_2.0.xsd'));
  xmllint('fr.tmx', await get(translator, api.tmx(projectId, 'fr')), '--dtdvalid', path.join(schemas, 'tmx/tmx14.dtd'));
  await get(coordinator, pages.preview(projectId, 'fr'));
  await publicPage(server, coordinator, projectId, 'fr');
  await get(translator, api.language(projectId, 'fr'));
  const errors = answers.filter((a) => a.status >= 500);
  expect(errors).toEqual([]);
}

describe(`arbitrary text through every write path (${testDatabaseKind})`, () => {
  it('is stored cleaned or refused with a coded 4xx, never breaks an export or a page, never answers 500', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, format, fc.nat({ max: 40 }), fc.integer({ min: 0, max: 0x10ffff }), async (text, other, sourceFormat, offset, cp) => {
        await writeEverywhere(text, other, sourceFormat, offset, cp);
        await everythingStillWorks();
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // The runs did reach the database: some writes were taken, some refused as unstorable.
    expect(answers.some((a) => a.status === 422)).toBe(true);
    expect(answers.filter((a) => a.status < 300).length).toBeGreaterThan(RUNS * 5);
  }, 120_000);
});
