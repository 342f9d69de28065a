import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { appInChromium, startApp, tesseraBin, type RunningApp } from './app.ts';

const e2e = appInChromium();
const { signIn, newPage } = e2e;

/** The path of the single-use link the command line or the server printed (its origin is the configured public URL). */
const linkPath = (printed: string, page: 'setup' | 'reset-password') => new RegExp(`/${page}/[\\w-]+`).exec(printed)?.[0];

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(", ")}) ${v.help}`)).toEqual([]);
}

async function openMyAccount(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'My account' }).click();
  await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
}

describe('My account', () => {
  it('a volunteer changes their e-mail, ends another session, downloads their data, deletes the account and can no longer sign in', async () => {
    const other = await signIn('translator');
    const page = await signIn('translator');
    await openMyAccount(page);
    expect(await page.locator('dd[data-field="name"]').innerText()).toBe('Demo Translator');
    expect(await page.locator('dd[data-field="email"]').innerText()).toBe(e2e.app.passwords.translator.email);

    // An address someone else has is refused without saying whose; then a free one is taken.
    const email = page.getByRole('region', { name: 'Change email' });
    await email.getByLabel('New email address').fill(e2e.app.passwords.reviewer.email);
    await email.getByLabel('Current password').fill(e2e.app.passwords.translator.password);
    await email.getByRole('button', { name: 'Change email' }).click();
    await email.getByText('This email address cannot be used. Choose another one.', { exact: false }).waitFor();
    await email.getByLabel('New email address').fill('volunteer@example.org');
    await email.getByRole('button', { name: 'Change email' }).click();
    await email.getByText('Your email address is now volunteer@example.org.').waitFor();
    await expect.poll(() => page.locator('dd[data-field="email"]').innerText()).toBe('volunteer@example.org');

    // Two sessions: this one, marked, and the other browser, which is ended at once.
    const sessions = page.getByRole('region', { name: 'Signed-in sessions' });
    await expect.poll(() => sessions.locator('tbody tr').count()).toBe(2);
    expect(await sessions.locator('tr[data-current]').innerText()).toContain('This session');
    await sessions.getByRole('button', { name: /^End the session of / }).click();
    await sessions.getByText('That session has ended.').waitFor();
    await expect.poll(() => sessions.locator('tbody tr').count()).toBe(1);
    await other.reload();
    await other.getByRole('heading', { name: 'Sign in to Tessera' }).waitFor();

    // My data, as a JSON file: my account and no one else's address.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toBe('tessera-my-data.json');
    const text = fs.readFileSync(await download.path(), 'utf8');
    const data = JSON.parse(text) as { account: { name: string; email: string }; memberships: { project: string; role: string }[] };
    expect(data.account).toMatchObject({ name: 'Demo Translator', email: 'volunteer@example.org' });
    expect(data.memberships).toEqual([expect.objectContaining({ project: 'Demo: Digital Safety Act statement', role: 'translator' })]);
    expect(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)).toEqual(['volunteer@example.org']);

    // Deleting the account signs out, and the address and password no longer sign in.
    const erase = page.getByRole('region', { name: 'Delete my account' });
    await erase.getByLabel('Pseudonym (optional)').fill('Kestrel');
    await erase.getByLabel('Current password').fill(e2e.app.passwords.translator.password);
    await erase.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { name: 'Sign in to Tessera' }).waitFor();
    await page.getByLabel('Email').fill('volunteer@example.org');
    await page.getByLabel('Password').fill(e2e.app.passwords.translator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That email and password do not match an account.', { exact: false }).waitFor();
    expect(page.url()).toMatch(/\/login/);

    await other.context().close();
    await page.context().close();
  });

  it('the only coordinator of a project is told which project keeps them, and stays', async () => {
    const page = await signIn('coordinator');
    await openMyAccount(page);
    const erase = page.getByRole('region', { name: 'Delete my account' });
    await erase.getByLabel('Current password').fill(e2e.app.passwords.coordinator.password);
    await erase.getByRole('button', { name: 'Delete my account' }).click();
    await erase.getByText('You are the only coordinator of Demo: Digital Safety Act statement.', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Signed-in sessions' }).locator('tbody tr').first().waitFor();
    await expectNoAxeViolations(page, 'My account');
    await page.getByRole('link', { name: 'Projects' }).first().click();
    await page.getByRole('heading', { name: 'Demo: Digital Safety Act statement' }).waitFor();
    await page.context().close();
  });

  it('a coordinator makes a password link for a reviewer on the members page; it sets a new password', async () => {
    const coordinator = await signIn('coordinator');
    await coordinator.getByRole('link', { name: 'Members' }).first().click();
    await coordinator.getByRole('button', { name: 'Make a password link for Demo Reviewer' }).click();
    const url = await coordinator.getByLabel('Password link for Demo Reviewer').inputValue();
    expect(url).toMatch(new RegExp(`^${e2e.app.url}/reset-password/[\\w-]{40,}$`));
    const page = await newPage();
    await page.goto(url);
    await page.getByText('For the account of Demo Reviewer', { exact: false }).waitFor();
    await page.getByLabel('New password').fill('the reviewer chose this');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByRole('heading', { name: 'Demo: Digital Safety Act statement' }).waitFor();
    expect(await page.locator('.app-header__name').innerText()).toBe('Demo Reviewer');
    await page.context().close();
    await coordinator.context().close();
  });

  it('a password link from the command line sets a new password and signs in; used again, it says so', async () => {
    const printed = execFileSync(process.execPath, [tesseraBin, 'user', 'reset-link', '--email', e2e.app.passwords.reviewer.email, '--data', e2e.app.data], { encoding: 'utf8' });
    const path = linkPath(printed, 'reset-password');
    expect(path).toBeDefined();
    const page = await newPage();
    await page.goto(e2e.app.url + path);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByText('For the account of Demo Reviewer', { exact: false }).waitFor();
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('Choose a password of at least 10 characters.').waitFor();
    await page.getByLabel('New password').fill('a brand new password');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByRole('heading', { name: 'Demo: Digital Safety Act statement' }).waitFor();
    expect(await page.locator('.app-header__name').innerText()).toBe('Demo Reviewer');

    const again = await newPage();
    await again.goto(e2e.app.url + path);
    await again.getByText('This link was used already: each link works once.', { exact: false }).waitFor();
    expect(await again.getByRole('button', { name: 'Save password' }).count()).toBe(0);
    await again.context().close();
    await page.context().close();
  });
});

describe('a new server', () => {
  let fresh: RunningApp | undefined;
  afterAll(() => fresh?.stop());

  it('the setup link it prints makes the first coordinator’s account; used again, it says so', async () => {
    const app = (fresh = await startApp({ demo: false }));
    // The link comes on stderr just after the server says it is running.
    await expect.poll(() => linkPath(app.output(), 'setup')).toBeDefined();
    const path = linkPath(app.output(), 'setup')!;
    const page = await newPage();
    await page.goto(app.url + path);
    await page.getByRole('heading', { name: 'Set up Tessera' }).waitFor();
    await expectNoAxeViolations(page, 'setup page');
    await page.getByLabel('Your name').fill('Amal Haddad');
    await page.getByLabel('Email').fill('amal@example.org');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${app.url}/`);
    await expect.poll(() => page.locator('.app-header__name').innerText()).toBe('Amal Haddad');

    const again = await newPage();
    await again.goto(app.url + path);
    await again.getByText('This link was used already: each link works once.', { exact: false }).waitFor();
    await again.context().close();
    await page.context().close();
  });
});
