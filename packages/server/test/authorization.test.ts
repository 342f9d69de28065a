import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, operations, pathOf, type EditorUnit, type LanguageView, type Operation, type OperationName } from '@tessera/core/contract';
import { addMembership } from '../src/repositories/projects.ts';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { Client, type TestServer, startDemoServer } from './harness.ts';

/**
 * Every operation × every kind of caller × both languages of the rule (fr: the caller's language,
 * ja: another one). A refused call answers 401/403/404 and changes nothing in the database.
 */
type Caller = 'signed-out' | 'outsider' | 'translator-fr' | 'reviewer-fr' | 'coordinator';
const CALLERS: Caller[] = ['signed-out', 'outsider', 'translator-fr', 'reviewer-fr', 'coordinator'];

/** Who may call what, by hand — the rule book the server must follow. */
const MAY: Record<Operation['access'], (caller: Caller, lang: 'fr' | 'ja' | null) => boolean> = {
  anyone: () => true,
  'signed-in': (c) => c !== 'signed-out',
  'project-creator': (c) => c === 'coordinator',
  member: (c, lang) => c === 'coordinator' || ((c === 'translator-fr' || c === 'reviewer-fr') && lang !== 'ja'),
  translator: (c, lang) => c === 'coordinator' || ((c === 'translator-fr' || c === 'reviewer-fr') && lang !== 'ja'),
  reviewer: (c, lang) => c === 'coordinator' || (c === 'reviewer-fr' && lang !== 'ja'),
  coordinator: (c) => c === 'coordinator',
};

let server: TestServer;
let clients: Record<Caller, Client>;
let projectId: number;
let fixtures: Record<'fr' | 'ja', { unit: EditorUnit; lastInBlock: EditorUnit; suggestionId: number; commentId: number; xliff: string; termId: number }>;
let blockId: number;
let sourceRevision: number;
let inviteToken: string;
/** A member over whose account the coordinator may act (for a password link). */
let translatorId: number;
let joinRequestId: number;
/** An invitation of its own for revokeInvite, so that withdrawing it leaves the one above to the other operations. */
let revocableInviteId: number;

beforeAll(async () => {
  const demo = await startDemoServer();
  ({ server, demoProjectId: projectId } = demo);
  const { coordinator, translator } = demo;
  const people: [Caller, string | null, 'translator' | 'reviewer' | null][] = [
    ['outsider', null, null],
    ['translator-fr', 'fr', 'translator'],
    ['reviewer-fr', 'fr', 'reviewer'],
  ];
  const signedIn: Partial<Record<Caller, Client>> = { coordinator };
  for (const [caller, lang, role] of people) {
    const email = `${caller}@example.org`;
    const id = await insertUser(server.db, { email, name: caller, passwordHash: await hashPassword('password-1234'), canCreateProjects: false });
    if (caller === 'translator-fr') translatorId = id;
    if (role) await addMembership(server.db, projectId, id, { role, lang });
    signedIn[caller] = await Client.signedIn(server, { email, password: 'password-1234' });
  }
  const anonymous = new Client(server.url);
  await anonymous.init();
  clients = { ...(signedIn as Record<Exclude<Caller, 'signed-out'>, Client>), 'signed-out': anonymous };

  fixtures = {} as typeof fixtures;
  for (const lang of ['fr', 'ja'] as const) {
    const view = await coordinator.json<LanguageView>('GET', api.language(projectId, lang));
    const units = view.units.filter((u) => u.translate);
    const unit = await translator.json<EditorUnit>('PUT', api.translation(projectId, lang, units[0]!.id), { target: [`${lang} text.`], baseRevision: units[0]!.revision });
    const suggested = await translator.json<EditorUnit>('POST', api.suggestions(projectId, lang, unit.id), { target: ['alt.'] });
    const comment = await translator.json<{ id: number }>('POST', api.comments(projectId, lang, unit.id), { body: 'a note' });
    const lastInBlock = [...units].reverse().find((u, i, all) => all.findIndex((v) => v.blockId === u.blockId) === i)!;
    const xliff = await (await coordinator.send('GET', api.xliff(projectId, lang))).text();
    const term = await coordinator.json<{ id: number }>('POST', api.glossary(projectId, lang), { source: `matrix term ${lang}`, target: 'terme' });
    fixtures[lang] = { unit: suggested, lastInBlock, suggestionId: suggested.suggestions[0]!.id, commentId: comment.id, xliff, termId: term.id };
    blockId = unit.blockId;
    sourceRevision = view.project.sourceRevision;
  }
  const invite = await coordinator.json<{ path: string }>('POST', api.invites(projectId), { role: 'translator', langs: ['fr'] });
  inviteToken = invite.path.split('/').at(-1)!;
  await anonymous.send('POST', api.askToJoin(inviteToken), { name: 'Matrix newcomer', email: 'matrix-newcomer@example.org', password: 'password-1234' });
  joinRequestId = (await coordinator.json<{ id: number }[]>('GET', api.joinRequests(projectId)))[0]!.id;
  await coordinator.json('POST', api.invites(projectId), { role: 'reviewer', langs: ['ja'] });
  revocableInviteId = (await coordinator.json<{ id: number; role: string }[]>('GET', api.invites(projectId))).find((i) => i.role === 'reviewer')!.id;
});
afterAll(() => server?.close());

/** Everything a call could change, as one fingerprint. */
async function fingerprint(): Promise<string> {
  const tables = ['projects', 'project_languages', 'memberships', 'blocks', 'units', 'translations', 'events', 'suggestions', 'comments', 'notifications', 'invites', 'join_requests', 'account_links', 'source_revisions', 'users', 'tm_entries', 'memory_changes', 'publications', 'publication_credits', 'glossary_terms'] as const;
  const hash = createHash('sha256');
  for (const table of tables) hash.update(JSON.stringify(await server.db.selectFrom(table).selectAll().execute()));
  return hash.digest('hex');
}

