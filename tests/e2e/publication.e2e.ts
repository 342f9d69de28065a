import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { appInChromium } from './app.ts';
import { unzipInto } from './unzip.ts';

const running = appInChromium();
const { signIn, newPage } = running;

const LANGUAGES = [
  { lang: 'ja', dir: 'ltr', name: '日本語' },
  { lang: 'fr', dir: 'ltr', name: 'Français' },
  { lang: 'es', dir: 'ltr', name: 'Español' },
  { lang: 'ar', dir: 'rtl', name: 'العربية' },
] as const;

const screenshots = path.resolve(new URL('../../test-results/', import.meta.url).pathname);

interface Unit {
  id: number;
  source: (string | object)[];
  revision: number;
}

/** The HTTP API as the signed-in user of `page` (its cookies, and the CSRF token of its session). */
async function apiAs(page: Page) {
  const session = (await (await page.request.get(`${running.app.url}/api/session`)).json()) as { csrfToken: string };
  return async <T>(method: string, pathname: string, data?: unknown): Promise<T> => {
    const res = await page.request.fetch(`${running.app.url}${pathname}`, { method, data, headers: { 'X-CSRF-Token': session.csrfToken } });
    if (!res.ok()) throw new Error(`${method} ${pathname} → ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** What the volunteers do before the coordinator publishes: every unit that blocks a language gets an approved translation (the gate names the first ones, so until it names none). */
async function approveWhatBlocks(projectId: number, lang: string): Promise<void> {
  const translator = await apiAs(await signIn('translator'));
  const reviewer = await apiAs(await signIn('reviewer'));
  for (;;) {
    const { gate } = await translator<{ gate: { blockers: { unitId: number; reason: string; state: string; checks: string[] }[] } }>('GET', `/api/projects/${projectId}/languages/${lang}/publications`);
    if (gate.blockers.length === 0) return;
    const { units } = await translator<{ units: Unit[] }>('GET', `/api/projects/${projectId}/languages/${lang}`);
    for (const blocker of gate.blockers) {
      const unit = units.find((u) => u.id === blocker.unitId)!;
      let revision = unit.revision;
      // A draft without errors of the checks only waits for its review; anything else gets a translation first.
      if (blocker.state === 'untranslated' || blocker.state === 'rejected' || blocker.checks.length > 0) {
        const text = unit.source.map((part) => (typeof part === 'string' ? part : '')).join('');
        revision = (await translator<Unit>('PUT', `/api/projects/${projectId}/languages/${lang}/units/${unit.id}/translation`, { target: [`[${lang}] ${text}`], baseRevision: revision })).revision;
      }
      // The stand-in keeps the English text, which checks of the language may warn about (its length in Japanese): the reviewer says so.
      const overrideReason = 'The English text stands in for the translation.';
      await reviewer('POST', `/api/projects/${projectId}/languages/${lang}/units/${unit.id}/review`, { decision: 'approve', baseRevision: revision, overrideReason });
    }
  }
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${what}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

describe('publishing the demo statement in four languages', () => {
  let projectId: number;

  it('a signed-out preview link leads to sign-in, and back to the preview', async () => {
    const page = await newPage();
    const coordinator = await signIn('coordinator');
    projectId = Number(/\/projects\/(\d+)\//.exec((await coordinator.getByRole('link', { name: 'Open' }).first().getAttribute('href')) ?? '')?.[1]);
    await coordinator.context().close();
    await page.goto(`${running.app.url}/publications/${projectId}/fr?preview=1`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Email').fill(running.app.passwords.translator.email);
    await page.getByLabel('Password').fill(running.app.passwords.translator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signing in reloads the page it came from (the app may navigate first: only where it lands counts).
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(new RegExp(`/publications/${projectId}/fr\\?preview=1$`));
    await page.waitForLoadState('load');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.context().close();
  });

  it('the coordinator sees what blocks each language, then publishes Japanese, French, Spanish and Arabic from the publication panel', async () => {
    const page = await signIn('coordinator');
    await page.goto(`${running.app.url}/projects/${projectId}/ja`);
    const panel = page.getByRole('region', { name: 'Publication' });
    await panel.getByText(/units? stands? in the way of publishing/).waitFor();
    expect(await panel.locator('.publication__blockers a[href*="#unit-"]').count()).toBeGreaterThan(0);
    for (const { lang } of LANGUAGES) {
      await approveWhatBlocks(projectId, lang);
      await page.goto(`${running.app.url}/projects/${projectId}/${lang}`);
      await panel.getByText('Ready to publish').waitFor();
      // The demo has published French once already: each language gets its next number.
      const button = panel.getByRole('button', { name: /^Publish version \d+$/ });
      const version = Number(/\d+/.exec(await button.innerText())?.[0]);
      expect(version).toBe(lang === 'fr' ? 2 : 1);
      await button.click();
      await panel.getByText(`Version ${version} is published.`).waitFor();
      await panel.getByRole('link', { name: `Version ${version}`, exact: true }).waitFor();
    }
    await page.context().close();
  });

  it('the coordinator lists the signatories in the language’s alphabetical order, and the members’ preview follows', async () => {
    const page = await signIn('coordinator');
    await page.goto(`${running.app.url}/projects/${projectId}/fr`);
    const panel = page.getByRole('region', { name: 'Publication' });
    await panel.getByLabel('Signatories on the pages').selectOption({ label: 'In alphabetical order of the language' });
    const api = await apiAs(page);
    await expect.poll(async () => (await api<{ signatoryOrder: string }>('GET', `/api/projects/${projectId}/languages/fr/publications`)).signatoryOrder).toBe('collation');
    await page.goto(`${running.app.url}/publications/${projectId}/fr?preview=1`);
    const lists = await page.locator('ul.signatories').evaluateAll((uls) => uls.map((ul) => Array.from(ul.querySelectorAll('li'), (li) => li.textContent ?? '')));
    expect(lists.flat().length).toBeGreaterThan(1);
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    for (const names of lists) expect(names).toEqual([...names].sort(collator.compare));
    await page.context().close();
  });

  it('the bundle opens from a folder: a language switcher, lang and dir, hreflang links, no axe violations', async () => {
    const page = await newPage();
    const res = await page.request.get(`${running.app.url}/publications/${projectId}/bundle.zip`);
    expect(res.status()).toBe(200);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bundle-'));
    const files = unzipInto(await res.body(), folder);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'manifest.json', ...LANGUAGES.map(({ lang }) => `${lang}.html`)]));
    fs.mkdirSync(screenshots, { recursive: true });

    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    await expectNoAxeViolations(page, 'index.html');
    await page.screenshot({ path: path.join(screenshots, 'publication-bundle-index.png'), fullPage: true });
    await page.getByRole('link', { name: '日本語' }).click();

    for (const [i, { lang, dir }] of LANGUAGES.entries()) {
      await page.waitForURL(new RegExp(`/${lang}\\.html$`));
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
      const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(alternates).toEqual(expect.arrayContaining(LANGUAGES.map((l) => [l.lang, `${l.lang}.html`])));
      await expectNoAxeViolations(page, `${lang}.html`);
      await page.screenshot({ path: path.join(screenshots, `publication-bundle-${lang}.png`), fullPage: true });
      // The language switcher leads to the next language, relatively, inside the folder.
      const next = LANGUAGES[i + 1];
      if (next) await page.getByRole('navigation').getByRole('link', { name: next.name }).click();
    }
    fs.rmSync(folder, { recursive: true, force: true });
    await page.context().close();
  });
});
