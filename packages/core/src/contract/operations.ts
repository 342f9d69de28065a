/**
 * Every HTTP operation of Tessera in one table: the server registers its routes from it, the
 * OpenAPI document is generated from it, and the web client builds its paths from it.
 */
import { z } from 'zod';
import {
  createProjectRequest,
  editSourceRequest,
  historyEvent,
  importSummary,
  languageView,
  languageViewQuery,
  loginRequest,
  presenceRequest,
  projectSummary,
  publicationSettingsRequest,
  reviewRequest,
  reviseSourceRequest,
  revisionSummary,
  saveTranslationRequest,
  sessionView,
  splitUnitRequest,
  translateFlagRequest,
  editorUnit,
  unitPage,
  unitPageQuery,
  activityEntry,
  batchApproveResult,
  commentRequest,
  commentView,
  languageSettingsRequest,
  markReadRequest,
  memberView,
  notificationView,
  resolveCommentRequest,
  suggestRequest,
  memoryImportSummary,
  leverageReport,
  memoryMatch,
  mentionableView,
  activityQuery,
  memoryImportQuery,
  memoryFileQuery,
  memoryRemovalSummary,
  projectInMemoryRequest,
  xliffExportQuery,
} from './schemas.ts';
import {
  accountDataExport,
  accountLinkView,
  accountSessionView,
  accountView,
  changeEmailRequest,
  changePasswordRequest,
  deleteAccountRequest,
  passwordLinkCreated,
  passwordResetAnswer,
  passwordResetRequest,
  setPasswordRequest,
  setupRequest,
} from './accountSchemas.ts';
import { glossaryEntryView, glossaryExportQuery, glossaryImportSummary, glossaryTermRequest, glossaryView } from './glossarySchemas.ts';
import { inviteCreated, inviteRequest, inviteView, joinRequest, joinRequested, joinRequestView, pendingInviteView } from './inviteSchemas.ts';
import { machineConsentRequest, machineSettingsView, machineSuggestion, pretranslationView } from './machineSchemas.ts';
import { mailPreferencesRequest, mailPreferencesView } from './mailSchemas.ts';
import { creditRequest, creditView, embargoRequest, publicationOverview, publicationQuery, publicationVersionQuery, publicationVersionView, publishRequest } from './publicationSchemas.ts';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path: `:name` for a parameter. */
  path: string;
  summary: string;
  /** Who may call it (documentation; the server's services enforce it). `project-creator`: a signed-in user allowed to create projects. */
  access: 'anyone' | 'signed-in' | 'project-creator' | 'member' | 'translator' | 'reviewer' | 'coordinator';
  request?: z.ZodType;
  /** The parameters of the query string (the server parses them with this schema). */
  query?: z.ZodType;
  /** A raw upload instead of JSON. */
  upload?: string;
  response?: z.ZodType;
  /** A non-JSON answer: its media type. */
  produces?: string;
  /** Success status when not 200. */
  status?: 201 | 202 | 204;
}

/** An entry of the table, its path and method kept as literal types (the web client reads the path's parameters from them). */
const op = <const T extends Operation>(o: T) => o;

