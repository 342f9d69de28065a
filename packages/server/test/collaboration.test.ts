import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import {
  api,
  type ActivityEntry,
  type BatchApproveResult,
  type CommentView,
  type EditorUnit,
  type InviteCreated,
  type LanguageView,
  type MemberView,
  type MentionableView,
  type NotificationView,
  type ProjectSummary,
  type SessionView,
} from '@tessera/core/contract';
import { Client, joinByInvitation, problemOf, type TestServer, startDemoServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let projectId: number;

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer, demoProjectId: projectId } = await startDemoServer());
});
afterAll(() => server?.close());

const view = (client: Client, lang: string) => client.json<LanguageView>('GET', api.language(projectId, lang));
const untranslated = async (lang: string, skip = 0) => (await view(coordinator, lang)).units.filter((u) => u.translate && u.state === 'untranslated')[skip]!;
const save = (client: Client, lang: string, unit: EditorUnit, text: string) =>
  client.json<EditorUnit>('PUT', api.translation(projectId, lang, unit.id), { target: [text], baseRevision: unit.revision });

const newcomer = (invite: InviteCreated, name: string, email: string): Promise<Client> =>
  joinByInvitation(server, coordinator, invite.token, { name, email, password: 'a long enough password' });

describe('invitations', () => {
  it('give a newcomer an account and a role on the languages named, once', async () => {
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['fr'] });
    expect(invite.path).toMatch(/^\/invite\/[\w-]{40,}$/);
    const token = invite.path.split('/').at(-1)!;
    const anonymous = new Client(server.url);
    await anonymous.init();
    expect(await anonymous.json('GET', api.invite(token))).toMatchObject({ role: 'translator', langs: ['fr'], projectName: 'Demo: Digital Safety Act statement' });

    const camille = await newcomer(invite, 'Camille Martin', 'camille@example.org');
    const me = await camille.json<SessionView>('GET', api.session());
    expect(me.user).toMatchObject({ name: 'Camille Martin', canCreateProjects: false });
    expect((await camille.json<ProjectSummary[]>('GET', api.projects()))[0]!.memberships).toEqual([{ role: 'translator', lang: 'fr' }]);
    const fr = await untranslated('fr');
    expect((await camille.send('PUT', api.translation(projectId, 'fr', fr.id), { target: ['Bonjour.'], baseRevision: fr.revision })).status).toBe(200);
    const ja = await untranslated('ja');
    expect((await camille.send('PUT', api.translation(projectId, 'ja', ja.id), { target: ['x'], baseRevision: ja.revision })).status).toBe(403);

    // Single use.
    const again = await anonymous.send('POST', api.askToJoin(token), { name: 'Someone Else', email: 'else@example.org', password: 'a long enough password' });
    expect(again.status).toBe(404);
    expect((await problemOf(again)).code).toBe('invite.not-found');
    expect((await anonymous.send('GET', api.invite(token))).status).toBe(404);
  });

  it('add the role to a signed-in user, and sign nobody in with an address that has an account', async () => {
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'reviewer', langs: ['es'] });
    const token = invite.path.split('/').at(-1)!;
    const anonymous = new Client(server.url);
    await anonymous.init();
    const taken = await anonymous.send('POST', api.askToJoin(token), { name: 'X', email: server.accounts.translator.email, password: 'a long enough password' });
    expect(taken.status).toBe(202);
    expect((await anonymous.json<SessionView>('GET', api.session())).user).toBeNull();
    expect((await anonymous.send('POST', api.acceptInvite(token))).status).toBe(401);
    const res = await translator.send('POST', api.acceptInvite(token));
    expect(res.status).toBe(200);
    const members = await coordinator.json<MemberView[]>('GET', api.members(projectId));
    expect(members.filter((m) => m.email === server.accounts.translator.email).map((m) => [m.role, m.lang])).toContainEqual(['reviewer', 'es']);
    // The request that waited can no longer be confirmed: the invitation is used.
    expect(await coordinator.json('GET', api.joinRequests(projectId))).toEqual([]);
  });

  it('expire, and only coordinators make them', async () => {
    expect((await translator.send('POST', api.invites(projectId), { role: 'translator', langs: ['fr'] })).status).toBe(403);
    expect((await coordinator.send('POST', api.invites(projectId), { role: 'translator', langs: ['de'] })).status).toBe(400);
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: null, expiresInDays: 1 });
    const token = invite.path.split('/').at(-1)!;
    await server.db.updateTable('invites').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('expires_at', '=', invite.expiresAt).execute();
    expect((await translator.send('GET', api.invite(token))).status).toBe(404);
  });
});

