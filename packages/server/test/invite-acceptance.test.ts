import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, type InviteCreated, type JoinRequestView, type MemberView, type PendingInviteView, type SessionView } from '@tessera/core/contract';
import { smtpTransport } from '../src/mail/transport.ts';
import { insertUser } from '../src/repositories/users.ts';
import { sendDueMail } from '../src/services/mail.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { SIGN_IN_LIMITS } from '../src/services/signInLimit.ts';
import { Client, problemOf, startDemoServer, type DemoServer } from './harness.ts';
import { startSmtp, type SmtpCapture } from './smtp.ts';

const PASSWORD = 'the volunteer password 7e2a';
const publicUrl = new URL('http://tessera.example.org/');

let smtp: SmtpCapture;
/** A server that sends e-mail, and one that does not. */
let mailing: DemoServer;
let plain: DemoServer;

beforeAll(async () => {
  smtp = await startSmtp();
  mailing = await startDemoServer({}, { mail: smtp.settings, publicUrl });
  plain = await startDemoServer();
}, 60_000);
afterAll(async () => {
  await mailing?.server.close();
  await plain?.server.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.arrived.length = 0;
});

/** An account that is in no project yet. */
async function volunteer(demo: DemoServer, email: string): Promise<void> {
  await insertUser(demo.server.db, { email, name: `Volunteer ${email}`, passwordHash: await hashPassword(PASSWORD), canCreateProjects: false });
}

async function invitation(demo: DemoServer, request: Record<string, unknown> = {}): Promise<InviteCreated> {
  return demo.coordinator.json<InviteCreated>('POST', api.invites(demo.demoProjectId), { role: 'translator', langs: ['fr'], ...request });
}

/** A signed-out browser (behind a proxy that reports `address`) asks to join with `token`. */
async function ask(demo: DemoServer, token: string, email: string, password: string, address = '192.0.2.10') {
  const client = new Client(demo.server.url);
  await client.init();
  const res = await client.send('POST', api.askToJoin(token), { name: 'Someone', email, password }, { headers: { 'x-forwarded-for': address } });
  return { client, res };
}

/** What a person sees of an answer: status, the body with the address they typed left out, the cookies set. */
async function visible(res: Response) {
  const body = (await res.clone().json()) as Record<string, unknown>;
  return { status: res.status, body: { ...body, email: typeof body.email }, cookies: res.headers.getSetCookie().map((line) => line.slice(0, line.indexOf('='))).sort() };
}

/** Everything that decides who may do what. */
const accounts = (demo: DemoServer) =>
  Promise.all([demo.server.db.selectFrom('users').select(['id', 'email', 'name', 'password_hash']).orderBy('id').execute(), demo.server.db.selectFrom('memberships').selectAll().execute()]);

/** Delivers the outbox to the SMTP server. */
const deliver = () => sendDueMail(mailing.server.db, smtpTransport(smtp.settings));

const linkIn = (text: string, path: string) => new RegExp(`${publicUrl.href}${path}/([\\w-]+)`).exec(text)?.[1];

