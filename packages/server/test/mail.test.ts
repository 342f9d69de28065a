import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type LanguageView, type MailPreferencesView } from '@tessera/core/contract';
import { smtpTransport } from '../src/mail/transport.ts';
import { planMail, sendDueMail, startMailWorker, type MailWorker } from '../src/services/mail.ts';
import { readSettings, SettingsError } from '../src/settings.ts';
import { Client, startDemoServer, type TestServer } from './harness.ts';
import { headerOf, startSmtp, type SmtpCapture } from './smtp.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;
let smtp: SmtpCapture;
let worker: MailWorker;
const publicUrl = new URL('http://tessera.example.org/');

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer, demoProjectId: projectId } = await startDemoServer());
  smtp = await startSmtp();
  worker = startMailWorker(server.db, { mail: smtp.settings, publicUrl, intervalMs: 3_600_000 });
  await worker.runOnce();
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
  await server?.close();
});
beforeEach(() => {
  smtp.arrived.length = 0;
  smtp.state.refuse = false;
});

const untranslated = async (skip: number) => (await coordinator.json<LanguageView>('GET', api.language(projectId, 'ja'))).units.filter((u) => u.translate && u.state === 'untranslated')[skip]!;

async function rejectOne(skip: number, comment: string): Promise<void> {
  const unit = await untranslated(skip);
  const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'ja', unit.id), { target: ['訳。'], baseRevision: unit.revision });
  await reviewer.json('POST', api.review(projectId, 'ja', unit.id), { decision: 'reject', comment, baseRevision: saved.revision });
}

const setPreferences = (client: Client, change: Record<string, string>) => client.json<MailPreferencesView>('PUT', '/api/mail-preferences', change);
/** A header's line as it arrived, unfolded. */
const addresses = () => Object.values(server.accounts).map((a) => a.email);

