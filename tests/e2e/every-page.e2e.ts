import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, expectNoSeriousAxeViolations } from './app.ts';

const running = appInChromium();
const { signIn, newPage } = running;

/** How wide the page is laid out: wider than the phone's 360 px means something sticks out sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Every page of the app, by its address (`project`: the demo project's id). */
const SIGNED_OUT = ['/login', '/forgot-password', '/invite/not-a-real-token', '/join/not-a-real-token', '/setup/not-a-real-token', '/reset-password/not-a-real-token'];
const SIGNED_IN = (project: string) => [
  '/',
  '/projects/new',
  `/projects/${project}/ja`,
  `/projects/${project}/ar`,
  `/projects/${project}/ja/activity`,
  `/projects/${project}/members`,
  `/projects/${project}/revisions/new`,
  '/account',
  '/preferences',
  '/no-such-page',
];

/** Opens `path` on a phone-sized screen, waits for its heading, and checks what a keyboard or screen-reader user and a phone user would hit. */
async function check(page: Page, path: string): Promise<void> {
  await page.goto(`${running.app.url}${path}`);
  await page.locator('main h1').first().waitFor();
  // What loads after the heading (the units, a panel) is in before the page is judged.
  await page.waitForLoadState('networkidle');
  expect(await pageWidth(page), `${path} is wider than the screen`).toBeLessThanOrEqual(360);
  await expectNoSeriousAxeViolations(page, path);
}

describe('every page', () => {
  it('has no serious or critical axe violation and nothing wider than a 360 px phone, signed out and signed in', { timeout: 300_000 }, async () => {
    const visitor = await newPage();
    await visitor.setViewportSize({ width: 360, height: 740 });
    for (const path of SIGNED_OUT) await check(visitor, path);

    const coordinator = await signIn('coordinator');
    const project = /\/projects\/(\d+)\//.exec((await coordinator.locator('a[href$="/ja"]').first().getAttribute('href')) ?? '')?.[1];
    expect(project).toBeDefined();
    await coordinator.setViewportSize({ width: 360, height: 740 });
    for (const path of SIGNED_IN(project!)) await check(coordinator, path);
  });
});