describe('four-eyes review', () => {
  it('refuses to let a reviewer approve their own translation, unless the coordinator allows self-review, which is labelled', async () => {
    const unit = await untranslated('ja');
    const mine = await save(reviewer, 'ja', unit, '自分の訳。');
    const own = await reviewer.send('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: mine.revision });
    expect(own.status).toBe(403);
    expect((await problemOf(own)).code).toBe('review.own-translation');

    expect((await coordinator.send('PUT', api.languageSettings(projectId, 'ja'), { selfReview: true, deadline: '2026-12-24' })).status).toBe(204);
    const approved = await reviewer.json<EditorUnit>('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: mine.revision, overrideReason: 'A stand-in translation for the test.' });
    expect(approved).toMatchObject({ state: 'approved', selfApproved: true });
    const ja = await view(translator, 'ja');
    expect(ja).toMatchObject({ deadline: '2026-12-24', selfReview: true });
    await coordinator.send('PUT', api.languageSettings(projectId, 'ja'), { selfReview: false });
  });

  it('refuses a deadline that is no day of the calendar, and keeps the one in force', async () => {
    expect((await coordinator.send('PUT', api.languageSettings(projectId, 'fr'), { deadline: '2026-11-30' })).status).toBe(204);
    for (const deadline of ['2024-13-45', '2025-02-29', '2026-04-31']) {
      const refused = await coordinator.send('PUT', api.languageSettings(projectId, 'fr'), { deadline });
      expect(refused.status).toBe(422);
      expect(await problemOf(refused)).toMatchObject({ code: 'date.impossible' });
    }
    expect(await view(translator, 'fr')).toMatchObject({ deadline: '2026-11-30' });
    await coordinator.send('PUT', api.languageSettings(projectId, 'fr'), { deadline: null });
  });

  it('lets another reviewer approve, unlabelled', async () => {
    const unit = await untranslated('ja');
    const saved = await save(translator, 'ja', unit, '翻訳者の訳。');
    const approved = await reviewer.json<EditorUnit>('POST', api.review(projectId, 'ja', unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
    expect(approved).toMatchObject({ state: 'approved', selfApproved: false, authorId: saved.authorId });
  });
});

describe('suggestions', () => {
  it('let a translator offer an alternative that a reviewer picks', async () => {
    const unit = (await view(coordinator, 'ja')).units.find((u) => contentText(u.source) === 'Signatories' && u.state === 'untranslated')!;
    const saved = await save(reviewer, 'ja', unit, '署名');
    const offered = await translator.json<EditorUnit>('POST', api.suggestions(projectId, 'ja', unit.id), { target: ['署名者'] });
    expect(offered.target).toEqual(['署名']);
    expect(offered.suggestions).toMatchObject([{ author: 'Demo Translator', target: ['署名者'] }]);
    const picked = await reviewer.json<EditorUnit>('POST', api.acceptSuggestion(projectId, 'ja', offered.suggestions[0]!.id), {});
    expect(picked).toMatchObject({ target: ['署名者'], state: 'approved', suggestions: [] });
    expect(picked.revision).toBe(saved.revision + 1);
    // A translator may not pick.
    const other = await translator.json<EditorUnit>('POST', api.suggestions(projectId, 'ja', unit.id), { target: ['署名した団体。'] });
    expect((await translator.send('POST', api.acceptSuggestion(projectId, 'ja', other.suggestions[0]!.id), {})).status).toBe(403);
    // A suggestion the checks warn about (a final mark the source lacks) becomes the translation to review: its approval needs a reason.
    const warned = await reviewer.json<EditorUnit>('POST', api.acceptSuggestion(projectId, 'ja', other.suggestions[0]!.id), {});
    expect(warned).toMatchObject({ target: ['署名した団体。'], state: 'translated', qa: [{ check: 'end-punctuation', severity: 'warning' }] });
  });
});

describe('approving a paragraph at once', () => {
  it('approves what passes the checks and was written by someone else, and says why it skipped the rest', async () => {
    const units = (await view(coordinator, 'fr')).units;
    const block = units.find((u) => u.blockKind === 'paragraph' && units.filter((v) => v.blockId === u.blockId).length >= 2)!.blockId;
    const [a, b] = units.filter((u) => u.blockId === block);
    await save(translator, 'fr', a!, 'Nous, organisations soussignées, demandons au comité de modifier le projet.');
    await save(translator, 'fr', b!, 'Une phrase sans point final');
    const result = await reviewer.json<BatchApproveResult>('POST', api.approveBlock(projectId, 'fr', block), {});
    expect(result.approved).toEqual([a!.id]);
    expect(result.skipped).toContainEqual({ unitId: b!.id, reason: 'qa' });
    const after = (await view(coordinator, 'fr')).units;
    expect(after.find((u) => u.id === b!.id)!.qa.map((q) => q.check)).toContain('end-punctuation');
  });
});

describe('quality checks on a save', () => {
  it('warns of invisible reordering characters that the source does not have', async () => {
    const unit = await untranslated('es');
    const saved = await save(translator, 'es', unit, `Pagamos \u202e001\u202c euros.`);
    expect(saved.qa.map((q) => q.check)).toContain('bidi-controls');
    const plain = await save(translator, 'es', saved, 'Pagamos 100 euros.');
    expect(plain.qa.map((q) => q.check)).not.toContain('bidi-controls');
  });
});

describe('comments, mentions and notifications', () => {
  it('notifies a mentioned member and the translator of a rejection', async () => {
    const unit = await untranslated('ja');
    const saved = await save(translator, 'ja', unit, '訳。');
    const comment = await reviewer.json<CommentView>('POST', api.comments(projectId, 'ja', unit.id), { body: '@translator この用語を確認してください' });
    expect(comment.mentions).toEqual(['Demo Translator']);
    expect((await view(translator, 'ja')).units.find((u) => u.id === unit.id)!.openComments).toBe(1);
    const rejected = await reviewer.json<EditorUnit>('POST', api.review(projectId, 'ja', unit.id), { decision: 'reject', comment: '用語集に従ってください。', baseRevision: saved.revision });
    expect(rejected.rejectionReason).toBe('用語集に従ってください。');
    // The row shows why it was rejected and the newest open comment, to everyone who reads the language.
    expect((await view(translator, 'ja')).units.find((u) => u.id === unit.id)).toMatchObject({
      state: 'rejected',
      rejectionReason: '用語集に従ってください。',
      latestComment: { author: 'Demo Reviewer', body: '@translator この用語を確認してください' },
    });

    const notifications = await translator.json<NotificationView[]>('GET', api.notifications());
    expect(notifications.slice(0, 2).map((n) => [n.kind, n.actor, n.body, n.unitId])).toEqual([
      ['rejected', 'Demo Reviewer', '用語集に従ってください。', unit.id],
      ['mention', 'Demo Reviewer', '@translator この用語を確認してください', unit.id],
    ]);
    expect(await reviewer.json<NotificationView[]>('GET', api.notifications())).toEqual([]);
    expect((await translator.send('POST', api.notificationsRead(), { ids: notifications.map((n) => n.id) })).status).toBe(204);
    expect((await translator.json<NotificationView[]>('GET', api.notifications())).every((n) => n.read)).toBe(true);

    const resolved = await translator.json<CommentView>('PUT', api.comment(projectId, comment.id), { resolved: true });
    expect(resolved.resolved).toBe(true);
    expect((await view(translator, 'ja')).units.find((u) => u.id === unit.id)).toMatchObject({ openComments: 0, latestComment: null });
  });

  it('keeps comments to members who may read the language', async () => {
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['es'] });
    const es = await newcomer(invite, 'Lucía Pérez', 'lucia@example.org');
    const unit = (await view(coordinator, 'ja')).units.find((u) => u.translate)!;
    expect((await es.send('GET', api.comments(projectId, 'ja', unit.id))).status).toBe(403);
    expect((await es.send('POST', api.comments(projectId, 'ja', unit.id), { body: 'hola' })).status).toBe(403);
    await reviewer.json('POST', api.comments(projectId, 'ja', unit.id), { body: '@lucia can you read this?' });
    expect(await es.json<NotificationView[]>('GET', api.notifications())).toEqual([]);
  });

  it('offers the members who may read the language, by name only, and notifies one mentioned as @[Name With Spaces]', async () => {
    const invite = await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['ja'] });
    const maria = await newcomer(invite, 'María José de la Cruz', 'mjc@example.org');

    const offered = await translator.json<MentionableView[]>('GET', api.mentionable(projectId, 'ja'));
    const names = offered.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['María José de la Cruz', 'Demo Reviewer', 'Demo Translator']));
    expect(names).not.toContain('Lucía Pérez');
    expect(JSON.stringify(offered)).not.toContain('@');
    expect(offered.every((p) => Object.keys(p).sort().join() === 'id,name')).toBe(true);
    const outsider = await newcomer(await coordinator.json<InviteCreated>('POST', api.invites(projectId), { role: 'translator', langs: ['es'] }), 'Only Spanish', 'only-es@example.org');
    expect((await outsider.send('GET', api.mentionable(projectId, 'ja'))).status).toBe(403);

    const unit = (await view(coordinator, 'ja')).units.find((u) => u.translate)!;
    const body = 'Could @[María José de la Cruz] check the term? Thanks @reviewer.';
    const comment = await translator.json<CommentView>('POST', api.comments(projectId, 'ja', unit.id), { body });
    expect(comment.mentions.sort()).toEqual(['Demo Reviewer', 'María José de la Cruz']);
    const [notice] = await maria.json<NotificationView[]>('GET', api.notifications());
    expect([notice?.kind, notice?.actor, notice?.body]).toEqual(['mention', 'Demo Translator', body]);
    // A name that is nobody's mentions nobody.
    const nobody = await translator.json<CommentView>('POST', api.comments(projectId, 'ja', unit.id), { body: 'Ask @[María Nobody] maybe.' });
    expect(nobody.mentions).toEqual([]);
  });
});