describe('e-mail', () => {
  it('mails a rejection and a mention at once, in the recipient’s interface language, as text and escaped HTML, with a one-click unsubscribe', async () => {
    expect(await setPreferences(translator, { uiLang: 'fr' })).toEqual({ frequency: 'now', uiLang: 'fr' });
    const unit = await untranslated(0);
    await reviewer.json('POST', api.comments(projectId, 'ja', unit.id), { body: '@translator <b>voir</b> le glossaire' });
    await rejectOne(0, 'Suivez le <script>glossaire</script>.');
    await worker.runOnce();

    const to = server.accounts.translator.email;
    expect(smtp.arrived.map((a) => a.envelopeTo)).toEqual([[to], [to]]);
    const [mention, rejection] = smtp.arrived.map((a) => a.mail);
    expect(mention!.subject).toMatch(/^Demo Reviewer vous a mentionné dans .+ \(ja\)$/);
    expect(rejection!.subject).toMatch(/^Votre traduction dans .+ \(ja\) a été renvoyée$/);
    expect(rejection!.text).toContain('> Suivez le <script>glossaire</script>.');
    expect(rejection!.html).toContain('Suivez le &lt;script&gt;glossaire&lt;/script&gt;.');
    expect(rejection!.html).not.toContain('<script>');
    expect(mention!.html).toContain('&lt;b&gt;voir&lt;/b&gt;');
    expect(mention!.text).toContain(`http://tessera.example.org/projects/${projectId}/ja#unit-${unit.id}`);
    expect(mention!.text).toContain('Demo Reviewer');

    // Nobody's address but the recipient's is in a message: the author is named by name only.
    for (const { raw } of smtp.arrived) {
      for (const address of addresses().filter((a) => a !== to)) expect(raw.toLowerCase()).not.toContain(address.toLowerCase());
    }

    // RFC 8058: the link in the headers (and in the body) stops e-mail by a POST, without signing in.
    const unsubscribe = /<(https?:[^>]+)>/.exec(headerOf(rejection!, 'list-unsubscribe'))![1]!;
    expect(headerOf(rejection!, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(rejection!.text).toContain(unsubscribe);
    // The footer's other link opens the page where the frequency is chosen.
    expect(rejection!.text).toContain(`${publicUrl.href}preferences`);
    const local = new URL(new URL(unsubscribe).pathname, server.url);
    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    const res = await fetch(local, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Tessera ne vous envoie plus de courriel');
    expect(await translator.json<MailPreferencesView>('GET', '/api/mail-preferences')).toEqual({ frequency: 'never', uiLang: 'fr' });
    const forged = await fetch(new URL(local.pathname.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), server.url), { method: 'POST' });
    expect(forged.status).toBe(404);

    // "never": nothing more arrives.
    smtp.arrived.length = 0;
    await rejectOne(0, 'Encore.');
    await worker.runOnce();
    expect(smtp.arrived).toEqual([]);
  }, 60_000);

  it('gathers a day’s events into one digest, in English by default', async () => {
    await setPreferences(coordinator, { frequency: 'daily' });
    const unit = await untranslated(0);
    await reviewer.json('POST', api.comments(projectId, 'ja', unit.id), { body: '@coordinator first question' });
    await reviewer.json('POST', api.comments(projectId, 'ja', unit.id), { body: '@coordinator second question' });
    await worker.runOnce();
    expect(smtp.arrived).toEqual([]);

    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    expect(await planMail(server.db, { publicUrl, now: tomorrow })).toBe(1);
    expect(await planMail(server.db, { publicUrl, now: tomorrow })).toBe(0);
    const transport = smtpTransport(smtp.settings);
    expect(await sendDueMail(server.db, transport, tomorrow)).toEqual({ sent: 1, failed: 0 });
    transport.close();
    expect(smtp.arrived).toHaveLength(1);
    const { envelopeTo, mail } = smtp.arrived[0]!;
    expect(envelopeTo).toEqual([server.accounts.coordinator.email]);
    expect(mail.subject).toBe('2 updates in Tessera');
    expect(mail.text).toContain('first question');
    expect(mail.text).toContain('second question');
    expect(mail.html).toContain('second question');
    expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  }, 60_000);

  it('keeps a message the SMTP server refuses in the outbox and sends it later, once, even with two senders', async () => {
    await setPreferences(coordinator, { frequency: 'now' });
    const unit = await untranslated(1);
    await reviewer.json('POST', api.comments(projectId, 'ja', unit.id), { body: '@coordinator a third question' });
    smtp.state.refuse = true;
    await planMail(server.db, { publicUrl });
    const transport = smtpTransport(smtp.settings);
    const now = new Date();
    expect(await sendDueMail(server.db, transport, now)).toEqual({ sent: 0, failed: 1 });
    // Not due again before its delay.
    expect(await sendDueMail(server.db, transport, new Date(now.getTime() + 10_000))).toEqual({ sent: 0, failed: 0 });
    smtp.state.refuse = false;
    const later = new Date(now.getTime() + 31_000);
    const other = smtpTransport(smtp.settings);
    const results = await Promise.all([sendDueMail(server.db, transport, later), sendDueMail(server.db, other, later)]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    transport.close();
    other.close();
    expect(smtp.arrived.map((a) => a.mail.text)).toEqual([expect.stringContaining('a third question')]);
  }, 60_000);

  it('writes to an Arabic interface in Arabic, right to left, and a mention by full name reaches its member', async () => {
    expect(await setPreferences(reviewer, { uiLang: 'ar', frequency: 'now' })).toEqual({ frequency: 'now', uiLang: 'ar' });
    const unit = await untranslated(2);
    await translator.json('POST', api.comments(projectId, 'ja', unit.id), { body: '@[Demo Reviewer] please look at this term.' });
    await worker.runOnce();

    expect(smtp.arrived.map((a) => a.envelopeTo)).toEqual([[server.accounts.reviewer.email]]);
    const [{ mail }] = smtp.arrived as [(typeof smtp.arrived)[number]];
    expect(mail.subject).toMatch(/^أشار إليك Demo Translator في .+ \(ja\)$/);
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.html).toContain('<blockquote dir="auto" style="margin:0 0 1em;padding-right:1em;border-right:3px solid #ccc">@[Demo Reviewer] please look at this term.</blockquote>');
    expect(mail.text).toContain('تصلك هذه الرسالة لأنك تشارك في ترجمة على Tessera.');
  }, 60_000);

  it('takes only an interface language of the registry: another is refused, and the choice stays', async () => {
    const before = await reviewer.json<MailPreferencesView>('GET', '/api/mail-preferences');
    for (const uiLang of ['de', 'fr-CA', '']) {
      const res = await reviewer.send('PUT', '/api/mail-preferences', { uiLang });
      expect({ uiLang, status: res.status, code: ((await res.json()) as { code?: string }).code }).toEqual({ uiLang, status: 400, code: 'request.invalid' });
    }
    expect(await reviewer.json<MailPreferencesView>('GET', '/api/mail-preferences')).toEqual(before);
  });

  it('refuses a bad SMTP address or sender with a clear message', () => {
    expect(() => readSettings({ env: { TESSERA_SMTP_URL: 'http://mail.example.org' } })).toThrow(SettingsError);
    expect(() => readSettings({ env: { TESSERA_SMTP_URL: 'smtp://user:s3cret@:25' } })).toThrow(/TESSERA_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address with a host/);
    expect(() => readSettings({ env: { TESSERA_MAIL_FROM: 'nobody' } })).toThrow(/TESSERA_MAIL_FROM must be an e-mail address/);
    expect(readSettings({ env: {} }).mail).toBeNull();
    expect(readSettings({ env: { TESSERA_SMTP_URL: 'smtps://u:p@mail.example.org:465' } }).mail).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Tessera <tessera@localhost>' });
  });

  it('queues nothing without an SMTP server, and the in-app notification is there as before', async () => {
    const plain = await startDemoServer();
    try {
      const units = (await plain.coordinator.json<LanguageView>('GET', api.language(plain.demoProjectId, 'ja'))).units.filter((u) => u.translate && u.state === 'untranslated');
      const saved = await plain.translator.json<EditorUnit>('PUT', api.translation(plain.demoProjectId, 'ja', units[0]!.id), { target: ['訳。'], baseRevision: units[0]!.revision });
      await plain.reviewer.json('POST', api.review(plain.demoProjectId, 'ja', units[0]!.id), { decision: 'reject', comment: 'Again.', baseRevision: saved.revision });
      expect((await plain.translator.json<{ kind: string }[]>('GET', api.notifications()))[0]!.kind).toBe('rejected');
      expect(await plain.server.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
    } finally {
      await plain.server.close();
    }
  }, 60_000);
});
