import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApertium, type RunningEngine } from '../../packages/server/test/machineEngines.ts';
import { appInChromium, waitForEditor } from './app.ts';

let apertium: RunningEngine | undefined;
// Apertium's server starts before the app, which is told where it is.
beforeAll(async () => {
  apertium = await startApertium();
}, 60_000);
afterAll(() => apertium?.close());

const { signIn } = appInChromium(() => ({ TESSERA_MT_ENGINES: JSON.stringify([{ id: 'apertium', kind: 'apertium-apy', url: apertium!.url }]) }));

describe('machine translation in the editor', () => {
  it('the coordinator allows Apertium; the suggestion shows labelled under the box, Use (or Ctrl+K, M) fills it, and the saved translation is marked', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('link', { name: 'Open' }).and(page.locator('[href$="/es"]')).click();
    await waitForEditor(page, 'es');
    const row = page.locator('tr[data-unit-id][data-state="untranslated"]').first();
    const unitId = await row.getAttribute('data-unit-id');
    const box = row.getByLabel(/^Translation of /);

    // Off until the coordinator allows an engine: nothing is shown.
    await box.focus();
    await page.waitForTimeout(500);
    expect(await row.locator('.machine-suggestion').count()).toBe(0);

    await page.getByLabel('Apertium (on this server)').check();
    await page.reload();
    await waitForEditor(page, 'es');
    const same = page.locator(`tr[data-unit-id="${unitId}"]`);
    await same.getByLabel(/^Translation of /).focus();
    const suggestion = same.locator('.machine-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.getByRole('heading', { name: 'Machine translation (Apertium)' }).count()).toBe(1);
    await suggestion.getByText('Machine output, not a person’s').waitFor();
    const offered = await suggestion.locator('.machine-suggestion__target').innerText();
    expect(offered.length).toBeGreaterThan(0);

    await suggestion.getByRole('button', { name: 'Use the machine translation by Apertium' }).click();
    const editBox = same.getByLabel(/^Translation of /);
    await expect.poll(() => editBox.inputValue()).toBe(offered);
    await editBox.press('Control+Enter');
    await expect.poll(() => page.locator(`[data-unit-id="${unitId}"]`).getAttribute('data-state')).toBe('translated');
    await page.locator(`[data-unit-id="${unitId}"] .badge--machine`, { hasText: 'Machine translation (Apertium)' }).waitFor();
    await page.locator(`[data-unit-id="${unitId}"]`).getByText('This is Apertium’s machine translation, saved unchanged').waitFor();

    // From the keyboard: Ctrl+K, then M, in another unit's box.
    const next = page.locator('tr[data-unit-id][data-state="untranslated"]').first();
    const nextBox = next.getByLabel(/^Translation of /);
    await nextBox.focus();
    const nextOffered = next.locator('.machine-suggestion__target');
    await nextOffered.waitFor();
    await nextBox.press('Control+K');
    await nextBox.press('m');
    await expect.poll(() => nextBox.inputValue()).toBe(await nextOffered.innerText());
    await page.context().close();
  });
});
