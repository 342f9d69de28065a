/**
 * The typed HTTP client: every path comes from the core contract's `api` table, and every
 * response body is checked against the contract's schema, so a renamed field fails loudly
 * here instead of rendering `undefined` somewhere in a page.
 */
import {
  accountLinkView,
  accountSessionView,
  accountView,
  activityEntry,
  api,
  batchApproveResult,
  commentView,
  editorUnit,
  historyEvent,
  importSummary,
  inviteCreated,
  passwordLinkCreated,
  inviteView,
  joinRequested,
  joinRequestView,
  pendingInviteView,
  mentionableView,
  languageView,
  memberView,
  memoryImportSummary,
  glossaryEntryView,
  glossaryImportSummary,
  glossaryView,
  type GlossaryTermRequest,
  memoryMatch,
  mailPreferencesView,
  notificationView,
  passwordResetAnswer,
  problem,
  projectSummary,
  revisionSummary,
  sessionView,
  staleRevisionProblem,
  unitPage,
  creditView,
  publicationOverview,
  publicationVersionView,
  type JoinRequest,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
  type DeleteAccountRequest,
  type SetupRequest,
  type PublishRequest,
  type CreateProjectRequest,
  type EditorUnit,
  type EditSourceRequest,
  type InviteRequest,
  type LanguageSettingsRequest,
  type PublicationSettingsRequest,
  type LoginRequest,
  type MailPreferencesRequest,
  type ReviewRequest,
  type ReviseSourceRequest,
  type SaveTranslationRequest,
  type SplitUnitRequest,
  type UnitPageQuery,
} from '@tessera/core/contract';

/** A refused or failed request. `code` is the problem's stable code (or a client-side one). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Stable error code from `application/problem+json`, e.g. `translation.stale`. */
    readonly code: string,
    /** The parsed response body (the whole problem object, with any extra members). */
    readonly body: unknown,
    message: string,
    /** The response's `Content-Language`: the language the problem's title and detail are written in. */
    readonly contentLanguage: string | null = null,
  ) {
    super(message);
  }

  /** The problem's human-readable detail or title, as the server wrote it. */
  get serverMessage(): string | undefined {
    const parsed = problem.safeParse(this.body);
    return parsed.success ? (parsed.data.detail ?? parsed.data.title) : undefined;
  }

  /** For a 409 `revision.stale`: the number of the source revision now in force, when the server says. */
  get sourceRevision(): number | undefined {
    if (this.code !== 'revision.stale' || typeof this.body !== 'object' || this.body === null) return undefined;
    const { sourceRevision } = this.body as { sourceRevision?: unknown };
    return typeof sourceRevision === 'number' ? sourceRevision : undefined;
  }

  /** For a 409 `translation.stale`: the unit as it is now on the server. */
  get current(): EditorUnit | undefined {
    const parsed = staleRevisionProblem.safeParse(this.body);
    return parsed.success ? parsed.data.current : undefined;
  }
}

/** The answer to a split: the new second unit's id. */
const splitAnswer: Schema<{ id: number }> = {
  safeParse(data) {
    const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
    return typeof id === 'number' ? { success: true, data: { id } } : { success: false, error: { message: 'no unit id' } };
  },
};

/** Client-side codes, for failures that never got a problem document. */
const CLIENT_ERROR = {
  network: 'client.network',
  badResponse: 'client.bad-response',
} as const;

let csrfToken = '';
let uiLanguage = '';
const unauthorizedListeners = new Set<() => void>();

/** The `Accept-Language` sent with every request, so problem details come in the UI language. */
export function setRequestLanguage(lang: string): void {
  uiLanguage = lang;
}

/** Called whenever the server answers 401 to anything but the session itself. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  method?: Method;
  /** Let the request outlive the page (a last word on `pagehide`). */
  keepalive?: boolean;
  /** A JSON body, or raw bytes sent as `application/octet-stream`. */
  json?: unknown;
  bytes?: Blob;
  signal?: AbortSignal | undefined;
}

async function send(path: string, options: RequestOptions, retried = false): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (uiLanguage) headers.set('Accept-Language', uiLanguage);
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.bytes) {
    headers.set('Content-Type', 'application/octet-stream');
    body = options.bytes;
  }
  if (method !== 'GET') {
    if (!csrfToken) await sessionRequest({});
    headers.set('X-CSRF-Token', csrfToken);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
      keepalive: options.keepalive ?? false,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, CLIENT_ERROR.network, null, 'The server could not be reached.');
  }
  if (response.ok) return response;

  const error = await problemOf(response);
  // A token that went stale (a new session, a restarted server): fetch a fresh one and try once more.
  if (method !== 'GET' && !retried && response.status === 403 && error.code.includes('csrf')) {
    await sessionRequest({});
    return send(path, options, true);
  }
  if (response.status === 401 && path !== api.session()) for (const listener of unauthorizedListeners) listener();
  throw error;
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) body = await response.json().catch(() => null);
  const parsed = problem.safeParse(body);
  const code = parsed.success ? parsed.data.code : `http.${response.status}`;
  const message = parsed.success ? (parsed.data.detail ?? parsed.data.title) : response.statusText;
  return new ApiError(
    response.status,
    code,
    body,
    message || `HTTP ${response.status}`,
    response.headers.get('Content-Language'),
  );
}

