import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, waitForEditor } from './app.ts';

const e2e = appInChromium();
const { signIn, newPage } = e2e;

/** The coordinator creates an invitation on the members page and reads the link it shows. */
async function inviteLink(coordinator: Page, role: string, languages: string[]): Promise<string> {
  await coordinator.getByRole('link', { name: 'Members' }).first().click();
  await coordinator.getByRole('heading', { name: 'Members and invitations' }).waitFor();
  await coordinator.getByLabel('Role').selectOption({ label: role });
  for (const language of languages) await coordinator.getByLabel(language).check();
  await coordinator.getByRole('button', { name: 'Create invitation link' }).click();
  const link = coordinator.getByLabel('Invitation link');
  await link.waitFor();
  return link.inputValue();
}

describe('a coordinator invites a volunteer by link', () => {
  it('a newcomer opens the link and asks to join; the coordinator confirms; the newcomer signs in and translates French', async () => {
    const coordinator = await signIn('coordinator');
    const link = await inviteLink(coordinator, 'Translator', ['French']);
    expect(link).toMatch(new RegExp(`^${e2e.app.url}/invite/[\\w-]{40,}$`));
    // The members page lists the people already in the project.
    await coordinator.getByRole('cell', { name: 'Demo Reviewer', exact: true }).waitFor();

    const newcomer = await newPage();
    await newcomer.goto(link);
    await newcomer.getByRole('heading', { name: 'Invitation' }).waitFor();
    await newcomer.getByText('You are invited to work on “Demo: Digital Safety Act statement”.').waitFor();
    expect(await newcomer.locator('dd[data-role="translator"]').innerText()).toBe('Translator');
    expect(await newcomer.getByText('French', { exact: true }).count()).toBe(1);

    // A password that is too short is refused here, before anything is sent.
    await newcomer.getByLabel('Your name').fill('Camille Martin');
    await newcomer.getByLabel('Email').fill('camille@example.org');
    await newcomer.getByLabel('Password').fill('short');
    await newcomer.getByRole('button', { name: 'Ask to join' }).click();
    await newcomer.getByText('Choose a password of at least 10 characters.').waitFor();

    await newcomer.getByLabel('Password').fill('a long enough password');
    await newcomer.getByRole('button', { name: 'Ask to join' }).click();
    // This server sends no e-mail: a coordinator confirms.
    await newcomer.getByText('Your request to join waits for a coordinator of the project.', { exact: false }).waitFor();

    await coordinator.reload();
    const waiting = coordinator.getByRole('region', { name: 'Waiting to join' });
    await waiting.getByText('Camille Martin <camille@example.org> — Translator, French').waitFor();
    await waiting.getByRole('button', { name: 'Confirm' }).click();
    await coordinator.getByRole('cell', { name: 'Camille Martin', exact: true }).waitFor();
    await waiting.waitFor({ state: 'detached' });

    await newcomer.goto(`${e2e.app.url}/login`);
    await newcomer.getByLabel('Email').fill('camille@example.org');
    await newcomer.getByLabel('Password').fill('a long enough password');
    await newcomer.getByRole('button', { name: 'Sign in' }).click();
    await newcomer.getByRole('link', { name: 'Open' }).and(newcomer.locator('[href$="/fr"]')).click();
    await waitForEditor(newcomer, 'fr');
    expect(await newcomer.locator('.app-header__name').innerText()).toBe('Camille Martin');

    const unitId = await newcomer.locator('tr[data-unit-id][data-state="untranslated"]').filter({ has: newcomer.getByLabel(/^Translation of /) }).first().getAttribute('data-unit-id');
    const row = newcomer.locator(`tr[data-unit-id="${unitId}"]`);
    await row.getByLabel(/^Translation of /).fill('Déclaration commune sur le projet de loi sur la sécurité numérique.');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('translated');
    // A translator does not review.
    expect(await row.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    // The link worked once.
    const again = await newPage();
    await again.goto(link);
    await again.getByText('This invitation was used already', { exact: false }).waitFor();

    // The coordinator sees the newcomer among the members, as a translator of French.
    await coordinator.reload();
    await coordinator.getByRole('cell', { name: 'Camille Martin', exact: true }).waitFor();
    expect(await coordinator.locator('tr', { hasText: 'Camille Martin' }).innerText()).toContain('Translator: French');

    await again.context().close();
    await newcomer.context().close();
    await coordinator.context().close();
  });

  it('an existing user signs in from the invitation and comes back to accept it', async () => {
    const coordinator = await signIn('coordinator');
    const link = await inviteLink(coordinator, 'Reviewer', ['Spanish']);
    await coordinator.context().close();

    const page = await newPage();
    await page.goto(link);
    await page.getByRole('link', { name: 'I have an account: sign in first' }).first().click();
    await page.getByLabel('Email').fill(e2e.app.passwords.translator.email);
    await page.getByLabel('Password').fill(e2e.app.passwords.translator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/invite\//);
    await page.getByText('You are signed in as Demo Translator.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Accept' }).click();
    await waitForEditor(page, 'es');
    await page.context().close();
  });
});