export const operations = {
  getSession: op({ method: 'get', path: '/api/session', summary: 'The signed-in user (or null) and the CSRF token', access: 'anyone', response: sessionView }),
  signIn: op({ method: 'post', path: '/api/session', summary: 'Sign in; sets the httpOnly session cookie', access: 'anyone', request: loginRequest, response: sessionView }),
  signOut: op({ method: 'delete', path: '/api/session', summary: 'Sign out', access: 'anyone', status: 204 }),
  listProjects: op({ method: 'get', path: '/api/projects', summary: 'Projects the user is a member of', access: 'signed-in', response: z.array(projectSummary) }),
  createProject: op({ method: 'post', path: '/api/projects', summary: 'Create a project from a statement', access: 'project-creator', request: createProjectRequest, response: projectSummary, status: 201 }),
  reviseSource: op({ method: 'post', path: '/api/projects/:projectId/revisions', summary: 'Import a new version of the source (or only report it: dryRun)', access: 'coordinator', request: reviseSourceRequest, response: revisionSummary }),
  languageView: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang', summary: 'One language of a project and the first page of its units (ETag; 304 when unchanged)', access: 'member', query: languageViewQuery, response: languageView }),
  languageUnits: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/units', summary: 'The next page of a language’s units, after the `next` of the page before (ETag; 304 when unchanged)', access: 'member', query: unitPageQuery, response: unitPage }),
  publicationSettings: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/publication-settings', summary: 'Allow or forbid source text in the publication; list signatories as the source does or in the language’s alphabetical order', access: 'coordinator', request: publicationSettingsRequest, status: 204 }),
  saveTranslation: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/units/:unitId/translation', summary: 'Save a translation (409 translation.stale with the current one when based on an old revision)', access: 'translator', request: saveTranslationRequest, response: editorUnit }),
  review: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/units/:unitId/review', summary: 'Approve or reject a translation', access: 'reviewer', request: reviewRequest, response: editorUnit }),
  history: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/units/:unitId/history', summary: 'Every change of a translation, newest first', access: 'member', response: z.array(historyEvent) }),
  exportXliff: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/xliff', summary: 'Download the language as XLIFF 1.2 (?format=xliff20: XLIFF 2.0)', access: 'member', query: xliffExportQuery, produces: 'application/xliff+xml' }),
  importXliff: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/xliff', summary: 'Upload a translated XLIFF 1.2 or 2.0 file (all or nothing)', access: 'translator', upload: 'application/octet-stream', response: importSummary }),
  exportTmx: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/tmx', summary: 'Download the approved translations as TMX 1.4b', access: 'member', produces: 'application/x-tmx+xml' }),
  importTmx: op({ method: 'post', path: '/api/memory/tmx', summary: 'Add a TMX file to the translation memory (?name=: the file’s name, shown with its matches)', access: 'project-creator', query: memoryImportQuery, upload: 'application/octet-stream', response: memoryImportSummary }),
  removeMemoryFile: op({ method: 'delete', path: '/api/memory/tmx', summary: 'Remove the entries of an imported TMX file from the translation memory (?name=: the name it was imported under)', access: 'project-creator', query: memoryFileQuery, response: memoryRemovalSummary }),
  projectInMemory: op({ method: 'put', path: '/api/projects/:projectId/memory', summary: 'Offer the project’s approved translations in the translation memory, or take them out of it', access: 'coordinator', request: projectInMemoryRequest, status: 204 }),
  memoryMatches: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/units/:unitId/memory', summary: 'The translation memory’s best matches for a unit’s source (score 75 or more, best first)', access: 'member', response: z.array(memoryMatch) }),
  leverageReport: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/leverage', summary: 'How many units and words of the language the translation memory already translates (the projects the caller may read), per band: context, 100%, repetition, 95%, 85%, 75%, none', access: 'member', response: leverageReport }),
  machineSuggestion: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/units/:unitId/machine', summary: 'A machine translation of a unit’s source by the first engine the project allows that serves the pair (kept: asked once), or why there is none: off, embargo, no-pair, unavailable', access: 'member', response: machineSuggestion }),
  machineSettings: op({ method: 'get', path: '/api/projects/:projectId/machine-translation', summary: 'The machine-translation engines of the server, and which ones may translate the project’s text', access: 'coordinator', response: machineSettingsView }),
  setMachineEngine: op({ method: 'put', path: '/api/projects/:projectId/machine-translation/engines/:engineId', summary: 'Allow an engine to translate the project’s text, or no longer (404 machine.engine-not-found for an engine the server does not have)', access: 'coordinator', request: machineConsentRequest, response: machineSettingsView }),
  pretranslation: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/pretranslation', summary: 'The latest pre-translation of the language and its progress (null: none yet)', access: 'coordinator', response: pretranslationView.nullable() }),
  startPretranslation: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/pretranslation', summary: 'Fill every empty unit of the language with a draft: the memory’s exact match, else the machine’s suggestion (never approved; 409 pretranslation.running while one runs)', access: 'coordinator', response: pretranslationView, status: 202 }),
  cancelPretranslation: op({ method: 'delete', path: '/api/projects/:projectId/languages/:lang/pretranslation', summary: 'Stop the running pre-translation of the language (the drafts it wrote stay)', access: 'coordinator', response: pretranslationView }),
  presence: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/presence', summary: 'Say which unit you are editing (null: none)', access: 'member', request: presenceRequest, status: 204 }),
  live: op({ method: 'get', path: '/api/projects/:projectId/live', summary: 'Server-sent events: unit changes, reloads, presence', access: 'member', produces: 'text/event-stream' }),
  editSource: op({ method: 'put', path: '/api/projects/:projectId/units/:unitId/source', summary: 'Edit a unit’s source (typo fix or change of meaning)', access: 'coordinator', request: editSourceRequest, status: 204 }),
  mergeWithNext: op({ method: 'post', path: '/api/projects/:projectId/units/:unitId/merge-next', summary: 'Merge a unit with the next one of its block', access: 'coordinator', status: 204 }),
  splitUnit: op({ method: 'post', path: '/api/projects/:projectId/units/:unitId/split', summary: 'Split a unit in two', access: 'coordinator', request: splitUnitRequest, response: z.object({ id: z.number() }), status: 201 }),
  unitTranslate: op({ method: 'put', path: '/api/projects/:projectId/units/:unitId/translate', summary: 'Mark a unit do-not-translate, or not', access: 'coordinator', request: translateFlagRequest, status: 204 }),
  blockTranslate: op({ method: 'put', path: '/api/projects/:projectId/blocks/:blockId/translate', summary: 'Mark every unit of a block do-not-translate, or not', access: 'coordinator', request: translateFlagRequest, status: 204 }),
  createInvite: op({ method: 'post', path: '/api/projects/:projectId/invites', summary: 'Invite someone by a single-use, expiring link that gives a role (on some languages)', access: 'coordinator', request: inviteRequest, response: inviteCreated, status: 201 }),
  listInvites: op({ method: 'get', path: '/api/projects/:projectId/invites', summary: 'Invitations of the project that wait to be used (neither used nor expired): role, languages, who invited, until when, the address given', access: 'coordinator', response: z.array(pendingInviteView) }),
  revokeInvite: op({ method: 'delete', path: '/api/projects/:projectId/invites/:inviteId', summary: 'Withdraw an invitation that waits to be used: its link then answers 404 invite.not-found, and its requests to join are gone', access: 'coordinator', status: 204 }),
  getInvite: op({ method: 'get', path: '/api/invites/:token', summary: 'What an invitation offers (404 when used or expired)', access: 'anyone', response: inviteView }),
  acceptInvite: op({ method: 'post', path: '/api/invites/:token/accept', summary: 'Take the invitation’s role with the signed-in account', access: 'signed-in', response: sessionView }),
  askToJoin: op({ method: 'post', path: '/api/invites/:token/join', summary: 'Someone signed out accepts with a name, an e-mail address and a password; the same answer whether or not the address has an account: it is confirmed by the link e-mailed to it, or by a coordinator on a server without e-mail', access: 'anyone', request: joinRequest, response: joinRequested, status: 202 }),
  confirmJoin: op({ method: 'post', path: '/api/join-requests/:token/confirm', summary: 'The link e-mailed to a person who asked to join: makes their account (or gives the role to the address’s account) and signs it in (404 join.not-found when used or expired)', access: 'anyone', response: sessionView }),
  listJoinRequests: op({ method: 'get', path: '/api/projects/:projectId/join-requests', summary: 'Requests to join that wait for confirmation', access: 'coordinator', response: z.array(joinRequestView) }),
  approveJoinRequest: op({ method: 'post', path: '/api/projects/:projectId/join-requests/:requestId/approve', summary: 'Vouch for a request to join: its account is made (or the address’s account gets the role), without signing anyone in', access: 'coordinator', status: 204 }),
  discardJoinRequest: op({ method: 'delete', path: '/api/projects/:projectId/join-requests/:requestId', summary: 'Turn a request to join down', access: 'coordinator', status: 204 }),
  memberPasswordLink: op({ method: 'post', path: '/api/projects/:projectId/members/:userId/password-link', summary: 'A single-use link (an hour) for a member who forgot their password, for the coordinator to pass on; only for a member whose every project this coordinator coordinates and who may not create projects (403 otherwise)', access: 'coordinator', response: passwordLinkCreated, status: 201 }),
  listMembers: op({ method: 'get', path: '/api/projects/:projectId/members', summary: 'Members of the project and their roles', access: 'coordinator', response: z.array(memberView) }),
  languageSettings: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/settings', summary: 'Deadline, self-review and fallback of one language', access: 'coordinator', request: languageSettingsRequest, status: 204 }),
  glossary: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/glossary', summary: 'The glossary of the project’s source language and this language: terms, translations or do-not-translate, forbidden variants, notes', access: 'member', response: glossaryView }),
  addGlossaryTerm: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/glossary', summary: 'Add a term to the language’s glossary (409 glossary.duplicate when the term is there already, whatever its case)', access: 'reviewer', request: glossaryTermRequest, response: glossaryEntryView, status: 201 }),
  updateGlossaryTerm: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/glossary/:termId', summary: 'Change a term of the language’s glossary', access: 'reviewer', request: glossaryTermRequest, response: glossaryEntryView }),
  deleteGlossaryTerm: op({ method: 'delete', path: '/api/projects/:projectId/languages/:lang/glossary/:termId', summary: 'Remove a term from the language’s glossary', access: 'reviewer', status: 204 }),
  importGlossary: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/glossary/import', summary: 'Upload a TBX (v3 or TBX 2) or CSV glossary: its terms are added, or replace those with the same source term (all or nothing)', access: 'reviewer', upload: 'application/octet-stream', response: glossaryImportSummary }),
  exportGlossary: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/glossary/export', summary: 'Download the language’s glossary as TBX v3 (?format=csv: CSV)', access: 'member', query: glossaryExportQuery, produces: 'application/x-tbx+xml' }),
  suggest: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/units/:unitId/suggestions', summary: 'Offer an alternative to the current translation', access: 'translator', request: suggestRequest, response: editorUnit, status: 201 }),
  acceptSuggestion: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/suggestions/:suggestionId/accept', summary: 'Make a suggestion the translation', access: 'reviewer', response: editorUnit }),
  batchApprove: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/blocks/:blockId/approve', summary: 'Approve every translation of a paragraph that passes the quality checks', access: 'reviewer', response: batchApproveResult }),
  listComments: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/units/:unitId/comments', summary: 'Comments on a unit', access: 'member', response: z.array(commentView) }),
  mentionable: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/mentionable', summary: 'The members a comment on the language may mention (those who may read it), by name, for the comment box to offer', access: 'member', response: z.array(mentionableView) }),
  addComment: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/units/:unitId/comments', summary: 'Comment on a unit (@name and @[Name With Spaces] mentions notify members)', access: 'member', request: commentRequest, response: commentView, status: 201 }),
  resolveComment: op({ method: 'put', path: '/api/projects/:projectId/comments/:commentId', summary: 'Mark a comment resolved, or open again', access: 'member', request: resolveCommentRequest, response: commentView }),
  activity: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/activity', summary: 'What happened in a language, newest first (?before=id pages back)', access: 'member', query: activityQuery, response: z.array(activityEntry) }),
  notifications: op({ method: 'get', path: '/api/notifications', summary: 'The signed-in user’s notifications, newest first', access: 'signed-in', response: z.array(notificationView) }),
  markNotificationsRead: op({ method: 'post', path: '/api/notifications/read', summary: 'Mark notifications read', access: 'signed-in', request: markReadRequest, status: 204 }),
  mailPreferences: op({ method: 'get', path: '/api/mail-preferences', summary: 'How often the signed-in user gets e-mail, and the language it is written in', access: 'signed-in', response: mailPreferencesView }),
  setMailPreferences: op({ method: 'put', path: '/api/mail-preferences', summary: 'Choose e-mail at once, a daily digest or none, and the language of the interface (e-mail follows it)', access: 'signed-in', request: mailPreferencesRequest, response: mailPreferencesView }),
  unsubscribePage: op({ method: 'get', path: '/mail/unsubscribe/:token', summary: 'The page of an e-mail’s unsubscribe link: a button that stops e-mail (404 for a link that is not valid)', access: 'anyone', produces: 'text/html' }),
  unsubscribe: op({ method: 'post', path: '/mail/unsubscribe/:token', summary: 'One-click unsubscribe (RFC 8058): stops all e-mail to the link’s person, without signing in (404 for a link that is not valid)', access: 'anyone', produces: 'text/html' }),
  getAccountLink: op({ method: 'get', path: '/api/account-links/:token', summary: 'What a setup or password link is for (404 link.not-found; 410 link.used or link.expired)', access: 'anyone', response: accountLinkView }),
  completeSetup: op({ method: 'post', path: '/api/account-links/:token/setup', summary: 'The first coordinator makes their account with the setup link, and is signed in (409 setup.done once an account exists)', access: 'anyone', request: setupRequest, response: sessionView }),
  setPasswordByLink: op({ method: 'post', path: '/api/account-links/:token/password', summary: 'Choose a password with a set-password or reset link: every session of the account ends, and this one is signed in', access: 'anyone', request: setPasswordRequest, response: sessionView }),
  requestPasswordReset: op({ method: 'post', path: '/api/account/password-reset', summary: 'Forgot your password: with e-mail, a single-use reset link goes to the address if it has an account; the same answer whether it has one or not (429 password-reset.rate-limited when asked too often)', access: 'anyone', request: passwordResetRequest, response: passwordResetAnswer, status: 202 }),
  changePassword: op({ method: 'put', path: '/api/account/password', summary: 'Change my password (403 account.wrong-password unless the current one is given); my other sessions end', access: 'signed-in', request: changePasswordRequest, status: 204 }),
  account: op({ method: 'get', path: '/api/account', summary: 'My account: name, e-mail address, since when', access: 'signed-in', response: accountView }),
  changeEmail: op({ method: 'put', path: '/api/account/email', summary: 'Change my e-mail address (403 account.wrong-password unless the current password is given; 409 account.email-unavailable for an address in use)', access: 'signed-in', request: changeEmailRequest, response: accountView }),
  accountSessions: op({ method: 'get', path: '/api/account/sessions', summary: 'My signed-in sessions, newest first (this one marked current)', access: 'signed-in', response: z.array(accountSessionView) }),
  revokeSession: op({ method: 'delete', path: '/api/account/sessions/:sessionId', summary: 'End one of my sessions at once (404 session.not-found for any other id)', access: 'signed-in', status: 204 }),
  accountData: op({ method: 'get', path: '/api/account/data', summary: 'Download everything kept about me as JSON: account, memberships, credits, translations, suggestions, comments, history', access: 'signed-in', response: accountDataExport }),
  deleteAccount: op({ method: 'delete', path: '/api/account', summary: 'Erase my account (403 account.wrong-password unless the current password is given; 409 account.last-coordinator naming the projects I alone coordinate): my name and e-mail address leave every page, my work is shown under my pseudonym or “former volunteer”', access: 'signed-in', request: deleteAccountRequest, status: 204 }),
  openApi: op({ method: 'get', path: '/api/openapi.json', summary: 'This document', access: 'anyone', produces: 'application/json' }),
  publicationOverview: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/publications', summary: 'Whether the language may be published (and which units block it), its published versions with their changes, the formats', access: 'member', response: publicationOverview }),
  publish: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/publications', summary: 'Publish the language as its next numbered version (409 publication.blocked with the blockers unless every unit is approved, or allowFallback)', access: 'coordinator', request: publishRequest, response: publicationVersionView, status: 201 }),
  publicationEmbargo: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/publications/:version/embargo', summary: 'Change or lift the embargo of a published version (422 date.impossible for a time that does not exist)', access: 'coordinator', request: embargoRequest, response: publicationVersionView }),
  credit: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/credit', summary: 'Whether and under which name the signed-in user is credited in the language', access: 'member', response: creditView }),
  setCredit: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/credit', summary: 'Be credited in the language under a chosen name (no e-mail address: 422 credit.email), or not (null)', access: 'member', request: creditRequest, response: creditView }),
  publicationBundle: op({ method: 'get', path: '/publications/:projectId/bundle.zip', summary: 'Every released language in every format, with index.html and manifest.json (sha-256 of each file), as one zip', access: 'anyone', produces: 'application/zip' }),
  publication: op({ method: 'get', path: '/publications/:projectId/:lang', summary: 'The latest released version of a language (?format=<id> or <lang>.<extension>: another format; ?preview=1: members’ preview, drafts marked)', access: 'anyone', query: publicationQuery, produces: 'text/html' }),
  publicationVersion: op({ method: 'get', path: '/publications/:projectId/:lang/:version', summary: 'One published version: v<n>, or v<n>.<extension> / ?format=<id> for another format (404 under embargo)', access: 'anyone', query: publicationVersionQuery, produces: 'text/html' }),
  health: op({ method: 'get', path: '/healthz', summary: 'The process is up (answers without touching the database)', access: 'anyone', response: z.object({ status: z.literal('up') }) }),
  readiness: op({ method: 'get', path: '/readyz', summary: 'The database answers and its migrations are those of this version (503 server.not-ready with the reason otherwise)', access: 'anyone', response: z.object({ status: z.literal('ready') }) }),
  metrics: op({ method: 'get', path: '/metrics', summary: 'Prometheus metrics (404 unless the caller’s address is in TESSERA_METRICS_ALLOW)', access: 'anyone', produces: 'text/plain; version=0.0.4' }),
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;

/** What a caller sends as the body: the `z.input` of the operation's request schema. */
export type RequestOf<O extends Operation> = O extends { request: infer R extends z.ZodType } ? z.input<R> : undefined;
/** What a caller may put in the query string: the `z.input` of the operation's query schema. */
export type QueryOf<O extends Operation> = O extends { query: infer Q extends z.ZodType } ? z.input<Q> : undefined;
/** What a caller receives: the `z.output` of the operation's response schema, else nothing. */
export type ResponseOf<O extends Operation> = O extends { response: infer R extends z.ZodType } ? z.output<R> : void;

/** The path of an operation with its parameters filled in (URI-encoded). */
export function pathOf(path: string, params: Record<string, string | number>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
