/**
 * Paths of the HTTP API as short functions for the server's tests and the benchmarks, built from
 * the operations table (the web app's client is derived from the table itself). State-changing
 * requests carry the CSRF token from `GET /api/session` in the `X-CSRF-Token` header.
 */
import { operations as o, pathOf } from './operations.ts';
import type { LanguageViewQuery, UnitPageQuery } from './schemas.ts';

/** `?name=value&…` of the parameters that are set (none: nothing). */
function queryString(query: Record<string, string | number | undefined> = {}): string {
  const set = Object.entries(query).flatMap(([name, value]): [string, string][] => (value === undefined ? [] : [[name, String(value)]]));
  return set.length === 0 ? '' : `?${new URLSearchParams(set).toString()}`;
}

export const api = {
  /** GET → SessionView; POST LoginRequest → SessionView (sign in); DELETE → 204 (sign out). */
  session: () => o.getSession.path,
  /** GET → ProjectSummary[]; POST CreateProjectRequest → 201 ProjectSummary. */
  projects: () => o.listProjects.path,
  /** GET → LanguageView: the language and the first page of its units (with source, target, state, revision). */
  language: (projectId: number, lang: string, query?: LanguageViewQuery) => pathOf(o.languageView.path, { projectId, lang }) + queryString(query),
  /** GET → UnitPage: the units after `query.after` (the `next` of the page before). */
  languageUnits: (projectId: number, lang: string, query: UnitPageQuery) => pathOf(o.languageUnits.path, { projectId, lang }) + queryString(query),
  /** PUT SaveTranslationRequest → EditorUnit, or 409 problem { code: 'translation.stale', current }. */
  translation: (projectId: number, lang: string, unitId: number) => pathOf(o.saveTranslation.path, { projectId, lang, unitId }),
  /** POST ReviewRequest → EditorUnit, or 409 like a stale save. */
  review: (projectId: number, lang: string, unitId: number) => pathOf(o.review.path, { projectId, lang, unitId }),
  /** GET → HistoryEvent[] (newest first). */
  history: (projectId: number, lang: string, unitId: number) => pathOf(o.history.path, { projectId, lang, unitId }),
  /** GET → the XLIFF file (attachment; 1.2, or 2.0 with `format: 'xliff20'`); POST raw file bytes (1.2 or 2.0) → ImportSummary. */
  xliff: (projectId: number, lang: string, format?: 'xliff12' | 'xliff20') =>
    pathOf(o.exportXliff.path, { projectId, lang }) + (format === 'xliff20' ? '?format=xliff20' : ''),
  /** GET → TMX 1.4b of the approved translations (attachment). */
  tmx: (projectId: number, lang: string) => pathOf(o.exportTmx.path, { projectId, lang }),
  /** POST raw TMX bytes → MemoryImportSummary; `name`: the file's name, which its matches show as their origin. */
  memoryImport: (name?: string) => o.importTmx.path + (name ? `?name=${encodeURIComponent(name)}` : ''),
  /** GET → MemoryMatch[]: the memory's best matches for the unit's source, best first. */
  memoryMatches: (projectId: number, lang: string, unitId: number) => pathOf(o.memoryMatches.path, { projectId, lang, unitId }),
  projectInMemory: (projectId: number) => pathOf(o.projectInMemory.path, { projectId }),
  memoryFile: (name: string) => `${o.removeMemoryFile.path}?name=${encodeURIComponent(name)}`,
  /** GET → LeverageReport: how much of the language the memory already translates. */
  leverage: (projectId: number, lang: string) => pathOf(o.leverageReport.path, { projectId, lang }),
  machineSuggestion: (projectId: number, lang: string, unitId: number) => pathOf(o.machineSuggestion.path, { projectId, lang, unitId }),
  machineSettings: (projectId: number) => pathOf(o.machineSettings.path, { projectId }),
  machineEngine: (projectId: number, engineId: string) => pathOf(o.setMachineEngine.path, { projectId, engineId }),
  pretranslation: (projectId: number, lang: string) => pathOf(o.pretranslation.path, { projectId, lang }),
  /** GET → GlossaryView; POST GlossaryTermRequest → 201 GlossaryEntryView (coordinators and reviewers of the language). */
  glossary: (projectId: number, lang: string) => pathOf(o.glossary.path, { projectId, lang }),
  /** PUT GlossaryTermRequest → GlossaryEntryView; DELETE → 204. */
  glossaryTerm: (projectId: number, lang: string, termId: number) => pathOf(o.updateGlossaryTerm.path, { projectId, lang, termId }),
  /** POST raw TBX or CSV bytes → GlossaryImportSummary. */
  glossaryImport: (projectId: number, lang: string) => pathOf(o.importGlossary.path, { projectId, lang }),
  /** GET → the glossary as a file of one of the glossary formats (`tbx`, `csv`; attachment). */
  glossaryExport: (projectId: number, lang: string, format = 'tbx') => pathOf(o.exportGlossary.path, { projectId, lang }) + queryString({ format }),
  /** POST ReviseSourceRequest → RevisionSummaryView (coordinator; `dryRun` only reports), or 409 `revision.stale`. */
  revisions: (projectId: number) => pathOf(o.reviseSource.path, { projectId }),
  /** PUT EditSourceRequest → 204 (coordinator), or 409 `source.stale`. */
  unitSource: (projectId: number, unitId: number) => pathOf(o.editSource.path, { projectId, unitId }),
  /** POST → 204: merges the unit with the next one of its block (coordinator). */
  mergeWithNext: (projectId: number, unitId: number) => pathOf(o.mergeWithNext.path, { projectId, unitId }),
  /** POST SplitUnitRequest → 201 { id } of the new second unit (coordinator). */
  splitUnit: (projectId: number, unitId: number) => pathOf(o.splitUnit.path, { projectId, unitId }),
  /** PUT { translate } → 204: marks one unit do-not-translate, or not (coordinator). */
  unitTranslate: (projectId: number, unitId: number) => pathOf(o.unitTranslate.path, { projectId, unitId }),
  /** PUT { translate } → 204: the same for every unit of a block. */
  blockTranslate: (projectId: number, blockId: number) => pathOf(o.blockTranslate.path, { projectId, blockId }),
  /** GET → text/event-stream of LiveEvent (members of the project). */
  live: (projectId: number) => pathOf(o.live.path, { projectId }),
  /** POST { unitId | null } → 204: tells the other editors of the language which unit you are editing. */
  presence: (projectId: number, lang: string) => pathOf(o.presence.path, { projectId, lang }),
  /** POST InviteRequest → 201 InviteCreated; GET → PendingInviteView[] (coordinator). */
  invites: (projectId: number) => pathOf(o.createInvite.path, { projectId }),
  /** DELETE → 204: withdraws a waiting invitation (coordinator). */
  projectInvite: (projectId: number, inviteId: number) => pathOf(o.revokeInvite.path, { projectId, inviteId }),
  /** GET → InviteView (404 when used or expired). */
  invite: (token: string) => pathOf(o.getInvite.path, { token }),
  /** POST → SessionView: the signed-in account takes the role. */
  acceptInvite: (token: string) => pathOf(o.acceptInvite.path, { token }),
  /** POST JoinRequest → 202 JoinRequested (signed out). */
  askToJoin: (token: string) => pathOf(o.askToJoin.path, { token }),
  /** POST → SessionView: the e-mailed link confirms a request to join. */
  confirmJoin: (token: string) => pathOf(o.confirmJoin.path, { token }),
  /** GET → JoinRequestView[] (coordinator). */
  joinRequests: (projectId: number) => pathOf(o.listJoinRequests.path, { projectId }),
  /** POST → 204 (coordinator). */
  approveJoinRequest: (projectId: number, requestId: number) => pathOf(o.approveJoinRequest.path, { projectId, requestId }),
  /** DELETE → 204 (coordinator). */
  joinRequest: (projectId: number, requestId: number) => pathOf(o.discardJoinRequest.path, { projectId, requestId }),
  /** GET → MemberView[] (coordinator). */
  members: (projectId: number) => pathOf(o.listMembers.path, { projectId }),
  /** POST → 201 PasswordLinkCreated (coordinator): a member's single-use link to choose a new password. */
  memberPasswordLink: (projectId: number, userId: number) => pathOf(o.memberPasswordLink.path, { projectId, userId }),
  /** PUT LanguageSettingsRequest → 204 (coordinator). */
  languageSettings: (projectId: number, lang: string) => pathOf(o.languageSettings.path, { projectId, lang }),
  /** POST SuggestRequest → 201 EditorUnit (with the suggestion among its open ones). */
  suggestions: (projectId: number, lang: string, unitId: number) => pathOf(o.suggest.path, { projectId, lang, unitId }),
  /** POST → EditorUnit: the suggestion becomes the translation (reviewer). */
  acceptSuggestion: (projectId: number, lang: string, suggestionId: number) => pathOf(o.acceptSuggestion.path, { projectId, lang, suggestionId }),
  /** POST → BatchApproveResult (reviewer). */
  approveBlock: (projectId: number, lang: string, blockId: number) => pathOf(o.batchApprove.path, { projectId, lang, blockId }),
  /** GET → CommentView[]; POST { body } → 201 CommentView. */
  /** GET → MentionableView[]: whom a comment on the language may mention (members). */
  mentionable: (projectId: number, lang: string) => pathOf(o.mentionable.path, { projectId, lang }),
  comments: (projectId: number, lang: string, unitId: number) => pathOf(o.listComments.path, { projectId, lang, unitId }),
  /** PUT { resolved } → CommentView. */
  comment: (projectId: number, commentId: number) => pathOf(o.resolveComment.path, { projectId, commentId }),
  /** GET → ActivityEntry[] (newest first; `?before=<id>` for older ones). */
  activity: (projectId: number, lang: string) => pathOf(o.activity.path, { projectId, lang }),
  /** GET → NotificationView[]. */
  notifications: () => o.notifications.path,
  /** POST { ids } → 204. */
  notificationsRead: () => o.markNotificationsRead.path,
  /** PUT PublicationSettingsRequest ({ allowFallback?, signatoryOrder? }) (coordinator) → 204. */
  publicationSettings: (projectId: number, lang: string) => pathOf(o.publicationSettings.path, { projectId, lang }),
  /** GET → PublicationOverview (gate, versions, formats); POST PublishRequest → 201 PublicationVersionView (coordinator), or 409 `publication.blocked` with the gate. */
  publications: (projectId: number, lang: string) => pathOf(o.publicationOverview.path, { projectId, lang }),
  /** PUT EmbargoRequest → PublicationVersionView (coordinator). */
  publicationEmbargo: (projectId: number, lang: string, version: number) => pathOf(o.publicationEmbargo.path, { projectId, lang, version }),
  /** GET → CreditView; PUT CreditRequest → CreditView (the signed-in user's own credit). */
  credit: (projectId: number, lang: string) => pathOf(o.credit.path, { projectId, lang }),
  /** GET → MailPreferencesView; PUT MailPreferencesRequest → MailPreferencesView (the signed-in user's own). */
  mailPreferences: () => o.mailPreferences.path,
  /** POST PasswordResetRequest (signed out) → 202 PasswordResetAnswer, the same for every address. */
  passwordReset: () => o.requestPasswordReset.path,
  /** GET → AccountView; DELETE DeleteAccountRequest → 204 (the account is erased, its sessions end). */
  account: () => o.account.path,
  /** PUT ChangePasswordRequest → 204. */
  accountPassword: () => o.changePassword.path,
  /** PUT ChangeEmailRequest → AccountView. */
  accountEmail: () => o.changeEmail.path,
  /** GET → AccountSessionView[]. */
  accountSessions: () => o.accountSessions.path,
  /** DELETE → 204: ends that session. */
  accountSession: (sessionId: string) => pathOf(o.revokeSession.path, { sessionId }),
  /** GET → AccountDataExport, as a file to save. */
  accountData: () => o.accountData.path,
  /** GET → AccountLinkView. */
  accountLink: (token: string) => pathOf(o.getAccountLink.path, { token }),
  /** POST SetupRequest → SessionView. */
  setup: (token: string) => pathOf(o.completeSetup.path, { token }),
  /** POST SetPasswordRequest → SessionView. */
  passwordByLink: (token: string) => pathOf(o.setPasswordByLink.path, { token }),
} as const;

/** Pages served as HTML by the server (not the React app). */
export const pages = {
  /** The latest released version of a language: approved units only (source text, marked, where it was published with fallback). */
  publication: (projectId: number, lang: string) => pathOf(o.publication.path, { projectId, lang }),
  /** Preview for project members: every unit as it stands, drafts marked as not approved yet. */
  preview: (projectId: number, lang: string) => `${pathOf(o.publication.path, { projectId, lang })}?preview=1`,
  /** One published version (`v<n>`), or one of its files in another format (`v<n>.<extension>`). */
  publicationVersion: (projectId: number, lang: string, version: number, extension?: string) =>
    pathOf(o.publicationVersion.path, { projectId, lang, version: `v${version}${extension ? `.${extension}` : ''}` }),
  /** Every released language in every format, as one zip. */
  bundle: (projectId: number) => pathOf(o.publicationBundle.path, { projectId }),
  /** The web app's sign-in page, which goes on to `next` (a path of this site) once signed in. */
  signIn: (next: string) => `/login?next=${encodeURIComponent(next)}`,
} as const;
