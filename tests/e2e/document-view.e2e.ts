import { describe, expect, it } from 'vitest';
import { appInChromium, expectNoSeriousAxeViolations, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

describe('the view of the document, kept in the address', () => {
  it('searches source and translation, narrows by state and by author, and a link or a reload opens the same view', async () => {
    const page = await signIn('translator');
    await openJapaneseEditor(page);
    const rows = page.locator('tr[data-unit-id]');
    const all = await rows.count();
    // Source beside translation, the translation at least as wide.
    const [source, target] = await rows.first().evaluate((tr) => Array.from(tr.children, (cell) => cell.getBoundingClientRect().width));
    expect(target).toBeGreaterThanOrEqual(source!);
    const row = rows.filter({ hasText: 'Secure communication protects journalists' });
    await row.getByLabel(/^Translation of /).fill('安全な通信はジャーナリストを守ります。');
    await row.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => row.getAttribute('data-state')).toBe('translated');

    // A search in the source…
    const search = page.getByLabel('Search source and translation');
    await search.fill('secure COMMUNICATION');
    await expect.poll(() => rows.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('secure COMMUNICATION');
    // …and in the translation.
    await search.fill('ジャーナリスト');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-state')).toBe('translated');
    await search.fill('');
    await expect.poll(() => rows.count()).toBe(all);

    // Mine, in the state “translated”: the one saved above among them, nothing in another state.
    await page.getByLabel('mine', { exact: true }).check();
    await page.getByRole('combobox', { name: /^Show:/ }).selectOption('translated');
    await expect.poll(async () => (await rows.evaluateAll((shown) => shown.map((r) => r.getAttribute('data-state')))).every((state) => state === 'translated')).toBe(true);
    const mine = await rows.count();
    expect(mine).toBeLessThan(all);
    expect(await row.count()).toBe(1);
    const address = new URL(page.url());
    expect(Object.fromEntries(address.searchParams)).toEqual({ state: 'translated', mine: '1' });

    // The address opens the same view, in a reload and in another tab.
    await page.reload();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(mine);
    expect(await page.getByRole('combobox', { name: /^Show:/ }).inputValue()).toBe('translated');
    expect(await page.getByLabel('mine', { exact: true }).isChecked()).toBe(true);
    const other = await page.context().newPage();
    await other.goto(address.href);
    await other.locator('tr[data-unit-id]').first().waitFor();
    expect(await other.locator('tr[data-unit-id]').count()).toBe(mine);
    await expectNoSeriousAxeViolations(other, 'editor narrowed to my translations');

    // An impossible day in a pasted address narrows nothing; “Show every unit” clears the view.
    await other.goto(`${address.origin}${address.pathname}?since=2024-02-30`);
    await other.locator('tr[data-unit-id]').first().waitFor();
    expect(await other.locator('tr[data-unit-id]').count()).toBe(all);
    await page.getByRole('button', { name: 'Show every unit' }).click();
    await expect.poll(() => rows.count()).toBe(all);
    expect(new URL(page.url()).search).toBe('');

    // The live preview beside the units: the language as it would be published, drafts marked, read again after a save.
    await page.getByRole('button', { name: 'Live preview' }).click();
    const preview = page.frameLocator('iframe[title="Preview of the language as it would be published"]');
    await preview.locator('.draft', { hasText: '安全な通信はジャーナリストを守ります。' }).waitFor();
    const next = rows.filter({ hasText: 'It also protects businesses' });
    await next.getByLabel(/^Translation of /).fill('また、企業と公的機関を詐欺から守ります。');
    await next.getByRole('button', { name: 'Save', exact: true }).click();
    await preview.locator('.draft', { hasText: 'また、企業と公的機関を詐欺から守ります。' }).waitFor({ timeout: 10_000 });
  });
});
