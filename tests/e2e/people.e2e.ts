import { describe, expect, it } from 'vitest';
import { appInChromium, expectNoSeriousAxeViolations, openJapaneseEditor } from './app.ts';

const e2e = appInChromium();
const { signIn, newPage } = e2e;

const soon = { timeout: 10_000, interval: 100 };

describe('mentioning a member by name', () => {
  it('typing @ offers the members in a listbox run by the keyboard; the chosen name, spaces and all, notifies that member', async () => {
    const translator = await signIn('translator');
    await openJapaneseEditor(translator);
    const row = translator.locator('tr[data-unit-id]').filter({ has: translator.getByLabel(/^Translation of /) }).first();
    await row.getByRole('button', { name: /^Comments/ }).click();
    const box = row.getByRole('combobox', { name: 'Add a comment' });
    const options = row.getByRole('listbox', { name: 'Members' }).getByRole('option');

    // Escape closes the list and leaves the text as typed.
    await box.pressSequentially('Could @demo');
    await expect.poll(() => options.allInnerTexts(), soon).toEqual(['Demo Coordinator', 'Demo Reviewer', 'Demo Translator']);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('Escape');
    expect(await options.count()).toBe(0);
    expect(await box.inputValue()).toBe('Could @demo');

    // Typing on narrows the list; the arrow keys move the choice; Enter writes the full name.
    await box.fill('');
    await box.pressSequentially('Could @demo r');
    expect(await options.count()).toBe(0);
    await box.fill('');
    await box.pressSequentially('Could @[Demo');
    await expect.poll(() => options.count(), soon).toBe(3);
    await box.press('ArrowDown');
    const chosen = row.getByRole('option', { selected: true });
    expect(await chosen.innerText()).toBe('Demo Reviewer');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await chosen.getAttribute('id'));
    await expectNoSeriousAxeViolations(translator, 'comment box with the members offered');
    await box.press('Enter');
    expect(await box.inputValue()).toBe('Could @[Demo Reviewer] ');
    expect(await options.count()).toBe(0);
    await box.pressSequentially('check this term?');
    await row.getByRole('button', { name: 'Comment', exact: true }).click();

    const comment = row.locator('[data-comment-id]').last();
    await comment.waitFor();
    expect(await comment.locator('mark.mention').innerText()).toBe('@[Demo Reviewer]');
    expect(await comment.locator('mark.mention').getAttribute('title')).toBe('Mentions: Demo Reviewer');

    const reviewer = await signIn('reviewer');
    const bell = reviewer.getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('data-unread'), soon).not.toBe('0');
    await bell.click();
    const notification = reviewer.locator('[data-notification-id][data-kind="mention"]').first();
    await notification.waitFor();
    expect(await notification.innerText()).toContain('Demo Translator mentioned you');
  });
});

describe('waiting invitations', () => {
  it('a coordinator sees the link they made among the waiting invitations and withdraws it; the link then says so', async () => {
    const coordinator = await signIn('coordinator');
    await coordinator.getByRole('link', { name: 'Members' }).first().click();
    await coordinator.getByRole('heading', { name: 'Members and invitations' }).waitFor();
    const waiting = coordinator.getByRole('region', { name: 'Invitations waiting to be used' });
    await waiting.getByText('No invitation is waiting.').waitFor();

    await coordinator.getByLabel('Role').selectOption({ label: 'Reviewer' });
    await coordinator.getByLabel('Spanish').check();
    await coordinator.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await coordinator.getByLabel('Invitation link').inputValue();

    const entry = waiting.locator('[data-invite-id]');
    await expect.poll(() => entry.count(), soon).toBe(1);
    const text = await entry.innerText();
    expect(text).toContain('Reviewer, Spanish');
    expect(text).toContain('Invited by Demo Coordinator');
    expect(text).toMatch(/valid until/);
    await expectNoSeriousAxeViolations(coordinator, 'members page with a waiting invitation');

    await entry.getByRole('button', { name: 'Withdraw' }).click();
    await waiting.getByText('The invitation was withdrawn: its link no longer works.').waitFor();
    await waiting.getByText('No invitation is waiting.').waitFor();

    const newcomer = await newPage();
    await newcomer.goto(link);
    await newcomer.getByText('This invitation was used already, has expired or was withdrawn.', { exact: false }).waitFor();
  });
});
