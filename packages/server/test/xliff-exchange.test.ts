import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type HistoryEvent, type ImportSummary, type LanguageView } from '@tessera/core/contract';
import { readXliff12, writeXliff12 } from '@tessera/core';
import { Client, type TestServer, problemOf, startDemoServer } from './harness.ts';

let server: TestServer;
let translator: Client;
let coordinator: Client;
let projectId: number;

beforeAll(async () => {
  ({ server, translator, coordinator, demoProjectId: projectId } = await startDemoServer({ xliffBytes: 64 * 1024 }));
});
afterAll(() => server?.close());

const units = async (lang = 'ja') => (await translator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const exportFile = async (lang = 'ja') => {
  const res = await translator.send('GET', api.xliff(projectId, lang));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="?[\\w.-]+\\.${lang}\\.xlf"?$`));
  return res.text();
};
const upload = (xml: string, lang = 'ja', client = translator) => client.send('POST', api.xliff(projectId, lang), new TextEncoder().encode(xml), { raw: true });

function unitXliff(id: number, source: string, target: string, original = `tessera:project/${projectId}`, targetLang = 'ja'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="${original}" source-language="en" target-language="${targetLang}" datatype="plaintext">
    <body>
      <trans-unit id="${id}"><source>${source}</source><target state="translated">${target}</target></trans-unit>
    </body>
  </file>
</xliff>`;
}

describe('XLIFF 1.2 out and in', () => {
  it('exports every unit, and an edited file brings the translation back with the importer in the history', async () => {
    const xml = await exportFile();
    const file = readXliff12(xml);
    const exported = file.groups.flatMap((g) => g.units);
    const all = await units();
    expect(exported.map((u) => u.id)).toEqual(all.map((u) => String(u.id)));
    expect(exported.filter((u) => !u.translate).length).toBe(all.filter((u) => !u.translate).length);

    const target = exported.find((u) => u.translate)!;
    target.target = ['CATツールで訳した文。'];
    target.state = 'translated';
    const res = await upload(writeXliff12(file));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual<ImportSummary>({ lang: 'ja', updated: 1, unchanged: exported.length - 1, unknown: [], codeWarnings: [], codesReplaced: [] });

    const unit = (await units()).find((u) => String(u.id) === target.id)!;
    expect(unit).toMatchObject({ target: ['CATツールで訳した文。'], state: 'translated', updatedBy: 'Demo Translator' });
    const [event] = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'ja', unit.id));
    expect(event).toMatchObject({ kind: 'import', user: 'Demo Translator', stateAfter: 'translated' });
  });

  it('changes nothing when the exported file comes straight back', async () => {
    const before = await units();
    const res = await upload(await exportFile());
    expect(await res.json()).toMatchObject({ updated: 0, unknown: [] });
    expect(await units()).toEqual(before);
  });

  it('reads a file written by hand in another tool', async () => {
    const unit = (await units()).filter((u) => u.translate)[1]!;
    const res = await upload(unitXliff(unit.id, 'ignored', '手で書いた &amp; 訳'));
    expect(res.status).toBe(200);
    expect((await units()).find((u) => u.id === unit.id)!.target).toEqual(['手で書いた & 訳']);
  });

  it('reports unit ids the project does not have instead of dropping them silently', async () => {
    const res = await upload(unitXliff(999999, 'x', 'y'));
    expect(await res.json()).toMatchObject({ updated: 0, unknown: ['999999'] });
  });

  const hostile: [string, (id: number) => string, number, string][] = [
    ['an empty file', () => '', 400, 'input.empty'],
    ['a truncated file', (id) => unitXliff(id, 'a', 'b').slice(0, 200), 400, 'xml.malformed'],
    ['malformed XML', (id) => unitXliff(id, 'a', 'b').replace('</target>', '</targt>'), 400, 'xml.malformed'],
    ['a DTD with entities (billion laughs)', (id) => `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>` + unitXliff(id, 'a', '&lol2;').replace(/^<\?xml[^>]*>/, ''), 400, 'xml.dtd-forbidden'],
    ['an external entity', (id) => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + unitXliff(id, 'a', '&xxe;').replace(/^<\?xml[^>]*>/, ''), 400, 'xml.dtd-forbidden'],
    ['a file for another project', (id) => unitXliff(id, 'a', 'b', 'tessera:project/424242'), 400, 'xliff.wrong-project'],
    ['a file for another language', (id) => unitXliff(id, 'a', 'b', undefined, 'fr'), 400, 'xliff.wrong-language'],
    ['a file over the size limit', (id) => unitXliff(id, 'a', 'b'.repeat(70 * 1024)), 413, 'input.too-large'],
    ['a binary file', () => '\u0000PNG\u0000\u0000', 400, 'input.binary'],
  ];

  it.each(hostile)('refuses %s with a clear error and changes nothing', async (_name, make, status, code) => {
    const before = await units();
    const historyBefore = await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'ja', before.find((u) => u.translate)!.id));
    const res = await upload(make(before.find((u) => u.translate)!.id));
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await problemOf(res);
    expect(problem.code).toBe(code);
    expect(problem.detail.length).toBeGreaterThan(10);
    expect(await units()).toEqual(before);
    expect(await translator.json<HistoryEvent[]>('GET', api.history(projectId, 'ja', before.find((u) => u.translate)!.id))).toEqual(historyBefore);
  });

  it('applies all of a file or none of it', async () => {
    const before = await units();
    const [a, b] = before.filter((u) => u.translate);
    const xml = unitXliff(a!.id, 'x', '一つ目').replace('</body>', `<trans-unit id="${b!.id}"><source>y</source><target>二つ目</target></trans-unit><broken></body>`);
    expect((await upload(xml)).status).toBe(400);
    expect(await units()).toEqual(before);
  });

  it('keeps approvals from a file only when the importer may review, and never for their own text', async () => {
    const unit = (await units()).filter((u) => u.translate)[2]!;
    const approvedFile = (text: string) =>
      unitXliff(unit.id, 'x', text).replace('state="translated"', 'state="signed-off"').replace('<trans-unit ', '<trans-unit approved="yes" ');
    await upload(approvedFile('承認済みと主張する訳'));
    expect((await units()).find((u) => u.id === unit.id)).toMatchObject({ state: 'translated', target: ['承認済みと主張する訳'] });
    // The coordinator may review: their file approves the translator's text…
    await upload(approvedFile('承認済みと主張する訳'), 'ja', coordinator);
    expect((await units()).find((u) => u.id === unit.id)!.state).toBe('approved');
    // …but not text the coordinator wrote themselves (four-eyes).
    await upload(approvedFile('コーディネーターの訳'), 'ja', coordinator);
    expect((await units()).find((u) => u.id === unit.id)).toMatchObject({ state: 'translated', target: ['コーディネーターの訳'] });
  });

});
