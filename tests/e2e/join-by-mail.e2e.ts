import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, type SmtpCapture } from '../../packages/server/test/smtp.ts';
import { appInChromium } from './app.ts';

let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp?.close());

// Declared after the SMTP server's hook, so the app starts knowing where to send e-mail.
const e2e = appInChromium(() => ({ TESSERA_SMTP_URL: smtp.url, TESSERA_MAIL_FROM: 'Tessera <tessera@example.org>' }));

/** The message to `address`, once the server's mail worker has sent it. */
async function mailTo(address: string, subject: RegExp) {
  await expect.poll(() => smtp.arrived.some((a) => a.envelopeTo.includes(address) && subject.test(a.mail.subject ?? '')), { timeout: 60_000, interval: 500 }).toBe(true);
  return smtp.arrived.find((a) => a.envelopeTo.includes(address) && subject.test(a.mail.subject ?? ''))!.mail;
}

/** The path of the link in a message (the server's public address is its own; the test opens the path on the running app). */
const linkPath = (text: string, page: 'invite' | 'join') => new RegExp(`https?://[^/\\s]+(/${page}/[\\w-]+)`).exec(text)![1]!;

describe('joining by e-mail', () => {
  it('the coordinator e-mails an invitation; the invitee asks to join, confirms by the e-mailed link and is signed in', async () => {
    const coordinator = await e2e.signIn('coordinator');
    await coordinator.getByRole('link', { name: 'Members' }).first().click();
    await coordinator.getByLabel('Role').selectOption({ label: 'Translator' });
    await coordinator.getByLabel('Spanish').check();
    await coordinator.getByLabel('Their e-mail address (optional)').fill('lucia@example.org');
    await coordinator.getByRole('button', { name: 'Create invitation link' }).click();
    await coordinator.getByText('The link was e-mailed to lucia@example.org.').waitFor();

    // In Spanish: the invitation is for Spanish.
    const invitation = await mailTo('lucia@example.org', /^Te invitan a traducir/);
    const invitee = await e2e.newPage();
    await invitee.goto(e2e.app.url + linkPath(invitation.text!, 'invite'));
    await invitee.getByLabel('Your name').fill('Lucía Pérez');
    await invitee.getByLabel('Email').fill('lucia@example.org');
    await invitee.getByLabel('Password').fill('la contraseña de Lucía');
    await invitee.getByRole('button', { name: 'Ask to join' }).click();
    await invitee.getByText('We sent a message to lucia@example.org.', { exact: false }).waitFor();

    const confirmation = await mailTo('lucia@example.org', /^Confirm your address to join/);
    expect(confirmation.html).toContain('Confirm and join');
    await invitee.goto(e2e.app.url + linkPath(confirmation.text!, 'join'));
    await invitee.getByRole('button', { name: 'Confirm and join' }).click();
    await invitee.getByRole('heading', { name: 'Demo: Digital Safety Act statement' }).waitFor();
    expect(await invitee.locator('.app-header__name').innerText()).toBe('Lucía Pérez');

    // The link worked once.
    const again = await e2e.newPage();
    await again.goto(e2e.app.url + linkPath(confirmation.text!, 'join'));
    await again.getByRole('button', { name: 'Confirm and join' }).click();
    await again.getByText('This confirmation link was used already or has expired.', { exact: false }).waitFor();

    for (const page of [coordinator, invitee, again]) await page.context().close();
  });
});
