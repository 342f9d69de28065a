/**
 * Long XLIFF and TMX files are read as they arrive and written a batch at a time in one
 * transaction: a file that turns out bad near its end leaves nothing stored, and an upload over
 * the limit is refused while it is still being sent.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { importXliff } from '../src/services/exchange.ts';
import { importTmx } from '../src/services/memoryImport.ts';
import type { Actor } from '../src/services/actor.ts';
import { type Client, problemOf, startDemoServer, type TestServer } from './harness.ts';

const LIMIT = 2 * 1024 * 1024;
const operator: Actor = { kind: 'operator', name: 'streaming test' };

let server: TestServer;
let coordinator: Client;
let projectId: number;
let goodXliff: string;

beforeAll(async () => {
  ({ server, coordinator } = await startDemoServer({ xliffBytes: LIMIT }));
  // 1,500 sentences: three batches of units.
  const text = Array.from({ length: 150 }, (_, p) => Array.from({ length: 10 }, (_, s) => `Sentence ${s} of paragraph ${p} asks for something.`).join(' ')).join('\n\n');
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Long statement', sourceLang: 'en', targetLangs: ['fr'], text });
  projectId = project.id;
  const exported = await coordinator.send('GET', api.xliff(projectId, 'fr'));
  goodXliff = (await exported.text()).replace(/(<source>([^<]*)<\/source>)/g, '$1<target state="translated">FR $2</target>');
});
afterAll(() => server?.close());

const frenchUnits = async () => (await coordinator.json<LanguageView>('GET', api.language(projectId, 'fr'))).units;
const memorySize = async () => Number((await server.db.selectFrom('tm_entries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** The bytes of `text` as a file read in 64 KB chunks. */
async function* chunked(text: string): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024);
}

/** The same text with `replacement` in place of the last `pattern`. */
function atTheEnd(text: string, pattern: string, replacement: string): string {
  const at = text.lastIndexOf(pattern);
  return text.slice(0, at) + replacement + text.slice(at + pattern.length);
}

const deep = (inner: string) => '<mrk mtype="x">'.repeat(70) + inner + '</mrk>'.repeat(70);
const padding = (bytes: number) => `<!-- ${'x'.repeat(bytes)} -->\n`;

/** Ways a file can be bad in its last lines, with the refusal's code. */
const xliffNearTheEnd: [string, (xml: string) => string, string][] = [
  ['malformed XML', (xml) => atTheEnd(xml, '</body>', '<broken></body>'), 'xml.malformed'],
  ['hostile nesting', (xml) => atTheEnd(xml, '</target>', deep('x') + '</target>'), 'xml.too-deep'],
  ['text Tessera cannot store', (xml) => atTheEnd(xml, '</target>', '&#x85;</target>'), 'text.unstorable'],
  ['a second file', (xml) => atTheEnd(xml, '</xliff>', '<file original="x" source-language="en" datatype="plaintext"><body/></file></xliff>'), 'xliff.invalid'],
];

describe('a long XLIFF file', () => {
  it('is several batches long, and imports whole when it is good', async () => {
    expect(goodXliff.length).toBeGreaterThan(100_000);
    const summary = await importXliff(server.db, operator, projectId, chunked(goodXliff), { maxBytes: LIMIT });
    expect(summary).toMatchObject({ lang: 'fr', updated: 1500, unknown: [] });
    // Back as it was, for the refusals below.
    const undone = await importXliff(server.db, operator, projectId, chunked(goodXliff.replace(/<target state="translated">FR [^<]*<\/target>/g, '<target state="needs-translation"></target>')), { maxBytes: LIMIT });
    expect(undone.updated).toBe(1500);
  });

  it.each(xliffNearTheEnd)('with %s near its end is refused over HTTP, and no unit changes', async (_name, spoil, code) => {
    const before = await frenchUnits();
    const res = await coordinator.send('POST', api.xliff(projectId, 'fr'), new TextEncoder().encode(spoil(goodXliff)), { raw: true });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await problemOf(res)).code).toBe(code);
    expect(await frenchUnits()).toEqual(before);
  });

  it.each(xliffNearTheEnd)('with %s near its end is refused when read as a stream, and no unit changes', async (_name, spoil, code) => {
    const before = await frenchUnits();
    await expect(importXliff(server.db, operator, projectId, chunked(spoil(goodXliff)), { maxBytes: LIMIT })).rejects.toMatchObject({ code });
    expect(await frenchUnits()).toEqual(before);
  });

  it('over the limit only by its last bytes is refused as they arrive, and no unit changes', async () => {
    const before = await frenchUnits();
    const long = goodXliff + padding(LIMIT - new TextEncoder().encode(goodXliff).length);
    await expect(importXliff(server.db, operator, projectId, chunked(long), { maxBytes: LIMIT })).rejects.toMatchObject({ code: 'input.too-large' });
    expect(await frenchUnits()).toEqual(before);
  });
});

