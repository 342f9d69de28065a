import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApertium, startLibreTranslate, type LibreServer, type RunningEngine } from '../../packages/server/test/machineEngines.ts';
import { appInChromium, openJapaneseEditor, waitForEditor } from './app.ts';

let apertium: RunningEngine | undefined;
// A LibreTranslate-shaped engine for Arabic, whose answers the test sets (down, nonsense).
let libre: LibreServer | undefined;
// The engines start before the app, which is told where they are.
beforeAll(async () => {
  [apertium, libre] = await Promise.all([startApertium(), startLibreTranslate(['en', 'ar'])]);
}, 60_000);
afterAll(() => Promise.all([apertium?.close(), libre?.close()]));

const { signIn } = appInChromium(() => ({
  TESSERA_MT_ENGINES: JSON.stringify([
    { id: 'apertium', kind: 'apertium-apy', url: apertium!.url },
    { id: 'libre', kind: 'libretranslate', url: libre!.url },
  ]),
}));

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

  it('says why there is no suggestion — no engine for the pair, the engine down or talking nonsense — and saves all the same', async () => {
    const page = await signIn('coordinator');
    await openJapaneseEditor(page);
    await page.getByLabel('LibreTranslate (on this server)').check();
    // The signatories' names are kept as they are: no suggestion is asked for them.
    const firstEmpty = () => page.locator('tr[data-unit-id][data-state="untranslated"]:not(.unit--signatory)').first();
    await firstEmpty().getByLabel(/^Translation of /).focus();
    await firstEmpty().getByRole('status').getByText('No machine translation engine here translates this pair of languages.').waitFor();

    await page.goto(page.url().replace(/\/ja$/, '/ar'));
    await waitForEditor(page, 'ar');
    // A unit not saved as translated yet (Arabic's are approved or empty), to see the save land.
    const unitId = await page.locator('tr[data-unit-id]:not(.unit--signatory):not([data-state="translated"])').first().getAttribute('data-unit-id');
    const same = page.locator(`tr[data-unit-id="${unitId}"]`);
    try {
      libre!.answer = () => ({ status: 500 });
      await same.getByLabel(/^Translation of /).focus();
      await same.getByRole('status').getByText('LibreTranslate is not answering: no machine suggestion for now.').waitFor();
      libre!.answer = () => ({ garbage: { error: null } });
      await same.getByRole('button', { name: 'Try again' }).click();
      await same.getByRole('status').getByText('LibreTranslate gave an answer that is not a translation of this sentence.').waitFor();
      // The translator goes on without it.
      const box = same.getByLabel(/^Translation of /);
      await box.fill('نص مترجم');
      // The engine back: the next unit (where the save takes the translator) has its suggestion.
      libre!.answer = (body) => ({ translatedText: `AR ${body.q}` });
      await box.press('Control+Enter');
      await expect.poll(() => same.getAttribute('data-state')).toBe('translated');
      const next = page.locator(`tr[data-unit-id]:not(.unit--signatory):not([data-unit-id="${unitId}"])`).first();
      await next.getByLabel(/^Translation of /).focus();
      await next.locator('.machine-suggestion').getByRole('heading', { name: 'Machine translation (LibreTranslate)' }).waitFor();
      expect(await next.locator('.machine-suggestion__target').innerText()).toMatch(/^AR /);
    } finally {
      libre!.answer = (body) => ({ translatedText: body.q.toUpperCase() });
    }
    await page.context().close();
  });
});
