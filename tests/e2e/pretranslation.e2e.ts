import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLibreTranslate, type LibreServer } from '../../packages/server/test/machineEngines.ts';
import { appInChromium, waitForEditor } from './app.ts';

let libre: LibreServer | undefined;
// A LibreTranslate-shaped engine in this process: the test holds its answers to catch the job half-way.
beforeAll(async () => {
  libre = await startLibreTranslate(['en', 'es']);
}, 60_000);
afterAll(() => libre?.close());

const { signIn } = appInChromium(() => ({ TESSERA_MT_ENGINES: JSON.stringify([{ id: 'libre', kind: 'libretranslate', url: libre!.url }]) }));

describe('pre-translation in the editor', () => {
  it('the coordinator pre-translates a language, follows its progress, cancels it, and starts it again to the end', async () => {
    const page = await signIn('coordinator');
    await page.getByRole('link', { name: 'Open' }).and(page.locator('[href$="/es"]')).click();
    await waitForEditor(page, 'es');
    // The signatories' names are kept as they are (not translated): no draft is written for them.
    const empty = page.locator('tr[data-unit-id][data-state="untranslated"]:not(.unit--signatory)');
    const total = await empty.count();
    expect(total).toBeGreaterThan(3);

    await page.getByLabel('LibreTranslate (on this server)').check();
    // The engine answers the first unit and holds the others.
    let answers = 0;
    libre!.hold = () => ++answers > 1;
    await page.getByRole('button', { name: 'Pre-translate the empty units' }).click();
    const status = page.getByRole('status').filter({ hasText: /Pre-translat|Cancelled/ });
    await status.getByText(`Pre-translating: 1 of ${total} units (0 from the memory, 1 from the machine).`).waitFor();
    expect(await status.getByRole('progressbar', { name: 'Pre-translation progress' }).getAttribute('value')).toBe('1');

    await page.getByRole('button', { name: 'Cancel the pre-translation' }).click();
    await status.getByText(`Cancelled after 1 of ${total} units; the drafts written stay.`).waitFor();
    libre!.release();
    // The draft written shows in the editor, marked as the engine's.
    const drafted = page.locator('tr[data-unit-id][data-state="translated"]').filter({ has: page.locator('.badge--machine', { hasText: 'Machine translation (LibreTranslate)' }) });
    await expect.poll(() => drafted.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    // It stopped within a few units.
    expect(await empty.count()).toBeGreaterThan(0);

    const left = await empty.count();
    await page.getByRole('button', { name: 'Pre-translate the empty units' }).click();
    await status.getByText(`Pre-translated ${left} of ${left} units: 0 from the memory, ${left} from the machine, 0 left empty.`).waitFor({ timeout: 30_000 });
    await expect.poll(() => empty.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => drafted.count()).toBe(total);
    // Drafts, never approved.
    expect(await page.locator('tr[data-unit-id][data-state="approved"]').filter({ has: page.locator('.badge--machine') }).count()).toBe(0);
    await page.context().close();
  });
});
