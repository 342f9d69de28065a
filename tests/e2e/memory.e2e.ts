import { describe, expect, it } from 'vitest';
import { appInChromium, expectNoSeriousAxeViolations, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

/**
 * The memory's version of a demo sentence (“…and people who seek help in abusive relationships.”)
 * with two of its 19 words changed: 17 kept, 2 × 17 / 38 = 89%.
 */
const remembered = 'Secure communication protects journalists and their sources, doctors and their patients, and everyone who seeks help in abusive relationships.';
const translation = '安全な通信は、記者とその情報源、医師とその患者、そして虐待的な関係の中で助けを求めるすべての人を守ります。';
const tmx = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>',
  `<body><tu><tuv xml:lang="en"><seg>${remembered}</seg></tuv><tuv xml:lang="ja"><seg>${translation}</seg></tuv></tu></body></tmx>`,
].join('\n');

describe('translation memory in the editor', () => {
  it('a coordinator adds a TMX file; the translator sees its close match, uses it with the keyboard and saves it', async () => {
    const coordinator = await signIn('coordinator');
    await coordinator.getByLabel('Add a TMX file to the translation memory').setInputFiles({ name: 'coalition-memory.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) });
    await coordinator.getByText('1 entry added').waitFor();
    await coordinator.context().close();

    const page = await signIn('translator');
    await openJapaneseEditor(page);
    const row = page.locator('tr[data-unit-id]', { hasText: 'Secure communication protects journalists' });
    const unitId = await row.getAttribute('data-unit-id');
    // Nothing is loaded or shown before the translator works on a unit.
    expect(await page.locator('.memory-matches').count()).toBe(0);

    const box = row.getByLabel(/^Translation of /);
    await box.focus();
    const match = row.locator('.memory-match');
    await match.waitFor();
    const score = 89;
    expect(await row.getByRole('heading', { name: 'Translation memory: 1 match' }).count()).toBe(1);
    expect(await match.locator('.memory-match__score').innerText()).toBe(`${score}%`);
    // Its kind, and where and when it came from (the date as the interface's language writes it).
    expect(await match.locator('.memory-match__kind').innerText()).toBe('Fuzzy match');
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    await match.getByText(`From coalition-memory.tmx, ${today}`).waitFor();
    // What differs between the remembered source and this one is marked.
    expect((await match.locator('del').allTextContents()).join(' ')).toMatch(/everyone.*seeks/);
    expect((await match.locator('ins').allTextContents()).join(' ')).toMatch(/people.*seek/);
    expect(await match.locator('.memory-match__target').innerText()).toBe(translation);
    // The panel did not take the focus, and only the unit being edited has one.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Translation of \d+\.\d+$/);
    expect(await page.locator('.memory-matches').count()).toBe(1);

    // Tab reaches the match's button; Enter puts its translation in the box and the caret back there.
    await box.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Use the ${score}% match`);
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe(translation);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Translation of \d+\.\d+$/);
    await box.press('Control+Enter');
    await expect.poll(() => page.locator(`[data-unit-id="${unitId}"]`).getAttribute('data-state')).toBe('translated');

    // Saved on the server: a reload shows the memory's translation.
    await page.reload();
    await expect.poll(() => page.locator(`[data-unit-id="${unitId}"]`).getByLabel(/^Translation of /).inputValue()).toBe(translation);
    await page.context().close();
  });

  it('the coordinator measures how much of the language the memory translates', async () => {
    const page = await signIn('coordinator');
    await openJapaneseEditor(page);
    const panel = page.getByRole('region', { name: 'Translation memory leverage' });
    await panel.getByRole('button', { name: 'Measure' }).click();
    const table = panel.locator('table');
    await table.waitFor();
    // The remembered sentence scores 89%: one sentence in the 85–94% band, the others without a match.
    expect(await table.locator('tr[data-band="85"] td').first().innerText()).toBe('1');
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['Context match', '100% match', 'Repetition in this statement', '95–99%', '85–94%', '75–84%', 'No match']);
    expect(await table.locator('tfoot td').last().innerText()).toBe('100%');
    await expectNoSeriousAxeViolations(page, 'editor with the leverage report');
    await page.context().close();
  });

  it('the coordinator takes a project out of the translation memory and puts it back, from the project list', async () => {
    const page = await signIn('coordinator');
    const offer = () => page.locator('[data-project-id]').first().getByLabel('Offer its approved translations to the translation memory');
    const saved = () => page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/memory') && r.status() === 204);
    await expect.poll(() => offer().isChecked()).toBe(true);
    await Promise.all([saved(), offer().uncheck()]);
    // Kept on the server: a reload shows it unticked.
    await page.reload();
    await expect.poll(() => offer().isChecked()).toBe(false);
    await Promise.all([saved(), offer().check()]);
    await page.reload();
    await expect.poll(() => offer().isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'project list with the memory offer');
    await page.context().close();
  });
});
