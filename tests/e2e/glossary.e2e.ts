import { describe, expect, it } from 'vitest';
import { appInChromium, expectNoSeriousAxeViolations, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

/** A small glossary as a terminology tool exports it (TBX v3, TBX-Basic). */
const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Coalition terminology</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">End-to-end encryption of private messages.</descrip>
      <langSec xml:lang="en"><termSec><term>encryption</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="ja">
        <termSec><term>暗号化</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>暗号処理</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="en"><termSec><term>messaging service</term></termSec></langSec>
      <langSec xml:lang="ja"><termSec><term>メッセージングサービス</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

describe('the glossary in the editor', () => {
  it('a coordinator imports a TBX file; a translator sees its terms marked in the source and their translation on keyboard focus', async () => {
    const coordinator = await signIn('coordinator');
    await openJapaneseEditor(coordinator);
    const panel = coordinator.getByRole('region', { name: 'Glossary' }).first();
    await coordinator.getByLabel('Import TBX or CSV').setInputFiles({ name: 'coalition.tbx', mimeType: 'application/x-tbx+xml', buffer: Buffer.from(tbx) });
    await coordinator.getByText('2 added, 0 updated, 0 unchanged').waitFor();
    await panel.getByRole('rowheader', { name: 'encryption' }).waitFor();
    expect(await panel.getByRole('row', { name: /encryption/ }).innerText()).toContain('暗号処理');
    await expectNoSeriousAxeViolations(coordinator, 'the Japanese editor with its glossary (coordinator)');
    await coordinator.context().close();

    const page = await signIn('translator');
    await openJapaneseEditor(page);
    const row = page.locator('tr[data-unit-id]', { hasText: 'As written, the Act would require' });
    const marks = row.locator('.unit__source-text mark[tabindex="0"]');
    // Longest match, plural of the glossary's singular, case ignored.
    await expect.poll(() => marks.allInnerTexts()).toEqual(['messaging services', 'encryption']);
    // A translator may read the glossary, not change it.
    expect(await page.getByLabel('Import TBX or CSV').count()).toBe(0);

    const first = marks.nth(0);
    const firstTip = page.locator(`[id="${await first.getAttribute('aria-describedby')}"]`);
    expect(await firstTip.isVisible()).toBe(false);
    await first.focus();
    await expect.poll(() => firstTip.isVisible()).toBe(true);
    expect(await firstTip.innerText()).toContain('メッセージングサービス');

    // Tab goes on to the next term, whose description says its translation, the variant not to use and the note.
    await page.keyboard.press('Tab');
    const second = marks.nth(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('encryption');
    const secondTip = page.locator(`[id="${await second.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => secondTip.isVisible()).toBe(true);
    expect(await firstTip.isVisible()).toBe(false);
    const description = await secondTip.innerText();
    expect(description).toContain('暗号化');
    expect(description).toContain('Do not use: 暗号処理');
    expect(description).toContain('End-to-end encryption of private messages.');
    // Escape hides it.
    await page.keyboard.press('Escape');
    await expect.poll(() => secondTip.isVisible()).toBe(false);

    // Hovering shows it too.
    await first.hover();
    await expect.poll(() => firstTip.isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'the Japanese editor with its glossary (translator)');
    await page.context().close();
  });

  it('a reviewer adds, changes and deletes a term in the panel; the source shows each change', async () => {
    const page = await signIn('reviewer');
    await openJapaneseEditor(page);
    const panel = page.getByRole('region', { name: 'Glossary' }).first();
    const row = page.locator('tr[data-unit-id]', { hasText: 'We, the undersigned organizations' });
    const marked = () => row.locator('.unit__source-text mark[tabindex="0"]').allInnerTexts();

    await panel.getByLabel('Term', { exact: true }).fill('committee');
    await panel.getByLabel('Translation', { exact: true }).fill('委員会');
    await panel.getByLabel('Forbidden variants').fill('コミッティー');
    await panel.getByLabel('Note', { exact: true }).fill('The parliamentary committee.');
    await panel.getByRole('button', { name: 'Add term' }).press('Enter');
    await panel.getByRole('rowheader', { name: 'committee' }).waitFor();
    await expect.poll(marked).toEqual(['committee']);
    expect(await panel.getByLabel('Term', { exact: true }).inputValue()).toBe('');

    await panel.getByRole('button', { name: 'Edit “committee”' }).click();
    // The form comes up with the term, and the keyboard in it.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('committee');
    await panel.getByLabel('Term', { exact: true }).fill('parliamentary committee');
    await panel.getByRole('button', { name: 'Save term' }).click();
    await panel.getByRole('rowheader', { name: 'parliamentary committee' }).waitFor();
    await expect.poll(marked).toEqual(['parliamentary committee']);

    page.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: 'Delete “parliamentary committee”' }).click();
    await expect.poll(() => panel.getByRole('rowheader', { name: 'parliamentary committee' }).count()).toBe(0);
    await expect.poll(marked).toEqual([]);
    await page.context().close();
  });
});