/** A one-entry TMX file, so that a refused memory import would show in the fingerprint. */
const MEMORY_TMX = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>Matrix sentence.</seg></tuv><tuv xml:lang="fr"><seg>Phrase de matrice.</seg></tuv></tu></body></tmx>`;

/** A request each operation accepts from someone allowed (kept harmless where possible). */
/** Operations that change the caller's own session, or stream forever: tested in their own files. */
const ELSEWHERE = new Set<OperationName>(['signIn', 'signOut', 'acceptInvite', 'live']);

function requestFor(name: OperationName, lang: 'fr' | 'ja'): { params: Record<string, string | number>; query?: Record<string, string>; body?: unknown; raw?: boolean } {
  const f = fixtures[lang];
  const params = { projectId, lang, unitId: f.unit.id, blockId, suggestionId: f.suggestionId, commentId: f.commentId, token: inviteToken, requestId: joinRequestId, inviteId: revocableInviteId, version: 1, sessionId: 'no-such-session', userId: translatorId, termId: f.termId, engineId: 'no-such-engine' };
  switch (name) {
    case 'createProject':
      return { params, body: { name: `Matrix ${Math.random()}`, sourceLang: 'en', targetLangs: ['ja'], text: 'One sentence.' } };
    case 'reviseSource':
      return { params, body: { text: 'A new text altogether.', baseRevision: sourceRevision, dryRun: true } };
    case 'publicationSettings':
      return { params, body: { allowFallback: false } };
    case 'languageSettings':
      return { params, body: {} };
    case 'saveTranslation':
      return { params, body: { target: ['changed.'], baseRevision: f.unit.revision } };
    case 'review':
      return { params, body: { decision: 'approve', baseRevision: f.unit.revision } };
    case 'importXliff':
      return { params, body: new TextEncoder().encode(f.xliff), raw: true };
    case 'importTmx':
      return { params, body: new TextEncoder().encode(MEMORY_TMX), raw: true };
    case 'removeMemoryFile':
      return { params, query: { name: 'no such file.tmx' } };
    case 'projectInMemory':
      return { params, body: { inMemory: true } };
    case 'presence':
      return { params, body: { unitId: null } };
    case 'editSource':
      return { params, body: { source: f.unit.source, baseSource: f.unit.source, change: 'typo' } };
    case 'mergeWithNext':
      return { params: { ...params, unitId: f.lastInBlock.id } };
    case 'splitUnit':
      return { params, body: { offset: 0, baseSource: f.unit.source } };
    case 'unitTranslate':
    case 'blockTranslate':
      return { params, body: { translate: true } };
    case 'createInvite':
      return { params, body: { role: 'translator', langs: [lang] } };
    case 'suggest':
      return { params, body: { target: ['another.'] } };
    case 'addComment':
      return { params, body: { body: 'matrix comment' } };
    case 'resolveComment':
      return { params, body: { resolved: false } };
    case 'markNotificationsRead':
      return { params, body: { ids: [] } };
    case 'publish':
      return { params, body: { allowFallback: true } };
    case 'publicationEmbargo':
      return { params, body: { embargoUntil: null } };
    case 'setMachineEngine':
      return { params, body: { allowed: false } };
    case 'addGlossaryTerm':
      return { params, body: { source: `matrix ${Math.random()}`, target: 'terme' } };
    case 'updateGlossaryTerm':
      return { params, body: { source: `matrix term ${lang}`, target: 'autre terme' } };
    case 'importGlossary':
      return { params, body: new TextEncoder().encode('source,target\nmatrix import,importation\n'), raw: true };
    case 'setCredit':
      return { params, body: { name: 'Matrix volunteer' } };
    default:
      return { params, body: operations[name].method === 'get' ? undefined : {} };
  }
}

/** Creating a project and adding to the shared memory take an account that may create projects. */
const REFUSALS = new Set(['auth.required', 'auth.forbidden', 'project.not-found', 'csrf.invalid']);

const cases = (Object.keys(operations) as OperationName[]).filter((name) => !ELSEWHERE.has(name)).flatMap((name) => {
  const langs = operations[name].path.includes(':lang') ? (['fr', 'ja'] as const) : ([null] as const);
  return langs.flatMap((lang) => CALLERS.map((caller) => [name, caller, lang] as const));
});

describe('authorization matrix', () => {
  it.each(cases)('%s by %s on %s', async (name, caller, lang) => {
    const request = requestFor(name, lang ?? 'fr');
    const allowed = MAY[operations[name].access]!(caller, lang);
    const before = allowed ? '' : await fingerprint();
    const path = pathOf(operations[name].path, request.params) + (request.query ? `?${new URLSearchParams(request.query)}` : '');
    const res = await clients[caller].send(operations[name].method.toUpperCase(), path, request.body, { raw: request.raw });
    const code = res.headers.get('content-type')?.includes('json') ? ((await res.json()) as { code?: string } | null)?.code : undefined;
    if (allowed) {
      // Allowed: whatever else may stop the call (a stale revision, four-eyes…), it is not the caller's role.
      expect(res.status).not.toBe(401);
      expect({ status: res.status, code }).not.toEqual({ status: res.status, code: expect.toSatisfy((c: string) => REFUSALS.has(c)) });
    } else {
      expect([401, 403, 404]).toContain(res.status);
      expect(await fingerprint()).toBe(before);
    }
  });
});