describe('asking to join with an invitation, signed out', () => {
  it('answers an address with an account (right or wrong password) exactly as an address without one, and changes no account', async () => {
    for (const demo of [mailing, plain]) {
      await volunteer(demo, `has-account-${demo === mailing ? 'm' : 'p'}@example.org`);
      const before = await accounts(demo);
      const answers = [
        await ask(demo, (await invitation(demo)).token, `has-account-${demo === mailing ? 'm' : 'p'}@example.org`, PASSWORD),
        await ask(demo, (await invitation(demo)).token, `has-account-${demo === mailing ? 'm' : 'p'}@example.org`, 'not the password of it'),
        await ask(demo, (await invitation(demo)).token, `no-account-${demo === mailing ? 'm' : 'p'}@example.org`, PASSWORD),
      ];
      const seen = await Promise.all(answers.map(({ res }) => visible(res)));
      expect(seen[0]).toEqual({ status: 202, body: { email: 'string', confirmedBy: demo === mailing ? 'mail' : 'coordinator' }, cookies: [] });
      expect(seen[1]).toEqual(seen[0]);
      expect(seen[2]).toEqual(seen[0]);
      for (const { client } of answers) expect((await client.json<SessionView>('GET', api.session())).user).toBeNull();
      expect(await accounts(demo)).toEqual(before);
    }
    // Where e-mail is sent, each address gets its message: what differs is in the mailbox, not in the answer.
    expect(await deliver()).toEqual({ sent: 3, failed: 0 });
    expect(smtp.arrived.map((a) => a.envelopeTo.join()).sort()).toEqual(['has-account-m@example.org', 'has-account-m@example.org', 'no-account-m@example.org']);
  });

  it('e-mails the address a link that makes the account, or gives the role to the account the address has; the link signs in, once', async () => {
    await volunteer(mailing, 'known@example.org');
    const known = await ask(mailing, (await invitation(mailing)).token, 'known@example.org', 'a password someone guessed');
    const unknown = await ask(mailing, (await invitation(mailing)).token, 'New.Person@Example.org', 'the newcomer password 3c1f');
    expect([known.res.status, unknown.res.status]).toEqual([202, 202]);
    expect(await deliver()).toEqual({ sent: 2, failed: 0 });

    const byAddress = new Map(smtp.arrived.map((a) => [a.envelopeTo.join(), a.mail]));
    expect([...byAddress.keys()].sort()).toEqual(['known@example.org', 'new.person@example.org']);
    const toKnown = byAddress.get('known@example.org')!;
    const toNew = byAddress.get('new.person@example.org')!;
    // Only the address's owner reads whether it has an account; each message names only its reader's project.
    expect(toKnown.text).toContain('already has a Tessera account');
    expect(toNew.text).not.toContain('already has');
    for (const mail of [toKnown, toNew]) {
      expect(mail.subject).toBe('Confirm your address to join Demo: Digital Safety Act statement');
      expect(mail.html).toContain('<a href="http://tessera.example.org/join/');
      for (const address of ['known@example.org', 'new.person@example.org', mailing.server.accounts.coordinator.email]) expect(`${mail.text} ${mail.html}`).not.toContain(address);
    }

    const confirm = async (token: string) => {
      const browser = new Client(mailing.server.url);
      await browser.init();
      return { browser, res: await browser.send('POST', api.confirmJoin(token)) };
    };
    const knownLink = linkIn(toKnown.text!, 'join')!;
    const first = await confirm(knownLink);
    expect(first.res.status).toBe(200);
    expect((await first.browser.json<SessionView>('GET', api.session())).user).toMatchObject({ email: 'known@example.org', name: 'Volunteer known@example.org' });
    // The account kept its password: the one typed when asking does not sign in.
    await Client.signedIn(mailing.server, { email: 'known@example.org', password: PASSWORD });
    const guessed = new Client(mailing.server.url);
    await guessed.init();
    expect((await guessed.send('POST', api.session(), { email: 'known@example.org', password: 'a password someone guessed' })).status).toBe(401);

    const again = await confirm(knownLink);
    expect([again.res.status, (await problemOf(again.res)).code]).toEqual([404, 'join.not-found']);

    expect((await confirm(linkIn(toNew.text!, 'join')!)).res.status).toBe(200);
    await Client.signedIn(mailing.server, { email: 'new.person@example.org', password: 'the newcomer password 3c1f' });
    const members = await mailing.coordinator.json<MemberView[]>('GET', api.members(mailing.demoProjectId));
    for (const email of ['known@example.org', 'new.person@example.org']) {
      expect(members.filter((m) => m.email === email).map((m) => [m.role, m.lang])).toEqual([['translator', 'fr']]);
    }
  });

  it('on a server without e-mail, waits for a coordinator, who makes the account (or gives the role) without signing anyone in', async () => {
    await volunteer(plain, 'existing-plain@example.org');
    const invite = await invitation(plain);
    await ask(plain, invite.token, 'existing-plain@example.org', 'someone else’s guess');
    await ask(plain, invite.token, 'newcomer-plain@example.org', 'the newcomer password 9a0b');
    expect((await plain.translator.send('GET', api.joinRequests(plain.demoProjectId))).status).toBe(403);
    const requests = (await plain.coordinator.json<JoinRequestView[]>('GET', api.joinRequests(plain.demoProjectId))).filter((r) => r.email.endsWith('-plain@example.org'));
    expect(requests.map((r) => [r.email, r.role, r.langs])).toEqual([
      ['existing-plain@example.org', 'translator', ['fr']],
      ['newcomer-plain@example.org', 'translator', ['fr']],
    ]);
    const approved = await plain.coordinator.send('POST', api.approveJoinRequest(plain.demoProjectId, requests[0]!.id));
    expect(approved.status).toBe(204);
    expect(approved.headers.getSetCookie()).toEqual([]);
    // One invitation, one person: the other request can no longer be confirmed.
    const second = await plain.coordinator.send('POST', api.approveJoinRequest(plain.demoProjectId, requests[1]!.id));
    expect([second.status, (await problemOf(second)).code]).toEqual([404, 'invite.not-found']);
    expect((await plain.coordinator.json<JoinRequestView[]>('GET', api.joinRequests(plain.demoProjectId))).filter((r) => r.email.endsWith('-plain@example.org'))).toEqual([]);
    const existing = await Client.signedIn(plain.server, { email: 'existing-plain@example.org', password: PASSWORD });
    expect((await existing.json<{ memberships: unknown[] }[]>('GET', api.projects()))[0]!.memberships).toEqual([{ role: 'translator', lang: 'fr' }]);
    expect(await plain.server.db.selectFrom('users').select('id').where('email', '=', 'newcomer-plain@example.org').execute()).toEqual([]);

    // A request turned down is gone, and nothing else changes.
    const other = await invitation(plain);
    await ask(plain, other.token, 'turned-down@example.org', 'the password 5e6f7g8h');
    const waitingFor = async () => (await plain.coordinator.json<JoinRequestView[]>('GET', api.joinRequests(plain.demoProjectId))).filter((r) => r.email === 'turned-down@example.org');
    const [waiting] = await waitingFor();
    const before = await accounts(plain);
    expect((await plain.coordinator.send('DELETE', api.joinRequest(plain.demoProjectId, waiting!.id))).status).toBe(204);
    expect(await waitingFor()).toEqual([]);
    expect(await accounts(plain)).toEqual(before);
  });

  it('keeps one request per address and invitation, however many arrive at once, and sends one message', async () => {
    const invite = await invitation(mailing);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(mailing, invite.token, 'eager@example.org', `password number ${i}0`, `198.51.100.${i}`)));
    expect(answers.map(({ res }) => res.status)).toEqual(Array(8).fill(202));
    const rows = await mailing.server.db.selectFrom('join_requests').select('email').where('email', '=', 'eager@example.org').execute();
    expect(rows).toHaveLength(1);
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
  });

  it('counts each request as a sign-in attempt, the same for an address with an account and one without', async () => {
    await volunteer(plain, 'limited@example.org');
    const statuses = async (email: string, address: string) => {
      const tokens = await Promise.all(Array.from({ length: 15 }, () => invitation(plain).then((i) => i.token)));
      return (await Promise.all(tokens.map((token) => ask(plain, token, email, 'some password 1234', address).then(({ res }) => res.status)))).sort();
    };
    const withAccount = await statuses('limited@example.org', '198.51.100.201');
    const without = await statuses('unlimited-nobody@example.org', '198.51.100.202');
    expect(withAccount).toEqual([...Array(SIGN_IN_LIMITS.email).fill(202), ...Array(15 - SIGN_IN_LIMITS.email).fill(429)]);
    expect(without).toEqual(withAccount);
  });

  it('refuses a used or unknown invitation with 404, and keeps nothing', async () => {
    const invite = await invitation(plain);
    const taken = await plain.translator.send('POST', api.acceptInvite(invite.token));
    expect(taken.status).toBe(200);
    const late = await ask(plain, invite.token, 'late@example.org', 'a long enough password');
    expect([late.res.status, (await problemOf(late.res)).code]).toEqual([404, 'invite.not-found']);
    const bogus = await ask(plain, 'no-such-invitation-token', 'late@example.org', 'a long enough password');
    expect(bogus.res.status).toBe(404);
    expect(await plain.server.db.selectFrom('join_requests').select('id').where('email', '=', 'late@example.org').execute()).toEqual([]);
  });
});

