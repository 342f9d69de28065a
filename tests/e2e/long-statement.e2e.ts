import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, waitForEditor } from './app.ts';

const running = appInChromium();
const { signIn } = running;

const SENTENCES = 650;
const sentence = (i: number) => `Sentence ${i} calls on every government to act.`;

/** As the coordinator signed in on `page`: a project of SENTENCES sentences, translated into French. */
async function createLongProject(page: Page): Promise<number> {
  const { csrfToken } = (await (await page.request.get(`${running.app.url}/api/session`)).json()) as { csrfToken: string };
  const paragraphs = Array.from({ length: Math.ceil(SENTENCES / 10) }, (_, p) => Array.from({ length: 10 }, (_, s) => sentence(10 * p + s)).join(' '));
  const res = await page.request.post(`${running.app.url}/api/projects`, {
    data: { name: 'A long statement', sourceLang: 'en', targetLangs: ['fr'], text: paragraphs.join('\n\n') },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

const rowOf = (page: Page, i: number) => page.locator('tr[data-unit-id]', { hasText: sentence(i) });

describe('a long statement', () => {
  it('opens with its first sentences, then shows every sentence; a draft typed far down is kept until its page comes back', async () => {
    const page = await signIn('coordinator');
    const projectId = await createLongProject(page);
    // The pages after the first are held back until the first sentences have been worked on.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/languages\/fr\/units\?/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${running.app.url}/projects/${projectId}/fr`);
    await waitForEditor(page, 'fr', String(projectId));
    await rowOf(page, 0).getByLabel(/^Translation of /).fill('Première phrase.');
    await page.getByText('Loading the remaining units').waitFor();
    expect(await rowOf(page, SENTENCES - 1).count()).toBe(0);

    // The rest arrives page after page, behind the first.
    release();
    await page.getByText(`Showing ${SENTENCES} of ${SENTENCES} units`).waitFor();
    expect(await page.getByText('Loading the remaining units').count()).toBe(0);
    expect(await rowOf(page, 0).getByLabel(/^Translation of /).inputValue()).toBe('Première phrase.');
    // Only the sentences near the screen are drawn; the last is drawn once the page is scrolled to it.
    expect(await page.locator('tr[data-unit-id]').count()).toBeLessThan(SENTENCES);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await rowOf(page, SENTENCES - 1).waitFor();

    await rowOf(page, SENTENCES - 1).getByLabel(/^Translation of /).fill('Dernière phrase.');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('Dernière phrase.');
    const context = page.context();
    await page.close({ runBeforeUnload: false });

    const back = await context.newPage();
    await back.goto(`${running.app.url}/projects/${projectId}/fr`);
    await waitForEditor(back, 'fr', String(projectId));
    await back.getByText('2 translations you had not saved on your last visit are back in their boxes.', { exact: false }).waitFor();
    await back.getByText(`Showing ${SENTENCES} of ${SENTENCES} units`).waitFor();
    await back.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = rowOf(back, SENTENCES - 1).getByLabel(/^Translation of /);
    expect(await last.inputValue()).toBe('Dernière phrase.');
    await last.press('Control+Enter');
    await expect.poll(() => rowOf(back, SENTENCES - 1).getAttribute('data-state')).toBe('translated');
    await context.close();
  });
});
