import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appInChromium, openJapaneseEditor } from './app.ts';

const demoStatement = fs.readFileSync(new URL('../../packages/server/src/demo/statement.txt', import.meta.url), 'utf8');
const unchanged = 'Secure communication protects journalists';
const reworded = { before: 'A law that breaks encryption for some breaks it for all.', after: 'A law that weakens encryption for some weakens it for everyone.' };
const newSignatory = 'Digital Rights Watch';

/** The demo statement with one sentence reworded and one signatory added (the file is hard-wrapped, as text from a PDF). */
function secondVersion(): string {
  const sentence = new RegExp(reworded.before.split(' ').join('\\s+'));
  const lastSignatory = '●  Cyfrowe Prawa Foundation';
  if (!sentence.test(demoStatement) || !demoStatement.includes(lastSignatory)) throw new Error('the demo statement no longer has what this test changes');
  return demoStatement.replace(sentence, reworded.after).replace(lastSignatory, `${lastSignatory}\n●  ${newSignatory}`);
}

const { signIn } = appInChromium();

const rowWith = (page: Page, text: string): Locator => page.locator('tr[data-unit-id]').filter({ hasText: text });

describe('a new version of the source keeps what still fits and sends rewordings to review', () => {
  it('the translator translates two sentences and the reviewer approves them', async () => {
    const translator = await signIn('translator');
    await openJapaneseEditor(translator);
    for (const [source, target] of [
      [unchanged, '安全な通信は、ジャーナリストとその情報源を守ります。'],
      [reworded.before, '一部の人のために暗号化を破る法律は、すべての人の暗号化を破ります。'],
    ] as const) {
      const row = rowWith(translator, source);
      await row.getByLabel(/^Translation of /).fill(target);
      await row.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => row.getAttribute('data-state')).toBe('translated');
    }
    await translator.context().close();

    const reviewer = await signIn('reviewer');
    await openJapaneseEditor(reviewer);
    for (const source of [unchanged, reworded.before]) {
      const row = rowWith(reviewer, source);
      await row.getByRole('button', { name: 'Approve' }).click();
      await expect.poll(() => row.getAttribute('data-state')).toBe('approved');
    }
    await reviewer.context().close();
  });

  it('the coordinator uploads the new version, reads the summary, and accepts it', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('link', { name: 'New version of the source' }).click();
    await page.getByRole('heading', { name: 'New version of the source' }).waitFor();

    await page.getByLabel('…or upload a text file').setInputFiles({ name: 'statement-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(secondVersion()) });
    await expect.poll(() => page.getByLabel('The new version').inputValue()).toContain(reworded.after);
    await page.getByRole('button', { name: 'Compare with the version in force' }).click();

    const summary = page.locator('.revision-preview');
    await summary.getByRole('heading', { name: 'What this version changes' }).waitFor();
    const counts = await summary.locator('.revision-summary__counts li').allInnerTexts();
    expect(counts.some((line) => line.startsWith('1 reworded'))).toBe(true);
    expect(counts.some((line) => line.startsWith('1 new'))).toBe(true);
    expect(counts.some((line) => /removed/.test(line))).toBe(false);
    // Japanese: the demo's four translations and the unchanged one kept as they were, one kept to be reviewed, none retired.
    expect(await summary.locator('tr[data-lang="ja"] td').allInnerTexts()).toEqual(['5', '1', '0']);
    // The reworded sentence as a word diff, the new signatory as added.
    const rewording = summary.locator('[data-kind="edited"] li');
    expect(await rewording.locator('del').allTextContents()).toContain('removed: breaks');
    expect(await rewording.locator('ins').allTextContents()).toContain('added: weakens');
    expect(await summary.locator('[data-kind="added"] ins').textContent()).toBe(`added: ${newSignatory}`);

    // Nothing is applied before the coordinator accepts: the translator still sees the old sentence.
    const translator = await signIn('translator');
    await openJapaneseEditor(translator);
    await expect.poll(() => rowWith(translator, reworded.before).getAttribute('data-state')).toBe('approved');
    await translator.context().close();

    await summary.getByRole('button', { name: 'Accept this revision' }).click();
    await page.getByText('Revision 2 is in force.').waitFor();
    await page.getByRole('link', { name: 'Open Japanese' }).click();
    await page.waitForURL(/\/projects\/\d+\/ja$/);

    const changed = rowWith(page, reworded.after);
    await expect.poll(() => changed.getAttribute('data-state')).toBe('needs-review');
    expect(await changed.locator('.source-change del').allTextContents()).toContain('removed: breaks');
    expect(await changed.locator('.source-change ins').allTextContents()).toContain('added: weakens');
    expect(await rowWith(page, unchanged).getAttribute('data-state')).toBe('approved');
    expect(await rowWith(page, newSignatory).count()).toBe(1);
    // The demo's 2 approved sentences and 2 drafts, the unchanged sentence approved, the reworded one to review.
    await expect.poll(() => page.getByText(/4 of \d+ approved, 2 translated, 1 unit to review/).count()).toBe(0);
    await expect.poll(() => page.getByText(/3 of \d+ approved, 2 translated, 1 unit to review/).count()).toBe(1);
    await page.context().close();
  });

  it('the reviewer sees what changed, and approves the translation as it is', async () => {
    const page = await signIn('reviewer');
    await openJapaneseEditor(page);
    await page.getByLabel('Show:').selectOption('needs-review');
    const row = rowWith(page, reworded.after);
    await expect.poll(() => page.locator('tr[data-unit-id]').count()).toBe(1);
    expect(await row.locator('.source-change').innerText()).toContain('The source changed.');
    await row.getByRole('button', { name: 'Approve' }).click();
    // Approved, it leaves the “needs review” list; with every unit shown, it is approved and the change is no longer flagged.
    await page.getByText('No units match this filter.').waitFor();
    await page.getByLabel('Show:').selectOption('all');
    await expect.poll(() => row.getAttribute('data-state')).toBe('approved');
    expect(await row.locator('.source-change').count()).toBe(0);
    await page.context().close();
  });

  it('the coordinator splits a sentence at the cursor, merges it back, and fixes a typo without losing an approval', async () => {
    const page = await signIn('coordinator');
    await openJapaneseEditor(page);
    const sentence = 'We remain ready to work with the committee on a text that keeps people safe online without sacrificing their privacy.';
    const firstPart = 'We remain ready to work with the committee';
    const row = rowWith(page, 'We remain ready to work');
    const sourceOf = (locator: Locator) => locator.locator('.unit__source-text').innerText();

    await row.getByRole('button', { name: 'Source tools' }).click();
    await row.getByRole('button', { name: 'Split' }).click();
    const where = row.getByLabel('Where to split');
    await where.press('Control+Home');
    for (let i = 0; i <= firstPart.length; i++) await where.press('ArrowRight');
    await expect.poll(() => row.locator('.source-tools__preview li').allInnerTexts()).toEqual([firstPart, sentence.slice(firstPart.length + 1)]);
    await row.getByRole('button', { name: 'Split at cursor' }).click();
    await expect.poll(() => sourceOf(row)).toBe(firstPart);
    await expect.poll(() => rowWith(page, 'on a text that keeps people safe').count()).toBe(1);

    // The last sentence of a paragraph has nothing after it to merge with.
    const last = rowWith(page, 'The signatories will publish');
    await last.getByRole('button', { name: 'Source tools' }).click();
    expect(await last.getByRole('button', { name: 'Merge with next' }).count()).toBe(0);

    await row.getByRole('button', { name: 'Source tools' }).click();
    await row.getByRole('button', { name: 'Merge with next' }).click();
    await expect.poll(() => sourceOf(row)).toBe(sentence);
    await page.getByText('Merged with the next unit.').waitFor();

    const approved = rowWith(page, unchanged);
    await approved.getByRole('button', { name: 'Source tools' }).click();
    await approved.getByRole('button', { name: 'Edit source' }).click();
    const text = approved.getByLabel('Source text');
    await text.fill((await text.inputValue()).replace('journalists', 'journalists,'));
    await approved.getByRole('button', { name: 'Save source' }).click();
    await approved.getByText('Choose whether this is a typo fix or a change of meaning.').waitFor();
    await approved.getByLabel('Typo fix (keeps approvals)').check();
    await approved.getByRole('button', { name: 'Save source' }).click();
    await expect.poll(() => sourceOf(approved)).toContain('journalists, and their sources');
    expect(await approved.getAttribute('data-state')).toBe('approved');
    await page.context().close();
  });
});
