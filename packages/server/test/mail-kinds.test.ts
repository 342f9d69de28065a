import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, pages, type EditorUnit, type LanguageView, type NotificationView, type PasswordResetAnswer } from '@tessera/core/contract';
import { tellLanguageNews } from '../src/services/languageNews.ts';
import { smtpTransport, type MailTransport } from '../src/mail/transport.ts';
import { planMail, sendDueMail, startMailWorker, type MailWorker } from '../src/services/mail.ts';
import { Client, problemOf, startDemoServer, type TestServer } from './harness.ts';
import { headerOf, startSmtp, type Arrived, type SmtpCapture } from './smtp.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;
let smtp: SmtpCapture;
let worker: MailWorker;
/** Sends at a time of the test's choosing (the worker sends at the present). */
let transport: MailTransport;
const publicUrl = new URL('http://tessera.example.org/');

beforeAll(async () => {
  smtp = await startSmtp();
  const mail = smtp.settings;
  ({ server, coordinator, translator, reviewer, demoProjectId: projectId } = await startDemoServer({}, { publicUrl, mail }));
  worker = startMailWorker(server.db, { mail, publicUrl, intervalMs: 3_600_000 });
  transport = smtpTransport(mail);
  await worker.runOnce();
  // The translator reads Tessera in French; the reviewer has chosen no language (English).
  await translator.json('PUT', api.mailPreferences(), { uiLang: 'fr' });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  transport?.close();
  await smtp?.close();
  await server?.close();
});
beforeEach(() => {
  smtp.arrived.length = 0;
});

const DAY = 86_400_000;
const day = (fromNow: number) => new Date(Date.now() + fromNow * DAY).toISOString().slice(0, 10);
const notificationsOf = (client: Client) => client.json<NotificationView[]>('GET', api.notifications());
const addresses = () => Object.values(server.accounts).map((a) => a.email);

/** The messages that arrived for one address. */
const arrivedFor = (email: string) => smtp.arrived.filter((a) => a.envelopeTo.join() === email);

/** Each message went to one person, and no other person's address is anywhere in it. */
function expectPrivate(arrived: Arrived[]) {
  for (const { envelopeTo, raw } of arrived) {
    expect(envelopeTo).toHaveLength(1);
    for (const other of addresses().filter((a) => a !== envelopeTo[0])) expect(raw.toLowerCase()).not.toContain(other.toLowerCase());
  }
}

