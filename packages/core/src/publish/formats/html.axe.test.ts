import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFormat } from './html.ts';
import { approvedBlocks, publicationDocument, sampleSource, type DocumentOptions } from './testDocument.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(() => browser?.close());

const withDraftsAndFallback = (): DocumentOptions['blocks'] => {
  const blocks = approvedBlocks(sampleSource, () => ['انضمت Access Now في 2024 إلى البيان: https://example.org/ar.']);
  blocks[2]!.units[0]!.state = 'translated';
  blocks[2]!.units[1]!.state = 'untranslated';
  return blocks;
};

describe('the HTML page in Chromium', () => {
  it.each<[string, DocumentOptions]>([
    ['French', { lang: 'fr' }],
    ['Japanese', { lang: 'ja' }],
    ['Arabic, right to left', { lang: 'ar', blocks: approvedBlocks(sampleSource, () => ['نص عربي مع Access Now و2024.']) }],
    ['Arabic preview with drafts and source text', { lang: 'ar', mode: 'preview', showDrafts: true, blocks: withDraftsAndFallback() }],
  ])('%s: no axe-core violation, no script, the print style hides only the switcher', async (_name, options) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(htmlFormat.render(publicationDocument(options)) as string);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      expect(await page.locator('main h1').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
