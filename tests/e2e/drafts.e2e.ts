import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

const rowOf = (page: Page, text: string) => page.locator('tr[data-unit-id]', { hasText: text });
const keptDrafts = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tessera:drafts:')).length);

describe('unsaved drafts', () => {
  it('come back into their boxes when the translator returns after the tab was closed, and show a conflict when someone saved meanwhile', async () => {
    const page = await signIn('translator');
    await openJapaneseEditor(page);
    const first = rowOf(page, 'We, the undersigned organizations');
    const second = rowOf(page, 'Secure communication protects journalists');
    await first.getByLabel(/^Translation of /).fill('私たち署名団体は');
    await second.getByLabel(/^Translation of /).fill('安全な通信は');
    await expect.poll(() => keptDrafts(page)).toBe(1);
    const context = page.context();
    // The tab goes away without a chance to save (a phone reclaiming memory does not ask).
    await page.close({ runBeforeUnload: false });

    // Meanwhile the coordinator saves the second sentence.
    const coordinator = await signIn('coordinator');
    await openJapaneseEditor(coordinator);
    const theirs = rowOf(coordinator, 'Secure communication protects journalists');
    await theirs.getByLabel(/^Translation of /).fill('コーディネーターの訳');
    await theirs.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => theirs.getAttribute('data-state')).toBe('translated');
    await coordinator.context().close();

    const back = await context.newPage();
    await back.goto(page.url());
    await back.locator('[data-unit-id]').first().waitFor();
    await back.getByText('2 translations you had not saved on your last visit are back in their boxes.', { exact: false }).waitFor();
    const firstBack = rowOf(back, 'We, the undersigned organizations');
    expect(await firstBack.getByLabel(/^Translation of /).inputValue()).toBe('私たち署名団体は');
    // The second one changed since: both versions are shown, the translator chooses.
    const secondBack = rowOf(back, 'Secure communication protects journalists');
    expect(await secondBack.getByLabel(/^Translation of /).inputValue()).toBe('安全な通信は');
    await secondBack.getByRole('alert').getByText('コーディネーターの訳').waitFor();
    await secondBack.getByRole('button', { name: 'Keep mine' }).click();
    await secondBack.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => secondBack.getAttribute('data-state')).toBe('translated');
    await firstBack.getByLabel(/^Translation of /).press('Control+Enter');
    await expect.poll(() => firstBack.getAttribute('data-state')).toBe('translated');

    // Saved: nothing is kept any more, and a reload restores nothing.
    await expect.poll(() => keptDrafts(back)).toBe(0);
    await back.reload();
    await back.locator('[data-unit-id]').first().waitFor();
    expect(await rowOf(back, 'Secure communication protects journalists').getByLabel(/^Translation of /).inputValue()).toBe('安全な通信は');
    expect(await back.getByText('on your last visit').count()).toBe(0);
    await context.close();
  });
});