/** A notification e-mail: text and HTML, the unsubscribe link in the body and in the RFC 8058 headers. */
function expectNotificationMail({ mail }: Arrived) {
  expect(mail.text).toBeTruthy();
  expect(mail.html).toBeTruthy();
  const unsubscribe = /<(https?:[^>]+)>/.exec(headerOf(mail, 'list-unsubscribe'))![1]!;
  expect(unsubscribe).toMatch(/^http:\/\/tessera\.example\.org\/mail\/unsubscribe\//);
  expect(mail.text).toContain(unsubscribe);
  expect(mail.html).toContain(unsubscribe);
}

async function completeLanguage(lang: string): Promise<void> {
  const view = await coordinator.json<LanguageView>('GET', api.language(projectId, lang));
  for (const unit of view.units.filter((u) => u.translate && u.state !== 'approved')) {
    const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, lang, unit.id), { target: ['نص.'], baseRevision: unit.revision });
    await reviewer.json('POST', api.review(projectId, lang, unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
  }
}

describe('a deadline two days away', () => {
  it('tells the language’s translators and reviewers once, in the app and by e-mail in each one’s language, unless the language is complete', async () => {
    await completeLanguage('ar');
    const setDeadline = (lang: string, deadline: string) => coordinator.send('PUT', api.languageSettings(projectId, lang), { deadline });
    expect((await setDeadline('ja', day(2))).status).toBe(204);
    expect((await setDeadline('es', day(5))).status).toBe(204);
    expect((await setDeadline('ar', day(1))).status).toBe(204);

    // Two servers checking at once tell it once.
    await Promise.all([tellLanguageNews(server.db), tellLanguageNews(server.db)]);
    await tellLanguageNews(server.db);
    for (const client of [translator, reviewer]) {
      const deadlines = (await notificationsOf(client)).filter((n) => n.kind === 'deadline');
      expect(deadlines.map((n) => ({ lang: n.lang, body: n.body, unitId: n.unitId, projectId: n.projectId }))).toEqual([{ lang: 'ja', body: day(2), unitId: null, projectId }]);
    }
    // The coordinator neither translates nor reviews: nothing for them.
    expect((await notificationsOf(coordinator)).filter((n) => n.kind === 'deadline')).toEqual([]);

    await worker.runOnce();
    expect(smtp.arrived).toHaveLength(2);
    expectPrivate(smtp.arrived);
    const [toTranslator] = arrivedFor(server.accounts.translator.email);
    const [toReviewer] = arrivedFor(server.accounts.reviewer.email);
    const due = new Date(`${day(2)}T00:00:00Z`);
    const longDate = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(due);
    expect(toTranslator!.mail.subject).toMatch(new RegExp(` : traduction en japonais attendue pour le ${longDate('fr')}$`));
    expect(toReviewer!.mail.subject).toMatch(new RegExp(`: Japanese is due on ${longDate('en')}$`));
    expect(toReviewer!.mail.text).toContain('not yet translated or approved');
    const languageLink = `http://tessera.example.org/projects/${projectId}/ja`;
    expect(toTranslator!.mail.text).toContain(`Ouvrir la langue dans Tessera: ${languageLink}`);
    expect(toReviewer!.mail.html).toContain(`href="${languageLink}"`);
    for (const arrived of smtp.arrived) expectNotificationMail(arrived);

    // Three days on, the Spanish deadline is two days away; the Japanese one was told already.
    smtp.arrived.length = 0;
    expect(await tellLanguageNews(server.db, new Date(Date.now() + 3 * DAY))).toBe(2);
    expect((await notificationsOf(reviewer)).filter((n) => n.kind === 'deadline').map((n) => n.lang)).toEqual(['es', 'ja']);
    // A new deadline is a new reminder.
    expect((await setDeadline('ja', day(1))).status).toBe(204);
    expect(await tellLanguageNews(server.db)).toBe(2);
    expect(await tellLanguageNews(server.db)).toBe(0);
  }, 120_000);
});

describe('a publication of a language I worked on', () => {
  it('tells its translators and reviewers at once when it is public, with the public link; the demo’s own past is no news', async () => {
    await worker.runOnce();
    smtp.arrived.length = 0;
    expect((await notificationsOf(translator)).filter((n) => n.kind === 'published')).toEqual([]);
    const published = await coordinator.json<{ version: number }>('POST', api.publications(projectId, 'es'), { allowFallback: true });
    expect(await tellLanguageNews(server.db)).toBe(2);
    const told = (await notificationsOf(translator)).filter((n) => n.kind === 'published');
    expect(told.map((n) => ({ lang: n.lang, body: n.body, actor: n.actor, unitId: n.unitId }))).toEqual([{ lang: 'es', body: String(published.version), actor: 'Demo Coordinator', unitId: null }]);

    await worker.runOnce();
    expect(smtp.arrived.map((a) => a.envelopeTo[0]).sort()).toEqual([server.accounts.reviewer.email, server.accounts.translator.email]);
    expectPrivate(smtp.arrived);
    const link = `http://tessera.example.org${pages.publicationVersion(projectId, 'es', published.version)}`;
    expect(arrivedFor(server.accounts.reviewer.email)[0]!.mail.text).toContain(`Read the published version: ${link}`);
    expect((await fetch(new URL(new URL(link).pathname, server.url))).status).toBe(200);
  }, 60_000);

  it('waits for the end of an embargo, then mails the public link of the version', async () => {
    const embargoUntil = new Date(Date.now() + 3600_000).toISOString();
    const published = await coordinator.json<{ version: number }>('POST', api.publications(projectId, 'ja'), { allowFallback: true, embargoUntil });
    expect(await tellLanguageNews(server.db)).toBe(0);
    await worker.runOnce();
    expect(smtp.arrived).toEqual([]);
    expect((await notificationsOf(reviewer)).filter((n) => n.kind === 'published' && n.lang === 'ja')).toEqual([]);
    const link = new URL(pages.publicationVersion(projectId, 'ja', published.version), server.url);
    expect((await fetch(link)).status).toBe(404);

    // The coordinator lifts the embargo: the version is public, and its people hear of it once.
    await coordinator.json('PUT', api.publicationEmbargo(projectId, 'ja', published.version), { embargoUntil: null });
    expect((await fetch(link)).status).toBe(200);
    await Promise.all([tellLanguageNews(server.db), tellLanguageNews(server.db)]);
    await worker.runOnce();
    expect(smtp.arrived).toHaveLength(2);
    expectPrivate(smtp.arrived);
    for (const arrived of smtp.arrived) expectNotificationMail(arrived);
    const publicLink = `http://tessera.example.org${pages.publicationVersion(projectId, 'ja', published.version)}`;
    const [toTranslator] = arrivedFor(server.accounts.translator.email);
    const [toReviewer] = arrivedFor(server.accounts.reviewer.email);
    expect(toTranslator!.mail.subject).toMatch(/ est publié en japonais$/);
    expect(toTranslator!.mail.text).toContain(`Demo Coordinator a publié la version ${published.version} de`);
    expect(toTranslator!.mail.text).toContain(`Lire la version publiée: ${publicLink}`);
    expect(toReviewer!.mail.subject).toMatch(/ is published in Japanese$/);
    expect(toReviewer!.mail.html).toContain(`href="${publicLink}"`);
    const inApp = (await notificationsOf(translator)).filter((n) => n.kind === 'published' && n.lang === 'ja');
    expect(inApp.map((n) => ({ body: n.body, unitId: n.unitId }))).toEqual([{ body: String(published.version), unitId: null }]);
  }, 60_000);
});

describe('language news in the daily digest', () => {
  it('gathers a deadline with the other news of the day, with the link to the language', async () => {
    await reviewer.json('PUT', api.mailPreferences(), { frequency: 'daily' });
    expect((await coordinator.send('PUT', api.languageSettings(projectId, 'es'), { deadline: day(2) })).status).toBe(204);
    expect(await tellLanguageNews(server.db)).toBe(2);
    await worker.runOnce();
    // The translator wants each at once; the reviewer's waits for tomorrow's digest.
    expect(smtp.arrived.map((a) => a.envelopeTo)).toEqual([[server.accounts.translator.email]]);

    smtp.arrived.length = 0;
    const tomorrow = new Date(Date.now() + DAY);
    expect(await planMail(server.db, { publicUrl, now: tomorrow })).toBe(1);
    expect(await sendDueMail(server.db, transport, tomorrow)).toEqual({ sent: 1, failed: 0 });
    const [digest] = smtp.arrived as [Arrived];
    expect(digest.envelopeTo).toEqual([server.accounts.reviewer.email]);
    expect(digest.mail.subject).toBe('1 update in Tessera');
    expect(digest.mail.text).toContain(`Spanish is due on`);
    expect(digest.mail.text).toContain(`Open the language in Tessera: http://tessera.example.org/projects/${projectId}/es`);
    expectNotificationMail(digest);
    await reviewer.json('PUT', api.mailPreferences(), { frequency: 'now' });
  }, 60_000);
});

describe('password reset by e-mail', () => {
  const ask = async (client: Client, email: string, headers: Record<string, string> = {}) => {
    const res = await client.send('POST', api.passwordReset(), { email }, { headers });
    return { status: res.status, body: (await res.json()) as PasswordResetAnswer };
  };

  it('answers alike for an address with and without an account, and mails a single-use link in the account’s language', async () => {
    const visitor = new Client(server.url);
    await visitor.init();
    const known = await ask(visitor, `  ${server.accounts.translator.email.toUpperCase()} `);
    const unknown = await ask(visitor, 'nobody@example.org');
    expect(known).toEqual({ status: 202, body: { delivery: 'mail' } });
    expect(unknown).toEqual(known);

    await expect.poll(async () => (await server.db.selectFrom('mail_outbox').select('key').where('key', 'like', 'password-reset:%').execute()).length).toBe(1);
    await worker.runOnce();
    expect(smtp.arrived).toHaveLength(1);
    expectPrivate(smtp.arrived);
    const [{ envelopeTo, mail }] = smtp.arrived as [Arrived];
    expect(envelopeTo).toEqual([server.accounts.translator.email]);
    expect(mail.subject).toBe('Choisissez un nouveau mot de passe pour Tessera');
    expect(mail.html).toContain('Choisir un nouveau mot de passe');
    // Asked for, so nothing to unsubscribe from: the footer says why it came.
    expect(headerOf(mail, 'list-unsubscribe')).toBe('');
    expect(mail.text).toContain('Vous recevez ce message parce que votre adresse a été saisie dans Tessera.');
    const link = /http:\/\/tessera\.example\.org\/reset-password\/([\w-]+)/.exec(mail.text!)!;
    expect(mail.html).toContain(link[0]);
    // Once sent, the outbox keeps no copy of the link.
    const kept = await server.db.selectFrom('mail_outbox').select(['text', 'html', 'sent_at']).where('key', 'like', 'password-reset:%').execute();
    expect(kept).toEqual([{ text: '', html: '', sent_at: expect.any(String) }]);

    // The link opens the account's page once; the new password signs in.
    const token = link[1]!;
    const described = await visitor.json<{ purpose: string; email: string }>('GET', `/api/account-links/${token}`);
    expect(described).toMatchObject({ purpose: 'reset', email: server.accounts.translator.email });
    expect((await visitor.send('POST', `/api/account-links/${token}/password`, { password: 'a new long password' })).status).toBe(200);
    expect((await visitor.send('POST', `/api/account-links/${token}/password`, { password: 'another long password' })).status).toBe(410);
    const again = await Client.signedIn(server, { email: server.accounts.translator.email, password: 'a new long password' });
    expect((await again.send('GET', api.notifications())).status).toBe(200);
  }, 60_000);

  it('limits requests per address typed, with or without an account alike; a link asked for comes even to someone who stopped e-mail', async () => {
    await reviewer.json('PUT', api.mailPreferences(), { frequency: 'never' });
    const visitor = new Client(server.url);
    await visitor.init();
    for (const email of [server.accounts.reviewer.email, 'someone-else@example.org']) {
      for (let i = 0; i < 3; i += 1) expect((await ask(visitor, email, { 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(202);
      const refused = await visitor.send('POST', api.passwordReset(), { email }, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await problemOf(refused)).code).toBe('password-reset.rate-limited');
    }
    await worker.runOnce();
    // Three links for the reviewer (each new one retires the one before), none for the unknown address.
    expect(smtp.arrived.map((a) => a.envelopeTo)).toEqual([[server.accounts.reviewer.email], [server.accounts.reviewer.email], [server.accounts.reviewer.email]]);
    expect(smtp.arrived[0]!.mail.subject).toBe('Choose a new password for Tessera');
    await reviewer.json('PUT', api.mailPreferences(), { frequency: 'now' });
  }, 60_000);
});

describe('without an SMTP server', () => {
  it('queues no mail, fails no request, still tells language news in the app and says who makes a reset link', async () => {
    const plain = await startDemoServer();
    try {
      const visitor = new Client(plain.server.url);
      await visitor.init();
      const known = await visitor.send('POST', api.passwordReset(), { email: plain.server.accounts.translator.email });
      const unknown = await visitor.send('POST', api.passwordReset(), { email: 'nobody@example.org' });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(await known.json()).toEqual({ delivery: 'ask' });
      expect(await unknown.json()).toEqual({ delivery: 'ask' });
      expect(await plain.server.db.selectFrom('account_links').selectAll().where('purpose', '=', 'reset').execute()).toEqual([]);

      expect((await plain.coordinator.send('PUT', api.languageSettings(plain.demoProjectId, 'ja'), { deadline: day(2) })).status).toBe(204);
      expect((await plain.translator.send('PUT', api.mailPreferences(), { frequency: 'daily', uiLang: 'es' })).status).toBe(200);
      await tellLanguageNews(plain.server.db);
      expect((await plain.translator.json<NotificationView[]>('GET', api.notifications())).map((n) => n.kind)).toEqual(['deadline']);
      expect(await plain.server.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
      expect(await plain.server.db.selectFrom('mail_digest_items').selectAll().execute()).toEqual([]);
    } finally {
      await plain.server.close();
    }
  }, 60_000);
});