describe('invitations by e-mail', () => {
  it('mails the link to the address the coordinator gives, in the invitation’s language; without e-mail, the link is only shown', async () => {
    const invite = await invitation(mailing, { email: 'Invitee@Example.org' });
    expect(invite.mailedTo).toBe('invitee@example.org');
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    const [{ envelopeTo, mail }] = smtp.arrived as [(typeof smtp.arrived)[number]];
    expect(envelopeTo).toEqual(['invitee@example.org']);
    expect(mail.subject).toBe('Vous êtes invité·e à traduire Demo: Digital Safety Act statement');
    expect(linkIn(mail.text!, 'invite')).toBe(invite.token);
    expect(mail.text).not.toContain(mailing.server.accounts.coordinator.email);

    const unmailed = await invitation(plain, { email: 'invitee@example.org' });
    expect(unmailed.mailedTo).toBeNull();
    expect(await plain.server.db.selectFrom('mail_outbox').select('id').execute()).toEqual([]);
  });
});

const pending = (demo: DemoServer) => demo.coordinator.json<PendingInviteView[]>('GET', api.invites(demo.demoProjectId));

async function signedOut(demo: DemoServer): Promise<Client> {
  const client = new Client(demo.server.url);
  await client.init();
  return client;
}

describe('waiting invitations', () => {
  it('lists the invitations neither used nor expired: role, languages, who invited, until when, the address given', async () => {
    const before = await pending(plain);
    const forFrench = await invitation(plain, { role: 'translator', langs: ['fr'], email: 'Someone@Example.org', expiresInDays: 3 });
    const coordinator = await invitation(plain, { role: 'coordinator', langs: null });
    const used = await invitation(plain, { role: 'reviewer', langs: ['ja'] });
    expect((await plain.translator.send('POST', api.acceptInvite(used.token))).status).toBe(200);
    await invitation(plain, { role: 'reviewer', langs: ['es'] });
    const expiring = (await pending(plain))[0]!;
    expect([expiring.role, expiring.langs]).toEqual(['reviewer', ['es']]);
    await plain.server.db.updateTable('invites').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', expiring.id).execute();

    const listed = await pending(plain);
    expect(listed.length).toBe(before.length + 2);
    const coordinatorName = (await plain.coordinator.json<{ user: { name: string } }>('GET', api.session())).user.name;
    expect(listed.slice(0, 2).map(({ id: _id, createdAt: _created, ...rest }) => rest)).toEqual([
      { role: 'coordinator', langs: null, invitedBy: coordinatorName, expiresAt: coordinator.expiresAt, email: null },
      { role: 'translator', langs: ['fr'], invitedBy: coordinatorName, expiresAt: forFrench.expiresAt, email: 'someone@example.org' },
    ]);
  });

  it('is for coordinators only: a translator of the project is refused', async () => {
    const res = await plain.translator.send('GET', api.invites(plain.demoProjectId));
    expect(res.status).toBe(403);
  });
});

