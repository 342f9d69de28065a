import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, waitForEditor } from './app.ts';

const e2e = appInChromium();
const { signIn, newPage } = e2e;

/** The coordinator invites by link, for French, with `role`; a signed-in demo user accepts it and lands in the French editor. */
async function joinAs(coordinator: Page, projectId: string, role: 'Translator' | 'Reviewer', who: 'translator' | 'reviewer'): Promise<Page> {
  await coordinator.goto(`${e2e.app.url}/projects/${projectId}/members`);
  await coordinator.getByRole('heading', { name: 'Members and invitations' }).waitFor();
  await coordinator.getByLabel('Role').selectOption({ label: role });
  await coordinator.getByLabel('French').check();
  await coordinator.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await coordinator.getByLabel('Invitation link').inputValue();

  const page = await signIn(who);
  await page.goto(link);
  await page.getByRole('button', { name: 'Accept' }).click();
  await waitForEditor(page, 'fr', projectId);
  return page;
}

const statement = [
  '# Open letter on the data bill',
  '',
  'We demand **urgent** action, as [the report](https://example.org/report) shows.',
  '',
  'We thank our partners.',
  '',
].join('\n');

describe('inline formatting survives translation', () => {
  it('bold and a link of a Markdown statement reach the published French page', async () => {
    const coordinator = await signIn('coordinator');
    await coordinator.getByRole('link', { name: 'New project' }).click();
    await coordinator.getByLabel('Project name').fill('Formatting statement');
    await coordinator.getByLabel('Source language').fill('en');
    await coordinator.getByLabel('Target languages').fill('fr');
    await coordinator.getByLabel('Paste the statement').fill(statement);
    await coordinator.getByLabel('Format').selectOption('markdown');
    await coordinator.getByRole('button', { name: 'Create project' }).click();
    await coordinator.waitForURL(/\/projects\/\d+\/fr$/);
    const projectId = /\/projects\/(\d+)\/fr$/.exec(coordinator.url())![1]!;

    // The source shows its codes as the tokens a translator types.
    const sourceRow = coordinator.locator('tr[data-unit-id]', { hasText: 'as' }).filter({ has: coordinator.locator('.code') }).first();
    await sourceRow.waitFor();
    expect(await sourceRow.locator('.unit__source-text').innerText()).toBe('We demand {1}urgent{/1} action, as {2}the report{/2} shows.');
    const unitId = await sourceRow.getAttribute('data-unit-id');

    const translator = await joinAs(coordinator, projectId, 'Translator', 'translator');
    const row = translator.locator(`tr[data-unit-id="${unitId}"]`);
    const box = row.getByLabel(/^Translation of /);
    // The bold pair typed by hand, the link put around the selected words with “Insert formatting”.
    const typed = 'Nous exigeons une action {1}urgente{/1}, comme le montre le rapport.';
    await box.fill(typed);
    const from = typed.indexOf('le rapport');
    await box.evaluate((element: HTMLTextAreaElement, [start, end]) => element.setSelectionRange(start!, end!), [from, from + 'le rapport'.length]);
    await row.getByRole('button', { name: 'Insert formatting' }).click();
    // The bold pair is in the translation already: only the link is offered.
    expect(await row.locator('.formatting__choice').count()).toBe(1);
    await row.getByRole('button', { name: 'Insert “link” ({2}…{/2}) around the selected text' }).click();
    const withLink = 'Nous exigeons une action {1}urgente{/1}, comme le montre {2}le rapport{/2}.';
    await expect.poll(() => box.inputValue()).toBe(withLink);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('translated');
    // Saved as codes: a reload reads the same tokens back.
    await translator.reload();
    await expect.poll(() => translator.locator(`tr[data-unit-id="${unitId}"]`).getByLabel(/^Translation of /).inputValue()).toBe(withLink);
    await translator.context().close();

    const reviewer = await joinAs(coordinator, projectId, 'Reviewer', 'reviewer');
    const reviewed = reviewer.locator(`tr[data-unit-id="${unitId}"]`);
    await reviewed.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => reviewed.getAttribute('data-state')).toBe('approved');
    await reviewer.context().close();

    // The coordinator publishes French, with the source standing in for the sentences not yet approved.
    const session = (await (await coordinator.request.get(`${e2e.app.url}/api/session`)).json()) as { csrfToken: string };
    const publish = await coordinator.request.post(`${e2e.app.url}/api/projects/${projectId}/languages/fr/publications`, { data: { allowFallback: true }, headers: { 'X-CSRF-Token': session.csrfToken } });
    expect(publish.status()).toBe(201);

    const published = await newPage();
    await published.goto(`${e2e.app.url}/publications/${projectId}/fr`);
    expect(await published.locator('html').getAttribute('lang')).toBe('fr');
    expect(await published.locator('strong').innerText()).toBe('urgente');
    const link = published.locator('a[href="https://example.org/report"]');
    expect(await link.innerText()).toBe('le rapport');
    expect(await published.locator('body').innerText()).toContain('Nous exigeons une action urgente, comme le montre le rapport.');
    await published.context().close();
    await coordinator.context().close();
  });

  it('a project creator adds a TMX file to the translation memory from the project list', async () => {
    const coordinator = await signIn('coordinator');
    const tmx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>',
      '<body><tu><tuv xml:lang="en"><seg>We thank our partners.</seg></tuv><tuv xml:lang="fr"><seg>Nous remercions nos partenaires.</seg></tuv></tu></body></tmx>',
    ].join('\n');
    await coordinator.getByLabel('Add a TMX file to the translation memory').setInputFiles({ name: 'memory.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) });
    await coordinator.getByText('1 entry added').waitFor();
    expect(await coordinator.locator('.memory-import__summary li').innerText()).toBe('English → French: 1 entry');

    // A file that is not TMX is refused with a message in the interface language.
    await coordinator.getByLabel('Add a TMX file to the translation memory').setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from('<xliff version="1.2"/>') });
    await coordinator.getByText('The file is not valid TMX.').waitFor();
    await coordinator.context().close();
  });
});