/** What `read` needs of a contract schema (any zod schema has it). */
interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

async function read<T>(response: Response, schema: Schema<T>): Promise<T> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, CLIENT_ERROR.badResponse, json, `Unexpected response: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Every answer from `/api/session` carries the CSRF token the next state-changing request needs. */
async function sessionRequest(options: RequestOptions) {
  return sessionRequestAt(api.session(), options);
}

async function sessionRequestAt(path: string, options: RequestOptions) {
  const session = await read(await send(path, options), sessionView);
  if (session.csrfToken) csrfToken = session.csrfToken;
  return session;
}

/** Every call the web app makes, typed by the contract. */
export const client = {
  session: () => sessionRequest({}),
  signIn: (credentials: LoginRequest) => sessionRequest({ method: 'POST', json: credentials }),
  signOut: async () => {
    await send(api.session(), { method: 'DELETE' });
    csrfToken = '';
  },

  projects: async (signal?: AbortSignal) =>
    read(await send(api.projects(), { signal }), projectSummary.array()),
  createProject: async (request: CreateProjectRequest) =>
    read(await send(api.projects(), { method: 'POST', json: request }), projectSummary),

  /** The language and the first `limit` of its units. */
  language: async (projectId: number, lang: string, limit: number, signal?: AbortSignal) =>
    read(await send(api.language(projectId, lang, { limit }), { signal }), languageView),
  /** The units after `query.after` (the `next` of the page before). */
  languageUnits: async (projectId: number, lang: string, query: UnitPageQuery, signal?: AbortSignal) =>
    read(await send(api.languageUnits(projectId, lang, query), { signal }), unitPage),
  saveTranslation: async (projectId: number, lang: string, unitId: number, request: SaveTranslationRequest) =>
    read(await send(api.translation(projectId, lang, unitId), { method: 'PUT', json: request }), editorUnit),
  review: async (projectId: number, lang: string, unitId: number, request: ReviewRequest) =>
    read(await send(api.review(projectId, lang, unitId), { method: 'POST', json: request }), editorUnit),
  history: async (projectId: number, lang: string, unitId: number, signal?: AbortSignal) =>
    read(await send(api.history(projectId, lang, unitId), { signal }), historyEvent.array()),

  /** An XLIFF 1.2 or 2.0 file, sent as it is. */
  uploadXliff: async (projectId: number, lang: string, file: Blob) =>
    read(await send(api.xliff(projectId, lang), { method: 'POST', bytes: file }), importSummary),
  /** A TMX file added to the translation memory, sent as it is; its name is what its matches show as their origin. */
  importMemory: async (file: File) => read(await send(api.memoryImport(file.name), { method: 'POST', bytes: file }), memoryImportSummary),
  /** The memory's best matches for a unit's source, best first. */
  memoryMatches: async (projectId: number, lang: string, unitId: number, signal?: AbortSignal) =>
    read(await send(api.memoryMatches(projectId, lang, unitId), { signal }), memoryMatch.array()),
  /** The language's glossary (its terms, and whether the caller may change them). */
  glossary: async (projectId: number, lang: string, signal?: AbortSignal) => read(await send(api.glossary(projectId, lang), { signal }), glossaryView),
  addGlossaryTerm: async (projectId: number, lang: string, term: GlossaryTermRequest) =>
    read(await send(api.glossary(projectId, lang), { method: 'POST', json: term }), glossaryEntryView),
  updateGlossaryTerm: async (projectId: number, lang: string, termId: number, term: GlossaryTermRequest) =>
    read(await send(api.glossaryTerm(projectId, lang, termId), { method: 'PUT', json: term }), glossaryEntryView),
  deleteGlossaryTerm: async (projectId: number, lang: string, termId: number) => {
    await send(api.glossaryTerm(projectId, lang, termId), { method: 'DELETE' });
  },
  /** A TBX or CSV file, sent as it is. */
  importGlossary: async (projectId: number, lang: string, file: Blob) =>
    read(await send(api.glossaryImport(projectId, lang), { method: 'POST', bytes: file }), glossaryImportSummary),
  /** A dry run reports what the new version would change; without `dryRun` it is applied. */
  reviseSource: async (projectId: number, request: ReviseSourceRequest) =>
    read(await send(api.revisions(projectId), { method: 'POST', json: request }), revisionSummary),
  editSource: async (projectId: number, unitId: number, request: EditSourceRequest) => {
    await send(api.unitSource(projectId, unitId), { method: 'PUT', json: request });
  },
  mergeWithNext: async (projectId: number, unitId: number) => {
    await send(api.mergeWithNext(projectId, unitId), { method: 'POST' });
  },
  /** Resolves to the id of the new second unit. */
  splitUnit: async (projectId: number, unitId: number, request: SplitUnitRequest) =>
    (await read(await send(api.splitUnit(projectId, unitId), { method: 'POST', json: request }), splitAnswer)).id,
  setUnitTranslate: async (projectId: number, unitId: number, translate: boolean) => {
    await send(api.unitTranslate(projectId, unitId), { method: 'PUT', json: { translate } });
  },
  setBlockTranslate: async (projectId: number, blockId: number, translate: boolean) => {
    await send(api.blockTranslate(projectId, blockId), { method: 'PUT', json: { translate } });
  },

  setPublicationSettings: async (projectId: number, lang: string, settings: PublicationSettingsRequest) => {
    await send(api.publicationSettings(projectId, lang), { method: 'PUT', json: settings });
  },
  setLanguageSettings: async (projectId: number, lang: string, request: LanguageSettingsRequest) => {
    await send(api.languageSettings(projectId, lang), { method: 'PUT', json: request });
  },

  /** The gate (and what blocks it), the published versions with their changes, the formats. */
  publicationOverview: async (projectId: number, lang: string, signal?: AbortSignal) =>
    read(await send(api.publications(projectId, lang), { signal }), publicationOverview),
  /** Publishes the next version (coordinator); 409 `publication.blocked` while units stand in the way, unless `allowFallback`. */
  publish: async (projectId: number, lang: string, request: PublishRequest) =>
    read(await send(api.publications(projectId, lang), { method: 'POST', json: request }), publicationVersionView),
  /** Sets, moves or lifts (null) the embargo of a published version. */
  setEmbargo: async (projectId: number, lang: string, version: number, embargoUntil: string | null) =>
    read(await send(api.publicationEmbargo(projectId, lang, version), { method: 'PUT', json: { embargoUntil } }), publicationVersionView),
  /** The signed-in user's credit in the language. */
  credit: async (projectId: number, lang: string, signal?: AbortSignal) => read(await send(api.credit(projectId, lang), { signal }), creditView),
  /** Be credited under `name`, or not (null). */
  setCredit: async (projectId: number, lang: string, name: string | null) =>
    read(await send(api.credit(projectId, lang), { method: 'PUT', json: { name } }), creditView),

  /** Tells the other editors of the language which unit this user is editing (null: none). */
  reportPresence: async (projectId: number, lang: string, unitId: number | null, options: { keepalive?: boolean } = {}) => {
    await send(api.presence(projectId, lang), { method: 'POST', json: { unitId }, keepalive: options.keepalive ?? false });
  },

  suggest: async (projectId: number, lang: string, unitId: number, target: Target) =>
    read(await send(api.suggestions(projectId, lang, unitId), { method: 'POST', json: { target } }), editorUnit),
  acceptSuggestion: async (projectId: number, lang: string, suggestionId: number) =>
    read(await send(api.acceptSuggestion(projectId, lang, suggestionId), { method: 'POST', json: {} }), editorUnit),
  approveBlock: async (projectId: number, lang: string, blockId: number) =>
    read(await send(api.approveBlock(projectId, lang, blockId), { method: 'POST', json: {} }), batchApproveResult),

  comments: async (projectId: number, lang: string, unitId: number, signal?: AbortSignal) =>
    read(await send(api.comments(projectId, lang, unitId), { signal }), commentView.array()),
  addComment: async (projectId: number, lang: string, unitId: number, body: string) =>
    read(await send(api.comments(projectId, lang, unitId), { method: 'POST', json: { body } }), commentView),
  resolveComment: async (projectId: number, commentId: number, resolved: boolean) =>
    read(await send(api.comment(projectId, commentId), { method: 'PUT', json: { resolved } }), commentView),

  /** Newest first; `before` (an entry id) pages back. */
  activity: async (projectId: number, lang: string, before?: number, signal?: AbortSignal) => {
    const path = api.activity(projectId, lang) + (before === undefined ? '' : `?before=${before}`);
    return read(await send(path, { signal }), activityEntry.array());
  },

  notifications: async (signal?: AbortSignal) => read(await send(api.notifications(), { signal }), notificationView.array()),
  markNotificationsRead: async (ids: number[]) => {
    await send(api.notificationsRead(), { method: 'POST', json: { ids } });
  },

  /** How often the signed-in user gets e-mail, and the language of their interface (and e-mail). */
  mailPreferences: async (signal?: AbortSignal) => read(await send(api.mailPreferences(), { signal }), mailPreferencesView),
  setMailPreferences: async (change: MailPreferencesRequest) =>
    read(await send(api.mailPreferences(), { method: 'PUT', json: change }), mailPreferencesView),
  /** “Forgot your password?” (signed out): the answer is the same whether or not the address has an account. */
  requestPasswordReset: async (email: string) =>
    read(await send(api.passwordReset(), { method: 'POST', json: { email } }), passwordResetAnswer),

  /** A member's single-use link to choose a new password, for the coordinator to pass on. */
  memberPasswordLink: async (projectId: number, userId: number) =>
    read(await send(api.memberPasswordLink(projectId, userId), { method: 'POST', json: {} }), passwordLinkCreated),
  members: async (projectId: number, signal?: AbortSignal) =>
    read(await send(api.members(projectId), { signal }), memberView.array()),
  createInvite: async (projectId: number, request: InviteRequest) =>
    read(await send(api.invites(projectId), { method: 'POST', json: request }), inviteCreated),
  /** Whom a comment on the language may mention: members who may read it, by name. */
  mentionable: async (projectId: number, lang: string, signal?: AbortSignal) =>
    read(await send(api.mentionable(projectId, lang), { signal }), mentionableView.array()),
  /** The project's invitations that wait to be used (coordinators). */
  pendingInvites: async (projectId: number, signal?: AbortSignal) =>
    read(await send(api.invites(projectId), { signal }), pendingInviteView.array()),
  /** Withdraws a waiting invitation: its link stops working, its requests to join are dropped. */
  revokeInvite: async (projectId: number, inviteId: number) => {
    await send(api.projectInvite(projectId, inviteId), { method: 'DELETE' });
  },
  invite: async (token: string, signal?: AbortSignal) => read(await send(api.invite(token), { signal }), inviteView),
  /** The signed-in account takes the invitation's role. Resolves to the session. */
  acceptInvite: (token: string) => sessionRequestAt(api.acceptInvite(token), { method: 'POST', json: {} }),
  /** Someone signed out asks to join with their name, e-mail and password; confirmed later, by mail or by a coordinator. */
  askToJoin: async (token: string, request: JoinRequest) =>
    read(await send(api.askToJoin(token), { method: 'POST', json: request }), joinRequested),
  /** The e-mailed link: the request is carried out and its account signed in. Resolves to the session. */
  confirmJoin: (token: string) => sessionRequestAt(api.confirmJoin(token), { method: 'POST', json: {} }),
  joinRequests: async (projectId: number, signal?: AbortSignal) =>
    read(await send(api.joinRequests(projectId), { signal }), joinRequestView.array()),
  approveJoinRequest: async (projectId: number, requestId: number) => {
    await send(api.approveJoinRequest(projectId, requestId), { method: 'POST', json: {} });
  },
  discardJoinRequest: async (projectId: number, requestId: number) => {
    await send(api.joinRequest(projectId, requestId), { method: 'DELETE' });
  },

  account: async (signal?: AbortSignal) => read(await send(api.account(), { signal }), accountView),
  /** My other sessions end; this one goes on. */
  changePassword: async (request: ChangePasswordRequest) => {
    await send(api.accountPassword(), { method: 'PUT', json: request });
  },
  changeEmail: async (request: ChangeEmailRequest) => read(await send(api.accountEmail(), { method: 'PUT', json: request }), accountView),
  accountSessions: async (signal?: AbortSignal) => read(await send(api.accountSessions(), { signal }), accountSessionView.array()),
  revokeSession: async (sessionId: string) => {
    await send(api.accountSession(sessionId), { method: 'DELETE' });
  },
  /** Erases the account; the server ends its sessions, this one included. */
  deleteAccount: async (request: DeleteAccountRequest) => {
    await send(api.account(), { method: 'DELETE', json: request });
    csrfToken = '';
  },
  /** What a setup or password link is for (404, or 410 `link.used` / `link.expired`). */
  accountLink: async (token: string, signal?: AbortSignal) => read(await send(api.accountLink(token), { signal }), accountLinkView),
  /** The first coordinator makes their account; resolves to the new session. */
  completeSetup: (token: string, request: SetupRequest) => sessionRequestAt(api.setup(token), { method: 'POST', json: request }),
  /** Chooses a password with a link; resolves to the new session (every other one ended). */
  setPasswordByLink: (token: string, password: string) => sessionRequestAt(api.passwordByLink(token), { method: 'POST', json: { password } }),
};

type Target = EditorUnit['target'];