describe('the activity feed of a language', () => {
  it('lists what happened, newest first, with the unit it happened to, page by page', async () => {
    const feed = await translator.json<ActivityEntry[]>('GET', api.activity(projectId, 'ja'));
    expect(feed.length).toBeGreaterThan(3);
    expect(feed.map((e) => e.id)).toEqual([...feed.map((e) => e.id)].sort((a, b) => b - a));
    expect(feed[0]).toMatchObject({ kind: 'reject', user: 'Demo Reviewer' });
    expect(feed[0]!.source.length).toBeGreaterThan(5);
    const older = await translator.json<ActivityEntry[]>('GET', `${api.activity(projectId, 'ja')}?before=${feed[1]!.id}`);
    expect(older[0]!.id).toBe(feed[2]!.id);
  });
});

describe('sign-in rate limit', () => {
  it('refuses further attempts after ten failures for one e-mail, even with the right password', async () => {
    const client = new Client(server.url);
    await client.init();
    const email = server.accounts.coordinator.email;
    for (let i = 0; i < 10; i++) expect((await client.send('POST', api.session(), { email, password: `wrong ${i}` })).status).toBe(401);
    const limited = await client.send('POST', api.session(), { email, password: server.accounts.coordinator.password });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(limited)).code).toBe('auth.rate-limited');
  });
});
