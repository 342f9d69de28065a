import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, pages, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client, readShared, type TestServer, startDemoServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;

beforeAll(async () => {
  ({ server, coordinator } = await startDemoServer());
});
afterAll(() => server?.close());

/** What a reader sees: blocks by kind, and the lists as separate runs of items. */
async function importStatement(name: string, file: string) {
  const project = await coordinator.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs: ['ja', 'fr'], text: readShared(`statement/${file}`) });
  const view = await coordinator.json<LanguageView>('GET', api.language(project.id, 'ja'));
  const blocks = new Map<number, { kind: string; translate: boolean[] }>();
  for (const unit of view.units) {
    const block = blocks.get(unit.blockId) ?? { kind: unit.blockKind, translate: [] };
    block.translate.push(unit.translate);
    blocks.set(unit.blockId, block);
  }
  const count = (kind: string) => [...blocks.values()].filter((b) => b.kind === kind).length;
  const preview = await (await coordinator.send('GET', pages.preview(project.id, 'ja'))).text();
  return { project, view, blocks: [...blocks.values()], count, preview };
}

describe('importing the real statements through the API', () => {
  it('reflows the PDF text into its title, date, paragraphs and two bullet lists', async () => {
    const { count, preview, view } = await importStatement('Statement from PDF', '004_8a8e2a0996246479.txt');
    expect(count('title')).toBe(1);
    // "Submitted by …" is a paragraph of the text, not a heading.
    expect(count('paragraph')).toBe(10);
    expect(count('heading')).toBe(0);
    expect(count('list-item')).toBe(12);
    expect(count('signatory')).toBe(0);
    // The page-footer URL is kept apart, untranslatable, out of the page, and the bullet it interrupted stays whole.
    const aside = view.units.filter((u) => u.blockKind === 'aside');
    expect(aside).toHaveLength(1);
    expect(aside[0]!.translate).toBe(false);
    const article = preview.slice(preview.indexOf('</nav>'));
    expect(article.match(/<ul>/g)).toHaveLength(2);
    expect(article.match(/<li>/g)).toHaveLength(12);
    expect(article).not.toContain(contentText(aside[0]!.source).trim());
    expect(preview).toContain('<time datetime="2024-01-23">2024年1月23日</time>');
    expect(preview).toMatch(/weak domestic human rights safeguards in its criminal procedural chapter/);
  });

  it('finds the web copy’s paragraphs, bullets, headings and signatories, with signatories not to be translated', async () => {
    const { count, blocks, preview } = await importStatement('Statement from the web', '001_e6857291a9728c98.txt');
    expect(count('title')).toBe(1);
    expect(count('paragraph')).toBe(8);
    expect(count('list-item')).toBe(12);
    expect(count('heading')).toBe(3);
    expect(count('signatory')).toBe(110);
    expect(blocks.filter((b) => b.kind === 'signatory').every((b) => b.translate.length === 1 && b.translate[0] === false)).toBe(true);
    expect(preview.match(/<ul class="signatories"/g)).toHaveLength(2);
    expect(preview).toContain('<li><bdi><span lang="en">Epicenter.works – for digital rights</span></bdi></li>');
  });
});
