import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appInChromium, expectNoSeriousAxeViolations, waitForEditor } from './app.ts';

const { signIn } = appInChromium();

const screenshots = path.resolve(new URL('../../test-results/', import.meta.url).pathname);

/** How wide the page is laid out: wider than the phone's 360 px means something sticks out sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The `lang` and `dir` of the first unit's source text and translation box. */
async function cellLanguages(page: Page): Promise<{ source: (string | null)[]; target: (string | null)[] }> {
  const unit = page.locator('[data-unit-id]').first();
  const of = async (cell: Locator) => [await cell.getAttribute('lang'), await cell.getAttribute('dir')];
  return { source: await of(unit.locator('.unit__source-text')), target: await of(unit.locator('textarea').first()) };
}

describe('Arabic interface', () => {
  it('a volunteer switches to Arabic: the page reads right to left, the statement keeps its own languages, nothing sticks out on a phone, no serious axe violation', async () => {
    const page = await signIn('translator');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByLabel('Interface language').selectOption('ar');
    await page.getByRole('heading', { name: 'المشاريع', level: 1 }).waitFor();

    const html = page.locator('html');
    expect(await html.getAttribute('lang')).toBe('ar');
    expect(await html.getAttribute('dir')).toBe('rtl');
    // The header's first item sits at the right edge, as in any right-to-left page.
    const header = await page.locator('header').boundingBox();
    const firstItem = await page.locator('header a').first().boundingBox();
    expect(firstItem!.x + firstItem!.width).toBeGreaterThan(header!.x + header!.width / 2);

    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoSeriousAxeViolations(page, 'project list');
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, 'arabic-ui-projects.png'), fullPage: true });

    // The Arabic editor: the English source stays left to right, the Arabic target is right to left.
    await page.locator('a[href$="/ar"]').first().click();
    await waitForEditor(page, 'ar');
    expect(await cellLanguages(page)).toEqual({ source: ['en', 'ltr'], target: ['ar', 'rtl'] });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoSeriousAxeViolations(page, 'Arabic editor');
    await page.screenshot({ path: path.join(screenshots, 'arabic-ui-editor-ar.png'), fullPage: true });

    // The Japanese editor in the Arabic interface: both cells are left to right, each in its language.
    await page.goto(page.url().replace(/\/ar$/, '/ja'));
    await waitForEditor(page, 'ja');
    expect(await html.getAttribute('dir')).toBe('rtl');
    expect(await cellLanguages(page)).toEqual({ source: ['en', 'ltr'], target: ['ja', 'ltr'] });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectNoSeriousAxeViolations(page, 'Japanese editor');
    await page.screenshot({ path: path.join(screenshots, 'arabic-ui-editor-ja.png'), fullPage: true });
  });
});