describe('withdrawing an invitation', () => {
  it('makes its link answer 404 invite.not-found to reading, accepting and asking to join, and drops its requests to join', async () => {
    const created = await invitation(plain, { role: 'translator', langs: ['fr'] });
    const newcomer = await signedOut(plain);
    const asked = await newcomer.send('POST', api.askToJoin(created.token), { name: 'Early Bird', email: 'early@example.org', password: 'a long enough password' });
    expect(asked.status).toBe(202);
    expect((await plain.coordinator.json<JoinRequestView[]>('GET', api.joinRequests(plain.demoProjectId))).map((r) => r.email)).toContain('early@example.org');

    const id = (await pending(plain)).find((i) => i.expiresAt === created.expiresAt && i.role === 'translator')!.id;
    const revoked = await plain.coordinator.send('DELETE', api.projectInvite(plain.demoProjectId, id));
    expect(revoked.status).toBe(204);

    expect((await pending(plain)).map((i) => i.id)).not.toContain(id);
    expect((await plain.coordinator.json<JoinRequestView[]>('GET', api.joinRequests(plain.demoProjectId))).map((r) => r.email)).not.toContain('early@example.org');
    const answers = [
      await newcomer.send('GET', api.invite(created.token)),
      await newcomer.send('POST', api.askToJoin(created.token), { name: 'Late Bird', email: 'late@example.org', password: 'a long enough password' }),
      await plain.reviewer.send('POST', api.acceptInvite(created.token)),
    ];
    for (const res of answers) expect([res.status, (await problemOf(res)).code]).toEqual([404, 'invite.not-found']);
    expect(await plain.server.db.selectFrom('join_requests').select('email').where('email', 'in', ['early@example.org', 'late@example.org']).execute()).toEqual([]);

    // Withdrawn once is gone: a second time, or a used invitation, is 404 and changes nothing.
    const again = await plain.coordinator.send('DELETE', api.projectInvite(plain.demoProjectId, id));
    expect([again.status, (await problemOf(again)).code]).toEqual([404, 'invite.not-found']);
  });

  it('refuses a used invitation, another project’s, and anyone but a coordinator, changing nothing', async () => {
    const used = await invitation(plain, { role: 'translator', langs: ['fr'] });
    const usedId = (await pending(plain)).find((i) => i.expiresAt === used.expiresAt)!.id;
    expect((await plain.reviewer.send('POST', api.acceptInvite(used.token))).status).toBe(200);
    const tooLate = await plain.coordinator.send('DELETE', api.projectInvite(plain.demoProjectId, usedId));
    expect([tooLate.status, (await problemOf(tooLate)).code]).toEqual([404, 'invite.not-found']);

    const waiting = await invitation(plain, { role: 'translator', langs: ['ja'] });
    const waitingId = (await pending(plain)).find((i) => i.expiresAt === waiting.expiresAt)!.id;
    const byTranslator = await plain.translator.send('DELETE', api.projectInvite(plain.demoProjectId, waitingId));
    expect(byTranslator.status).toBe(403);
    const wrongProject = await plain.coordinator.send('DELETE', api.projectInvite(plain.demoProjectId + 1000, waitingId));
    expect(wrongProject.status).toBe(404);
    expect((await (await signedOut(plain)).send('GET', api.invite(waiting.token))).status).toBe(200);
  });

  it('takes back the invitation mail and the confirmation mails not yet sent', async () => {
    const created = await invitation(mailing, { role: 'translator', langs: ['fr'], email: 'invitee@example.org' });
    const newcomer = await signedOut(mailing);
    await newcomer.send('POST', api.askToJoin(created.token), { name: 'Mailed Bird', email: 'mailed@example.org', password: 'a long enough password' });
    const queued = () => mailing.server.db.selectFrom('mail_outbox').select('to_address').where('sent_at', 'is', null).execute();
    expect((await queued()).map((m) => m.to_address)).toEqual(expect.arrayContaining(['invitee@example.org', 'mailed@example.org']));
    const id = (await pending(mailing)).find((i) => i.email === 'invitee@example.org')!.id;
    expect((await mailing.coordinator.send('DELETE', api.projectInvite(mailing.demoProjectId, id))).status).toBe(204);

    await deliver();
    expect(smtp.arrived.flatMap((a) => a.envelopeTo)).not.toContain('invitee@example.org');
    expect(smtp.arrived.flatMap((a) => a.envelopeTo)).not.toContain('mailed@example.org');
  });
});
