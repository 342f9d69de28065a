import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, pages, type EditorUnit, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { contentText } from '@tessera/core';
import { Client, type TestServer, startDemoServer } from './harness.ts';

let server: TestServer;
let translator: Client;
let reviewer: Client;
let coordinator: Client;
let projectId: number;
let units: EditorUnit[];

beforeAll(async () => {
  ({ server, translator, reviewer, coordinator, demoProjectId: projectId } = await startDemoServer());
  units = (await translator.json<LanguageView>('GET', api.language(projectId, 'ja'))).units;
});
afterAll(() => server?.close());

async function translateAndApprove(unit: EditorUnit, text: string, lang = 'ja'): Promise<void> {
  const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, lang, unit.id), { target: [text], baseRevision: unit.revision });
  await reviewer.json('POST', api.review(projectId, lang, unit.id), { decision: 'approve', baseRevision: saved.revision });
}

const page = async (path: string, client?: Client) => {
  const res = client ? await client.send('GET', path) : await fetch(server.url + path);
  return { status: res.status, html: await res.text() };
};

describe('the published Japanese version', () => {
  it('holds approved translations only, in a page marked as Japanese, with the date written the Japanese way', async () => {
    const title = units.find((u) => u.blockKind === 'title')!;
    const paragraph = units.filter((u) => u.blockKind === 'paragraph')[0]!;
    await translateAndApprove(title, 'デジタル安全法案に関する共同声明');
    await translator.json('PUT', api.translation(projectId, 'ja', paragraph.id), { target: ['未承認の訳文。'], baseRevision: paragraph.revision });

    const { status, html } = await page(pages.publication(projectId, 'ja'));
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="ja" dir="ltr">/);
    expect(html).toContain('<h1>デジタル安全法案に関する共同声明</h1>');
    expect(html).toContain('<time datetime="2026-03-12">2026年3月12日</time>');
    expect(html).not.toContain('未承認の訳文');
    expect(html).not.toContain(contentText(paragraph.source));
    // Do-not-translate signatories stand as they are.
    expect(html).toContain('Open Wires Collective');
  });

  it('shows unapproved units in the source language, marked, in the preview — for members only', async () => {
    const paragraph = units.filter((u) => u.blockKind === 'paragraph')[0]!;
    expect((await page(pages.preview(projectId, 'ja'))).status).toBe(401);
    const { html } = await page(pages.preview(projectId, 'ja'), translator);
    expect(html).toMatch(/<span class="fallback" lang="en" title="未承認：原文">[^<]*/);
    expect(html).toContain(contentText(paragraph.source));
    expect(html).toContain('プレビューです');
  });

  it('includes source text for unapproved units once the coordinator allows fallback', async () => {
    const paragraph = units.filter((u) => u.blockKind === 'paragraph')[0]!;
    expect((await translator.send('PUT', api.publicationSettings(projectId, 'ja'), { allowFallback: true })).status).toBe(403);
    expect((await coordinator.send('PUT', api.publicationSettings(projectId, 'ja'), { allowFallback: true })).status).toBe(204);
    const { html } = await page(pages.publication(projectId, 'ja'));
    expect(html).toContain(contentText(paragraph.source));
    expect(html).not.toContain('class="fallback"');
    await coordinator.send('PUT', api.publicationSettings(projectId, 'ja'), { allowFallback: false });
  });

  it('escapes translations, so markup typed by a volunteer shows as text', async () => {
    const unit = units.filter((u) => u.blockKind === 'paragraph')[1]!;
    await translateAndApprove(unit, '<script>alert("x")</script> & <b>太字</b>');
    const { html } = await page(pages.publication(projectId, 'ja'));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;太字&lt;/b&gt;');
  });

  it('formats the date for French and Spanish too, and marks Arabic-script pages right to left', async () => {
    expect((await page(pages.publication(projectId, 'fr'))).html).toContain('12 mars 2026');
    expect((await page(pages.publication(projectId, 'es'))).html).toContain('12 de marzo de 2026');
    const created = await coordinator.json<ProjectSummary>('POST', api.projects(), { name: 'Arabic', sourceLang: 'en', targetLangs: ['ar'], text: 'One sentence.' });
    expect((await page(pages.publication(created.id, 'ar'))).html).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('answers 404 for a language the project is not translated into', async () => {
    expect((await page(pages.publication(projectId, 'de'))).status).toBe(404);
  });
});
