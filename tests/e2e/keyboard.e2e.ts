import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, expectNoSeriousAxeViolations, waitForEditor } from './app.ts';

const { signIn } = appInChromium();

const screenshots = path.resolve(new URL('../../test-results/', import.meta.url).pathname);

// The paragraph worked through: in the demo, its first and last sentences are not translated into
// Japanese yet and its middle one is a draft.
const PROTECTS = 'Secure communication protects journalists';
const ALSO = 'It also protects businesses';
const FOR_ALL = 'A law that breaks encryption for some breaks it for all.';

/** The Arabic interface, then the Japanese editor of the demo project, opened from its address. */
async function arabicEditor(role: 'translator' | 'reviewer'): Promise<Page> {
  const page = await signIn(role);
  const editor = await page.locator('a[href$="/ja"]').first().getAttribute('href');
  await page.getByLabel('Interface language').selectOption('ar');
  await page.locator('html[dir="rtl"]').waitFor();
  await page.goto(new URL(editor!, page.url()).href);
  await waitForEditor(page, 'ja');
  return page;
}

/** The accessible name of the focused element, and the unit whose row holds it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { label: element?.getAttribute('aria-label') ?? null, unit: element?.closest('tr[data-unit-id]')?.getAttribute('data-unit-id') ?? null, tag: element?.tagName ?? null };
  });

const unitOf = (page: Page, text: string) => page.locator('tr[data-unit-id]', { hasText: text }).getAttribute('data-unit-id');
const stateOf = (page: Page, text: string) => page.locator('tr[data-unit-id]', { hasText: text }).getAttribute('data-state');

describe('the keyboard only, in the Arabic interface', () => {
  it('a translator translates a whole paragraph and a reviewer approves and rejects it, never touching the mouse', async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    const translator = await arabicEditor('translator');
    const keys = translator.keyboard;

    // From the top of the page: the skip link to the content, then the editor's own to the first unit.
    await keys.press('Tab');
    await keys.press('Enter');
    await keys.press('Tab');
    expect(await translator.evaluate(() => document.activeElement?.textContent)).toBe('الانتقال إلى الوحدة الأولى');
    await keys.press('Enter');
    // “Translation of 1.1”, the number isolated from the Arabic around it.
    expect((await focused(translator)).label).toBe('ترجمة \u20681.1\u2069');

    // Ctrl+K, U: the next untranslated unit, the first of the paragraph.
    await keys.press('Control+KeyK');
    await keys.press('KeyU');
    expect((await focused(translator)).unit).toBe(await unitOf(translator, PROTECTS));
    await keys.type('安全な通信は、ジャーナリストとその情報源、医師と患者、そして虐待的な関係から助けを求める人々を守ります。');
    await keys.press('Control+Enter');
    await expect.poll(() => stateOf(translator, PROTECTS)).toBe('translated');
    // Saved, and the focus went on to the next sentence (a draft, kept as it is).
    expect((await focused(translator)).unit).toBe(await unitOf(translator, ALSO));
    await keys.press('Control+Enter');
    expect((await focused(translator)).unit).toBe(await unitOf(translator, FOR_ALL));

    // Ctrl+K, S copies the source into the box; the translator writes over it.
    await keys.press('Control+KeyK');
    await keys.press('KeyS');
    const box = translator.locator('tr[data-unit-id]', { hasText: FOR_ALL }).locator('textarea').first();
    expect(await box.inputValue()).toBe(FOR_ALL);
    await keys.press('Control+KeyA');
    await keys.type('一部の人のために暗号を破る法律は、すべての人の暗号を破ります。');
    await keys.press('Control+Enter');
    await expect.poll(() => stateOf(translator, FOR_ALL)).toBe('translated');

    // The shortcut sheet: Ctrl+K then ? in a box; Escape closes it and the focus comes back.
    const back = await focused(translator);
    await keys.press('Control+KeyK');
    await keys.press('Shift+Slash');
    const sheet = translator.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await sheet.waitFor();
    expect(await sheet.locator('tr[data-command]').count()).toBeGreaterThanOrEqual(10);
    await expectNoSeriousAxeViolations(translator, 'shortcut sheet, Arabic');
    await translator.screenshot({ path: path.join(screenshots, 'keyboard-shortcut-sheet-ar.png') });
    await keys.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    expect(await focused(translator)).toEqual(back);
    await translator.screenshot({ path: path.join(screenshots, 'keyboard-translator-ar.png'), fullPage: true });

    // The reviewer: to the paragraph with Alt+↓, approve two sentences with Ctrl+Shift+Enter, reject the last with a reason.
    const reviewer = await arabicEditor('reviewer');
    const review = reviewer.keyboard;
    await review.press('Tab');
    await review.press('Enter');
    await review.press('Tab');
    await review.press('Enter');
    while ((await focused(reviewer)).unit !== (await unitOf(reviewer, PROTECTS))) {
      const before = await focused(reviewer);
      await review.press('Alt+ArrowDown');
      expect(await focused(reviewer)).not.toEqual(before);
    }
    await review.press('Control+Shift+Enter');
    await expect.poll(() => stateOf(reviewer, PROTECTS)).toBe('approved');
    await expect.poll(async () => (await focused(reviewer)).unit).toBe(await unitOf(reviewer, ALSO));
    await review.press('Control+Shift+Enter');
    await expect.poll(() => stateOf(reviewer, ALSO)).toBe('approved');
    await expect.poll(async () => (await focused(reviewer)).unit).toBe(await unitOf(reviewer, FOR_ALL));

    await review.press('Control+KeyK');
    await review.press('KeyR');
    await expect.poll(async () => (await focused(reviewer)).tag).toBe('TEXTAREA');
    expect((await focused(reviewer)).label).toBeNull();
    await review.type('يرجى استخدام مصطلح «التشفير» كما في المسرد.');
    await review.press('Tab');
    await review.press('Enter');
    await expect.poll(() => stateOf(reviewer, FOR_ALL)).toBe('rejected');
    await reviewer.screenshot({ path: path.join(screenshots, 'keyboard-reviewer-ar.png'), fullPage: true });

    // The rejection and its reason reach the translator's row.
    const rejected = translator.locator('tr[data-unit-id]', { hasText: FOR_ALL });
    await expect.poll(() => rejected.getAttribute('data-state'), { timeout: 10_000 }).toBe('rejected');
    await expect.poll(() => rejected.locator('.unit__rejection').innerText(), { timeout: 10_000 }).toContain('يرجى استخدام مصطلح');
  });
});
