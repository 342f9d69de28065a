import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { contentText } from '@tessera/core';
import { api, pages, type EditorUnit, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client, problemOf, type TestServer, startDemoServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;

beforeAll(async () => {
  ({ server, coordinator } = await startDemoServer());
});
afterAll(() => server?.close());

async function create(name: string, source: Record<string, string>): Promise<LanguageView> {
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs: ['fr'], ...source });
  return coordinator.json<LanguageView>('GET', api.language(project.id, 'fr'));
}

const kinds = (view: LanguageView) => [...new Map(view.units.map((u) => [u.blockId, u.blockKind])).values()];

describe('creating a project from other formats', () => {
  it('imports Markdown: title, paragraphs with formatting kept as codes, a list, signatories', async () => {
    const view = await create('From Markdown', {
      format: 'markdown',
      text: '# A Call for Open Networks\n\nWe **urge** the assembly to act. Read [the draft](https://example.org/draft).\n\n- First demand;\n- Second demand.\n\n## Signatories\n\n- Open Wires Collective\n- Privacy Matters Network\n',
    });
    expect(kinds(view)).toEqual(['title', 'paragraph', 'list-item', 'list-item', 'heading', 'signatory', 'signatory']);
    const urge = view.units.find((u) => contentText(u.source).startsWith('We urge'))!;
    expect(urge.source).toContainEqual(expect.objectContaining({ kind: 'open', name: 'strong' }));
    const link = view.units.find((u) => contentText(u.source).startsWith('Read'))!;
    expect(link.source).toContainEqual(expect.objectContaining({ kind: 'open', name: 'a', attrs: expect.objectContaining({ href: 'https://example.org/draft' }) }));
  });

  it('imports HTML without passing any script through', async () => {
    const view = await create('From HTML', {
      format: 'html',
      text: '<h1>A Call</h1><script>alert(1)</script><p onclick="x()">We <em>urge</em> action. <a href="javascript:alert(1)">Click</a>.</p>',
    });
    expect(kinds(view)).toEqual(['title', 'paragraph']);
    expect(JSON.stringify(view.units)).not.toMatch(/alert|javascript|onclick/);
  });

  it('imports DOCX sent as base64', async () => {
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>A Call from a Word File</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">First sentence. </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Bold second.</w:t></w:r></w:p>
</w:body></w:document>`;
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': strToU8(documentXml),
    });
    const view = await create('From DOCX', { format: 'docx', fileBase64: Buffer.from(docx).toString('base64') });
    expect(view.units.map((u) => contentText(u.source))).toEqual(['A Call from a Word File', 'First sentence.', 'Bold second.']);
    expect(kinds(view)).toEqual(['title', 'paragraph']);
  });

  it('refuses a broken DOCX, an empty statement and one of control characters only, creating nothing', async () => {
    const before = await coordinator.json<ProjectSummary[]>('GET', api.projects());
    const attempts = [
      { format: 'docx', fileBase64: Buffer.from('not a zip at all').toString('base64') },
      { format: 'text', text: '   \n\n  ' },
      // Pasted text is cleaned of characters that cannot be stored: nothing is left of this one.
      { format: 'text', text: '\u0000\u0001\u0002\u000c\u0007' },
      { format: 'docx' },
    ];
    for (const [i, source] of attempts.entries()) {
      const res = await coordinator.send('POST', api.projects(), { name: `Bad ${i}`, sourceLang: 'en', targetLangs: ['fr'], ...source });
      expect(res.status).toBe(400);
      expect((await problemOf(res)).detail.length).toBeGreaterThan(10);
    }
    expect(await coordinator.json<ProjectSummary[]>('GET', api.projects())).toEqual(before);
  });

  it('refuses a statement over the size limit with 413', async () => {
    const res = await coordinator.send('POST', api.projects(), { name: 'Huge', sourceLang: 'en', targetLangs: ['fr'], text: 'word '.repeat(1_300_000) });
    expect(res.status).toBe(413);
    expect((await problemOf(res)).code).toBe('input.too-large');
  });

  it('keeps the formatting a translator places, taken from the source, and publishes it', async () => {
    const project = (await coordinator.json<ProjectSummary[]>('GET', api.projects())).find((p) => p.name === 'From Markdown')!;
    const unit = (await coordinator.json<LanguageView>('GET', api.language(project.id, 'fr'))).units.find((u) => contentText(u.source).startsWith('Read'))!;
    const [open, close] = unit.source.filter((p) => typeof p !== 'string') as { kind: 'open' | 'close'; id: string; name: string }[];
    const forged = { ...open!, attrs: { href: 'https://evil.example/' } };
    const saved = await coordinator.json<EditorUnit>('PUT', api.translation(project.id, 'fr', unit.id), { target: ['Lisez ', forged, 'le projet', close!, ' aujourd’hui.'], baseRevision: unit.revision });
    expect(saved.target).toEqual(['Lisez ', open, 'le projet', close, ' aujourd’hui.']);
    expect(saved.qa).toEqual([]);
    await server.db.updateTable('project_languages').set({ self_review: 1 }).where('project_id', '=', project.id).execute();
    await coordinator.json('POST', api.review(project.id, 'fr', unit.id), { decision: 'approve', baseRevision: saved.revision });
    expect((await coordinator.send('POST', api.publications(project.id, 'fr'), { allowFallback: true })).status).toBe(201);
    const html = await (await fetch(`${server.url}${pages.publication(project.id, 'fr')}`)).text();
    expect(html).toContain('Lisez <a href="https://example.org/draft">le projet</a> aujourd’hui.');
    expect(html).not.toContain('evil.example');
  });

  it('publishes the source formatting in the preview', async () => {
    const project = (await coordinator.json<ProjectSummary[]>('GET', api.projects())).find((p) => p.name === 'From Markdown')!;
    const html = await (await coordinator.send('GET', pages.preview(project.id, 'fr'))).text();
    expect(html).toContain('<strong>urge</strong>');
  });
});
