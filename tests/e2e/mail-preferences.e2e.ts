import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium } from './app.ts';

const e2e = appInChromium();
const { signIn, newPage } = e2e;

/** The signed-in person's e-mail preferences as the server keeps them. */
async function storedPreferences(page: Page): Promise<{ frequency: string; uiLang: string | null }> {
  const res = await page.request.get(`${e2e.app.url}/api/mail-preferences`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { frequency: string; uiLang: string | null };
}

describe('e-mail preferences and the interface language', () => {
  it('a signed-in person chooses a daily digest and French from the header’s Preferences, and the app follows', async () => {
    const page = await signIn('translator');
    await page.getByRole('link', { name: 'Preferences' }).click();
    await page.getByRole('heading', { name: 'E-mail and language' }).waitFor();
    expect(await page.getByLabel('Each one at once').isChecked()).toBe(true);
    await page.getByLabel('One digest a day').check();
    await page.getByLabel('Interface language', { exact: true }).and(page.locator('main select')).selectOption('fr');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enregistré.').waitFor();
    await page.getByRole('heading', { name: 'Courriels et langue' }).waitFor();
    expect(await storedPreferences(page)).toEqual({ frequency: 'daily', uiLang: 'fr' });

    // Opened again, the form shows what is stored.
    await page.reload();
    await page.getByRole('heading', { name: 'Courriels et langue' }).waitFor();
    expect(await page.getByLabel('Un résumé par jour').isChecked()).toBe(true);
  });

  it('the header’s language switch keeps a signed-in person’s choice with their account', async () => {
    const page = await signIn('reviewer');
    expect((await storedPreferences(page)).uiLang).toBeNull();
    await page.locator('.language-switch select').selectOption('ja');
    await page.getByRole('link', { name: 'プロジェクト' }).first().waitFor();
    await expect.poll(async () => (await storedPreferences(page)).uiLang).toBe('ja');

    // Signing in on another browser (English by its own settings) brings the language along.
    const elsewhere = await signIn('reviewer');
    await elsewhere.getByRole('link', { name: 'プロジェクト' }).first().waitFor();
    expect(await elsewhere.locator('html').getAttribute('lang')).toBe('ja');
  });

  it('“Forgot your password?” on the sign-in page answers without saying whether the address has an account', async () => {
    const answers: string[] = [];
    for (const email of [e2e.app.passwords.translator.email, 'nobody@example.org']) {
      const page = await newPage();
      await page.goto(`${e2e.app.url}/login`);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Send me a link' }).click();
      // This server runs without SMTP: a coordinator makes the link.
      const answer = page.getByRole('status');
      await answer.getByText('This Tessera server does not send e-mail').waitFor();
      answers.push(await answer.innerText());
      await page.getByRole('link', { name: 'Back to sign-in' }).click();
      await page.getByRole('heading', { name: 'Sign in to Tessera' }).waitFor();
    }
    expect(answers[0]).toBe(answers[1]);
  });
});
