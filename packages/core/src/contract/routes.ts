/**
 * Every path of the HTTP API, built in one place so that server routes and the web client agree.
 * State-changing requests carry the CSRF token from `GET /api/session` in the `X-CSRF-Token` header.
 */
const enc = encodeURIComponent;

export const api = {
  /** GET → SessionView; POST LoginRequest → SessionView (sign in); DELETE → 204 (sign out). */
  session: () => '/api/session',
  /** GET → ProjectSummary[]; POST CreateProjectRequest → 201 ProjectSummary. */
  projects: () => '/api/projects',
  /** GET → LanguageView (units with source, target, state, revision). */
  language: (projectId: number, lang: string) => `/api/projects/${projectId}/languages/${enc(lang)}`,
  /** PUT SaveTranslationRequest → EditorUnit, or 409 problem { code: 'translation.stale', current }. */
  translation: (projectId: number, lang: string, unitId: number) =>
    `/api/projects/${projectId}/languages/${enc(lang)}/units/${unitId}/translation`,
  /** POST ReviewRequest → EditorUnit, or 409 like a stale save. */
  review: (projectId: number, lang: string, unitId: number) =>
    `/api/projects/${projectId}/languages/${enc(lang)}/units/${unitId}/review`,
  /** GET → HistoryEvent[] (newest first). */
  history: (projectId: number, lang: string, unitId: number) =>
    `/api/projects/${projectId}/languages/${enc(lang)}/units/${unitId}/history`,
  /** GET → the XLIFF 1.2 file (attachment); POST raw file bytes → ImportSummary. */
  xliff: (projectId: number, lang: string) => `/api/projects/${projectId}/languages/${enc(lang)}/xliff`,
  /** POST ReviseSourceRequest → RevisionSummaryView (coordinator; `dryRun` only reports), or 409 `revision.stale`. */
  revisions: (projectId: number) => `/api/projects/${projectId}/revisions`,
  /** PUT EditSourceRequest → 204 (coordinator), or 409 `source.stale`. */
  unitSource: (projectId: number, unitId: number) => `/api/projects/${projectId}/units/${unitId}/source`,
  /** POST → 204: merges the unit with the next one of its block (coordinator). */
  mergeWithNext: (projectId: number, unitId: number) => `/api/projects/${projectId}/units/${unitId}/merge-next`,
  /** POST SplitUnitRequest → 201 { id } of the new second unit (coordinator). */
  splitUnit: (projectId: number, unitId: number) => `/api/projects/${projectId}/units/${unitId}/split`,
  /** PUT { translate } → 204: marks one unit do-not-translate, or not (coordinator). */
  unitTranslate: (projectId: number, unitId: number) => `/api/projects/${projectId}/units/${unitId}/translate`,
  /** PUT { translate } → 204: the same for every unit of a block. */
  blockTranslate: (projectId: number, blockId: number) => `/api/projects/${projectId}/blocks/${blockId}/translate`,
  /** GET → text/event-stream of LiveEvent (members of the project). */
  live: (projectId: number) => `/api/projects/${projectId}/live`,
  /** POST { unitId | null } → 204: tells the other editors of the language which unit you are editing. */
  presence: (projectId: number, lang: string) => `/api/projects/${projectId}/languages/${enc(lang)}/presence`,
  /** PUT { allowFallback: boolean } (coordinator) → 204. */
  publicationSettings: (projectId: number, lang: string) =>
    `/api/projects/${projectId}/languages/${enc(lang)}/publication-settings`,
} as const;

/** Pages served as HTML by the server (not the React app). */
export const pages = {
  /** The published language version: approved units only (fallback to source only where the coordinator allowed it). */
  publication: (projectId: number, lang: string) => `/publications/${projectId}/${enc(lang)}`,
  /** Preview for project members: every unit, unapproved ones shown in the source language and marked. */
  preview: (projectId: number, lang: string) => `/publications/${projectId}/${enc(lang)}?preview=1`,
} as const;
