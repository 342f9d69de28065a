import { describe, expect, it } from 'vitest';
import { appInChromium, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

/** Live updates arrive within a second or two; a slow machine gets some slack. */
const soon = { timeout: 10_000, interval: 100 };

describe('a translator and a reviewer in the same Japanese editor', () => {
  const translation = '私たち署名団体および独立した専門家は、委員会に法案の修正を求めます。';
  const reason = '「独立した専門家」は用語集の訳語を使ってください。';

  it('see each other at work, receive saves without reloading, and a rejection reaches the translator’s bell', async () => {
    const translator = await signIn('translator');
    const reviewer = await signIn('reviewer');
    await openJapaneseEditor(translator, { live: true });
    await openJapaneseEditor(reviewer, { live: true });

    const unitId = await translator.locator('tr[data-unit-id][data-state="untranslated"]').filter({ has: translator.getByLabel(/^Translation of /) }).nth(1).getAttribute('data-unit-id');
    const row = translator.locator(`tr[data-unit-id="${unitId}"]`);
    const theirRow = reviewer.locator(`tr[data-unit-id="${unitId}"]`);
    expect(await theirRow.getByText('Demo Translator is editing').count()).toBe(0);

    // Presence: the translator starts editing; the reviewer sees it on that row (and the translator does not see themself).
    await row.getByLabel(/^Translation of /).focus();
    await expect.poll(() => theirRow.getByText('Demo Translator is editing').count(), soon).toBe(1);
    expect(await row.getByText(/is editing/).count()).toBe(0);

    // A save reaches the reviewer's row without a reload.
    await row.getByLabel(/^Translation of /).fill(translation);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.getAttribute('data-state'), soon).toBe('translated');
    await expect.poll(() => theirRow.getAttribute('data-state'), soon).toBe('translated');
    expect(await theirRow.getByLabel(/^Translation of /).inputValue()).toBe(translation);
    expect(await theirRow.getByText('Demo Translator ·').count()).toBe(1);

    // Leaving the box ends the presence.
    await row.getByLabel(/^Translation of /).blur();
    await expect.poll(() => theirRow.getByText('Demo Translator is editing').count(), soon).toBe(0);

    // The reviewer rejects it with a reason; the translator's bell counts one unread notification.
    const bell = translator.getByRole('button', { name: /^Notifications/ });
    expect(await bell.getAttribute('data-unread')).toBe('0');
    await theirRow.getByRole('button', { name: 'Reject' }).click();
    await theirRow.getByLabel('Reason for rejection').fill(reason);
    await theirRow.getByRole('button', { name: 'Send rejection' }).click();
    await expect.poll(() => theirRow.getAttribute('data-state'), soon).toBe('rejected');

    await expect.poll(() => row.getAttribute('data-state'), soon).toBe('rejected');
    // The reason shows in the translator's row, not only in the history.
    await expect.poll(() => row.locator('.unit__rejection').innerText(), soon).toBe(`Rejected: ${reason}`);
    await expect.poll(() => bell.getAttribute('data-unread'), soon).toBe('1');
    expect(await translator.getByRole('button', { name: 'Notifications, 1 unread' }).count()).toBe(1);
    await bell.click();
    const notification = translator.locator('[data-notification-id][data-kind="rejected"]');
    await expect.poll(() => notification.count(), soon).toBe(1);
    expect(await notification.innerText()).toContain('Demo Reviewer rejected your translation');
    expect(await notification.innerText()).toContain(`Reason: ${reason}`);

    // The notification leads to the unit, highlighted; “Mark all read” clears the count.
    await translator.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => bell.getAttribute('data-unread'), soon).toBe('0');
    await notification.getByRole('link').click();
    await expect.poll(() => translator.url()).toMatch(new RegExp(`/ja#unit-${unitId}$`));
    await expect.poll(() => translator.locator(`tr#unit-${unitId}.unit--highlighted`).count(), soon).toBe(1);

    await translator.context().close();
    await reviewer.context().close();
  });

  it('keeps an unsaved draft when someone else saves the same unit, and the save then shows both versions', async () => {
    const translator = await signIn('translator');
    const reviewer = await signIn('reviewer');
    await openJapaneseEditor(translator, { live: true });
    await openJapaneseEditor(reviewer, { live: true });

    const unitId = await translator.locator('tr[data-unit-id][data-state="untranslated"]').filter({ has: translator.getByLabel(/^Translation of /) }).first().getAttribute('data-unit-id');
    const row = translator.locator(`tr[data-unit-id="${unitId}"]`);
    const theirRow = reviewer.locator(`tr[data-unit-id="${unitId}"]`);

    await row.getByLabel(/^Translation of /).fill('翻訳者の下書き');
    await theirRow.getByLabel(/^Translation of /).fill('レビュアーの訳。');
    await theirRow.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => theirRow.getAttribute('data-state'), soon).toBe('translated');

    await expect.poll(() => row.getByText('Demo Reviewer saved a new version while you were editing', { exact: false }).count(), soon).toBe(1);
    expect(await row.getByLabel(/^Translation of /).inputValue()).toBe('翻訳者の下書き');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.getByText('Someone else saved this unit since you opened it').count(), soon).toBe(1);
    await row.getByRole('button', { name: 'Use their version' }).click();
    expect(await row.getByLabel(/^Translation of /).inputValue()).toBe('レビュアーの訳。');

    await translator.context().close();
    await reviewer.context().close();
  });
});
