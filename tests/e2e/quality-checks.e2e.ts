import { describe, expect, it } from 'vitest';
import { appInChromium, expectNoSeriousAxeViolations, openJapaneseEditor, waitForEditor } from './app.ts';

const { signIn } = appInChromium();

describe('quality checks in the editor', () => {
  /** Japanese ends a sentence with “。”: a full stop of the Latin script is a warning of the checks. */
  const withLatinStop = '一部の人のために暗号化を破る法律は、すべての人の暗号化を破ります.';
  let warned: string | null = null;
  let reversed: string | null = null;

  it('the translator sees a warning as they type, and saves; an invisible reordering character is an error', async () => {
    const page = await signIn('translator');
    await openJapaneseEditor(page);
    const rows = page.locator('[data-unit-id][data-state="untranslated"]').filter({ has: page.getByLabel('Translation') });
    const row = rows.first();
    warned = await row.getAttribute('data-unit-id');
    await row.getByLabel('Translation').fill(withLatinStop);
    const finding = row.locator('[data-check="end-punctuation"]');
    await expect.poll(() => finding.getAttribute('data-severity')).toBe('warning');
    expect(await finding.innerText()).toContain('In this language the sentence ends with “。”, not “.”.');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator(`[data-unit-id="${warned}"]`).getAttribute('data-state')).toBe('translated');

    const other = page.locator('[data-unit-id][data-state="untranslated"]').filter({ has: page.getByLabel('Translation') }).first();
    reversed = await other.getAttribute('data-unit-id');
    await other.getByLabel('Translation').fill('暗号化を\u202e守る\u202cべきです。');
    await other.getByRole('button', { name: 'Save' }).click();
    const saved = page.locator(`[data-unit-id="${reversed}"]`);
    await expect.poll(() => saved.getAttribute('data-state')).toBe('translated');
    expect(await saved.locator('[data-check="bidi-controls"]').getAttribute('data-severity')).toBe('error');
    await page.context().close();
  });

  it('a reviewer working in French reads the warning in French, gives a reason, approves, and the history keeps the reason', async () => {
    const page = await signIn('reviewer');
    await page.getByLabel('Interface language').selectOption('fr');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('a[href$="/ja"]').first().click();
    await waitForEditor(page, 'ja');

    // An error: approval is disabled, and the row says why.
    const blocked = page.locator(`[data-unit-id="${reversed}"]`);
    const approveBlocked = blocked.getByRole('button', { name: 'Approuver', exact: true });
    expect(await approveBlocked.isDisabled()).toBe(true);
    expect(await blocked.getByText('Corrigez l’erreur trouvée par les contrôles de qualité avant d’approuver.').count()).toBe(1);

    const row = page.locator(`[data-unit-id="${warned}"]`);
    const finding = row.locator('[data-check="end-punctuation"]');
    expect(await finding.innerText()).toContain('Dans cette langue, la phrase se termine par « 。 », pas par « . ».');
    expect(await finding.innerText()).toContain('Avertissement');

    await row.getByRole('button', { name: 'Approuver', exact: true }).click();
    const reason = row.getByLabel('Pourquoi cette traduction est-elle juste malgré les avertissements ?');
    // The field takes the focus: the reviewer types the reason at once.
    await expect.poll(() => reason.evaluate((field) => field === document.activeElement)).toBe(true);
    await expectNoSeriousAxeViolations(page, 'editor asking the reason of an approval with warnings');
    // Without a reason, nothing is sent.
    await row.getByRole('button', { name: 'Approuver avec cette raison' }).click();
    expect(await row.getByText('Dites pourquoi la traduction est juste malgré les avertissements avant de l’approuver.').count()).toBe(1);
    expect(await row.getAttribute('data-state')).toBe('translated');

    await page.keyboard.type('Le point latin est voulu : la phrase cite un texte de loi.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.getAttribute('data-state')).toBe('approved');

    await row.getByRole('button', { name: 'Historique' }).click();
    const approval = row.locator('.history__event[data-kind="approve"]');
    await expect.poll(() => approval.count()).toBe(1);
    expect(await approval.innerText()).toContain('Avertissement accepté : Ponctuation finale');
    expect(await approval.innerText()).toContain('Le point latin est voulu : la phrase cite un texte de loi.');
    await page.context().close();
  });
});
