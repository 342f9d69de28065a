import { describe, expect, it } from 'vitest';
import { appInChromium, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

describe('a statement goes in, a published Japanese version comes out', () => {
  const translation = '一部の人のために暗号化を破る法律は、すべての人の暗号化を破ります。';
  /** The unit the translator saves, for the reviewer to approve. */
  let unitId: string | null = null;

  it('the translator translates a unit, Ctrl+Enter saves it and moves on', async () => {
    const page = await signIn('translator');
    await openJapaneseEditor(page);
    const rows = page.locator('[data-unit-id][data-state="untranslated"]').filter({ has: page.getByLabel(/^Translation of /) });
    const row = rows.nth(1);
    unitId = await row.getAttribute('data-unit-id');
    const box = row.getByLabel(/^Translation of /);
    await box.fill(translation);
    await box.press('Control+Enter');

    const saved = page.locator(`[data-unit-id="${unitId}"]`);
    await expect.poll(() => saved.getAttribute('data-state')).toBe('translated');
    // Focus moved to the next unit's translation box.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-unit-id]')?.getAttribute('data-unit-id'))).not.toBe(unitId);
    // The demo has 2 approved Japanese sentences and 2 drafts; this save makes 3 drafts.
    await expect.poll(() => page.getByText(/2 of \d+ approved, 3 translated/).count()).toBe(1);

    // The save survives a reload: it is on the server, not only in the page.
    await page.reload();
    await expect.poll(() => page.locator(`[data-unit-id="${unitId}"]`).getByLabel(/^Translation of /).inputValue()).toBe(translation);
    await page.context().close();
  });

  it('the reviewer approves it, and the members’ preview shows it in a Japanese document', async () => {
    const page = await signIn('reviewer');
    await openJapaneseEditor(page);
    const row = page.locator(`[data-unit-id="${unitId}"][data-state="translated"]`);
    await expect.poll(() => row.getByLabel(/^Translation of /).inputValue()).toBe(translation);
    await row.getByRole('button', { name: 'Approve' }).click();
    // The demo's 2 approved sentences and this one.
    await expect.poll(() => page.locator('[data-unit-id][data-state="approved"]').count()).toBe(3);

    const published = await page.context().newPage();
    await published.goto(page.url().replace(/\/projects\/(\d+)\/ja$/, '/publications/$1/ja?preview=1'));
    expect(await published.locator('html').getAttribute('lang')).toBe('ja');
    expect(await published.locator('body').innerText()).toContain(translation);
    expect(await published.locator('time').innerText()).toBe('2026年3月12日');
    // The preview says that units are not approved yet, and marks them (the publication itself waits for them).
    expect(await published.locator('.notice').innerText()).toMatch(/承認/);
    expect(await published.locator('.fallback, .draft').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the reviewer rejects a translation with a reason, and the translator sees the reason in its history', async () => {
    const translator = await signIn('translator');
    await openJapaneseEditor(translator);
    const row = translator.locator('[data-unit-id][data-state="untranslated"]').filter({ has: translator.getByLabel(/^Translation of /) }).first();
    const unitId = await row.getAttribute('data-unit-id');
    await row.getByLabel(/^Translation of /).fill('下書きの訳');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => translator.locator(`[data-unit-id="${unitId}"]`).getAttribute('data-state')).toBe('translated');

    const reviewer = await signIn('reviewer');
    await openJapaneseEditor(reviewer);
    const reviewed = reviewer.locator(`[data-unit-id="${unitId}"]`);
    await reviewed.getByRole('button', { name: 'Reject' }).click();
    await reviewed.getByLabel('Reason for rejection').fill('用語集の訳語を使ってください。');
    await reviewed.getByRole('button', { name: 'Send rejection' }).click();
    await expect.poll(() => reviewed.getAttribute('data-state')).toBe('rejected');

    await translator.reload();
    const mine = translator.locator(`[data-unit-id="${unitId}"]`);
    await expect.poll(() => mine.getAttribute('data-state')).toBe('rejected');
    // The reason shows in the row, and in the unit's history.
    expect(await mine.locator('.unit__rejection').innerText()).toBe('Rejected: 用語集の訳語を使ってください。');
    await mine.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => mine.locator('.history').getByText('用語集の訳語を使ってください。').count()).toBe(1);
    await translator.context().close();
    await reviewer.context().close();
  });

  it('switches the interface to Japanese', async () => {
    const page = await signIn('translator');
    await page.getByLabel('Interface language').selectOption('ja');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ja');
    await expect.poll(() => page.getByRole('button', { name: 'ログアウト' }).count()).toBe(1);
    await page.context().close();
  });
});