const ENTRIES = 3000;
const goodTmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
${Array.from({ length: ENTRIES }, (_, i) => `<tu><tuv xml:lang="en"><seg>Civic space entry ${i} needs protection.</seg></tuv><tuv xml:lang="fr"><seg>L’entrée ${i} de l’espace civique doit être protégée.</seg></tuv></tu>`).join('\n')}
</body></tmx>
`;

const tmxNearTheEnd: [string, (tmx: string) => string, string][] = [
  ['malformed XML', (tmx) => atTheEnd(tmx, '</body>', '<tu><tuv xml:lang="en"><seg>x</tuv></tu></body>'), 'xml.malformed'],
  ['hostile nesting', (tmx) => atTheEnd(tmx, '</seg>', '<hi>'.repeat(70) + 'x' + '</hi>'.repeat(70) + '</seg>'), 'xml.too-deep'],
  ['text Tessera cannot store', (tmx) => atTheEnd(tmx, '</seg>', '&#x85;</seg>'), 'text.unstorable'],
  ['a <tuv> without language', (tmx) => atTheEnd(tmx, '<tuv xml:lang="fr">', '<tuv>'), 'tmx.invalid'],
];

describe('a long TMX file', () => {
  it.each(tmxNearTheEnd)('with %s near its end is refused over HTTP, and the memory stays as it was', async (_name, spoil, code) => {
    const before = await memorySize();
    const res = await coordinator.send('POST', api.memoryImport('long.tmx'), new TextEncoder().encode(spoil(goodTmx)), { raw: true });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await problemOf(res)).code).toBe(code);
    expect(await memorySize()).toBe(before);
  });

  it.each(tmxNearTheEnd)('with %s near its end is refused when read as a stream, and the memory stays as it was', async (_name, spoil, code) => {
    const before = await memorySize();
    await expect(importTmx(server.db, operator, chunked(spoil(goodTmx)), { maxBytes: LIMIT, origin: 'long.tmx' })).rejects.toMatchObject({ code });
    expect(await memorySize()).toBe(before);
  });

  it('over the limit only by its last bytes is refused as they arrive, and the memory stays as it was', async () => {
    const before = await memorySize();
    const long = goodTmx + padding(LIMIT - new TextEncoder().encode(goodTmx).length);
    await expect(importTmx(server.db, operator, chunked(long), { maxBytes: LIMIT, origin: 'long.tmx' })).rejects.toMatchObject({ code: 'input.too-large' });
    expect(await memorySize()).toBe(before);
  });

  it('imports whole when it is good, several batches in one go', async () => {
    const before = await memorySize();
    const res = await coordinator.send('POST', api.memoryImport('long.tmx'), new TextEncoder().encode(goodTmx), { raw: true });
    expect(await res.json()).toEqual({ entries: ENTRIES, pairs: { 'en→fr': ENTRIES } });
    expect(await memorySize()).toBe(before + ENTRIES);
  });
});

/**
 * Sends `total` bytes of a TMX file as a chunked upload (no declared length), a piece at a time, until
 * the server answers: the answer, and how many bytes had been sent when it came.
 */
function streamUpload(client: Client, total: number): Promise<{ status: number; code: string; sentWhenAnswered: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url + api.memoryImport('endless.tmx'));
    const req = http.request(url, { method: 'POST', headers: { ...client.identity(), 'content-type': 'application/octet-stream' } });
    let sent = 0;
    let answered = false;
    const piece = Buffer.from(`<tu><tuv xml:lang="en"><seg>${'a'.repeat(16 * 1024)}</seg></tuv></tu>\n`);
    req.on('response', (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, code: body === '' ? '' : (JSON.parse(body) as { code: string }).code, sentWhenAnswered });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.write('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>\n');
    const next = (): void => {
      if (answered) return;
      if (sent >= total) {
        req.end('</body></tmx>');
        return;
      }
      sent += piece.length;
      req.write(piece, () => setTimeout(next, 1));
    };
    next();
  });
}

describe('an upload over the limit', () => {
  it('is refused while it is being sent, long before its end, and stores nothing', async () => {
    const before = await memorySize();
    const answer = await streamUpload(coordinator, 20 * LIMIT);
    expect(answer).toMatchObject({ status: 413, code: 'input.too-large' });
    expect(answer.sentWhenAnswered).toBeLessThan(2 * LIMIT);
    expect(await memorySize()).toBe(before);
  });
});
