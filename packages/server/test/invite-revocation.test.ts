import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type InviteCreated, type JoinRequestView, type PendingInviteView } from '@tessera/core/contract';
import { smtpTransport } from '../src/mail/transport.ts';
import { sendDueMail } from '../src/services/mail.ts';
import { Client, problemOf, startDemoServer, type DemoServer } from './harness.ts';
import { startSmtp, type SmtpCapture } from './smtp.ts';

const publicUrl = new URL('http://tessera.example.org/');
const mailSettings = (smtp: SmtpCapture) => ({ smtpUrl: smtp.url, from: 'Tessera <tessera@example.org>' });

let smtp: SmtpCapture;
/** A server that sends e-mail, and one that does not (requests to join wait for a coordinator there). */
let mailing: DemoServer;
let plain: DemoServer;

beforeAll(async () => {
  smtp = await startSmtp();
  mailing = await startDemoServer({}, { mail: mailSettings(smtp), publicUrl });
  plain = await startDemoServer();
}, 60_000);
afterAll(async () => {
  await mailing?.server.close();
  await plain?.server.close();
  await smtp?.close();
});

const invite = (demo: DemoServer, request: Record<string, unknown>) => demo.coordinator.json<InviteCreated>('POST', api.invites(demo.demoProjectId), request);
const pending = (demo: DemoServer) => demo.coordinator.json<PendingInviteView[]>('GET', api.invites(demo.demoProjectId));

async function signedOut(demo: DemoServer): Promise<Client> {
  const client = new Client(demo.server.url);
  await client.init();
  return client;
}

describe('waiting invitations', () => {
  it('lists the invitations neither used nor expired: role, languages, who invited, until when, the address given', async () => {
    const before = await pending(plain);
    const forFrench = await invite(plain, { role: 'translator', langs: ['fr'], email: 'Someone@Example.org', expiresInDays: 3 });
    const coordinator = await invite(plain, { role: 'coordinator', langs: null });
    const used = await invite(plain, { role: 'reviewer', langs: ['ja'] });
    expect((await plain.translator.send('POST', api.acceptInvite(used.token))).status).toBe(200);
    await plain.server.db.updateTable('invites').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('role', '=', 'reviewer').execute();

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
    const created = await invite(plain, { role: 'translator', langs: ['fr'] });
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
    const used = await invite(plain, { role: 'translator', langs: ['fr'] });
    const usedId = (await pending(plain)).find((i) => i.expiresAt === used.expiresAt)!.id;
    expect((await plain.reviewer.send('POST', api.acceptInvite(used.token))).status).toBe(200);
    const tooLate = await plain.coordinator.send('DELETE', api.projectInvite(plain.demoProjectId, usedId));
    expect([tooLate.status, (await problemOf(tooLate)).code]).toEqual([404, 'invite.not-found']);

    const waiting = await invite(plain, { role: 'translator', langs: ['ja'] });
    const waitingId = (await pending(plain)).find((i) => i.expiresAt === waiting.expiresAt)!.id;
    const byTranslator = await plain.translator.send('DELETE', api.projectInvite(plain.demoProjectId, waitingId));
    expect(byTranslator.status).toBe(403);
    const wrongProject = await plain.coordinator.send('DELETE', api.projectInvite(plain.demoProjectId + 1000, waitingId));
    expect(wrongProject.status).toBe(404);
    expect((await (await signedOut(plain)).send('GET', api.invite(waiting.token))).status).toBe(200);
  });

  it('takes back the invitation mail and the confirmation mails not yet sent', async () => {
    const created = await invite(mailing, { role: 'translator', langs: ['fr'], email: 'invitee@example.org' });
    const newcomer = await signedOut(mailing);
    await newcomer.send('POST', api.askToJoin(created.token), { name: 'Mailed Bird', email: 'mailed@example.org', password: 'a long enough password' });
    const queued = () => mailing.server.db.selectFrom('mail_outbox').select('to_address').where('sent_at', 'is', null).execute();
    expect((await queued()).map((m) => m.to_address)).toEqual(expect.arrayContaining(['invitee@example.org', 'mailed@example.org']));
    const id = (await pending(mailing)).find((i) => i.email === 'invitee@example.org')!.id;
    expect((await mailing.coordinator.send('DELETE', api.projectInvite(mailing.demoProjectId, id))).status).toBe(204);

    smtp.arrived.length = 0;
    await sendDueMail(mailing.server.db, smtpTransport(mailSettings(smtp)));
    expect(smtp.arrived.flatMap((a) => a.envelopeTo)).not.toContain('invitee@example.org');
    expect(smtp.arrived.flatMap((a) => a.envelopeTo)).not.toContain('mailed@example.org');
  });
});
