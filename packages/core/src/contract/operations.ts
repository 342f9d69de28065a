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
} from './schemas.ts';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path: `:name` for a parameter. */
  path: string;
  summary: string;
  /** Who may call it (documentation; the server's services enforce it). */
  access: 'anyone' | 'signed-in' | 'member' | 'translator' | 'reviewer' | 'coordinator';
  request?: z.ZodType;
  /** A raw upload instead of JSON. */
  upload?: string;
  response?: z.ZodType;
  /** A non-JSON answer: its media type. */
  produces?: string;
  /** Success status when not 200. */
  status?: 201 | 204;
}

const op = <T extends Operation>(o: T) => o;

export const operations = {
  getSession: op({ method: 'get', path: '/api/session', summary: 'The signed-in user (or null) and the CSRF token', access: 'anyone', response: sessionView }),
  signIn: op({ method: 'post', path: '/api/session', summary: 'Sign in; sets the httpOnly session cookie', access: 'anyone', request: loginRequest, response: sessionView }),
  signOut: op({ method: 'delete', path: '/api/session', summary: 'Sign out', access: 'anyone', status: 204 }),
  listProjects: op({ method: 'get', path: '/api/projects', summary: 'Projects the user is a member of', access: 'signed-in', response: z.array(projectSummary) }),
  createProject: op({ method: 'post', path: '/api/projects', summary: 'Create a project from a statement', access: 'signed-in', request: createProjectRequest, response: projectSummary, status: 201 }),
  reviseSource: op({ method: 'post', path: '/api/projects/:projectId/revisions', summary: 'Import a new version of the source (or only report it: dryRun)', access: 'coordinator', request: reviseSourceRequest, response: revisionSummary }),
  languageView: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang', summary: 'Every unit with its translation into one language', access: 'member', response: languageView }),
  publicationSettings: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/publication-settings', summary: 'Allow or forbid source text in the publication', access: 'coordinator', request: publicationSettingsRequest, status: 204 }),
  saveTranslation: op({ method: 'put', path: '/api/projects/:projectId/languages/:lang/units/:unitId/translation', summary: 'Save a translation (409 translation.stale with the current one when based on an old revision)', access: 'translator', request: saveTranslationRequest, response: editorUnit }),
  review: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/units/:unitId/review', summary: 'Approve or reject a translation', access: 'reviewer', request: reviewRequest, response: editorUnit }),
  history: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/units/:unitId/history', summary: 'Every change of a translation, newest first', access: 'member', response: z.array(historyEvent) }),
  exportXliff: op({ method: 'get', path: '/api/projects/:projectId/languages/:lang/xliff', summary: 'Download the language as XLIFF 1.2', access: 'member', produces: 'application/xliff+xml' }),
  importXliff: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/xliff', summary: 'Upload a translated XLIFF file (all or nothing)', access: 'translator', upload: 'application/octet-stream', response: importSummary }),
  presence: op({ method: 'post', path: '/api/projects/:projectId/languages/:lang/presence', summary: 'Say which unit you are editing (null: none)', access: 'member', request: presenceRequest, status: 204 }),
  live: op({ method: 'get', path: '/api/projects/:projectId/live', summary: 'Server-sent events: unit changes, reloads, presence', access: 'member', produces: 'text/event-stream' }),
  editSource: op({ method: 'put', path: '/api/projects/:projectId/units/:unitId/source', summary: 'Edit a unit’s source (typo fix or change of meaning)', access: 'coordinator', request: editSourceRequest, status: 204 }),
  mergeWithNext: op({ method: 'post', path: '/api/projects/:projectId/units/:unitId/merge-next', summary: 'Merge a unit with the next one of its block', access: 'coordinator', status: 204 }),
  splitUnit: op({ method: 'post', path: '/api/projects/:projectId/units/:unitId/split', summary: 'Split a unit in two', access: 'coordinator', request: splitUnitRequest, response: z.object({ id: z.number() }), status: 201 }),
  unitTranslate: op({ method: 'put', path: '/api/projects/:projectId/units/:unitId/translate', summary: 'Mark a unit do-not-translate, or not', access: 'coordinator', request: translateFlagRequest, status: 204 }),
  blockTranslate: op({ method: 'put', path: '/api/projects/:projectId/blocks/:blockId/translate', summary: 'Mark every unit of a block do-not-translate, or not', access: 'coordinator', request: translateFlagRequest, status: 204 }),
  openApi: op({ method: 'get', path: '/api/openapi.json', summary: 'This document', access: 'anyone', produces: 'application/json' }),
  publication: op({ method: 'get', path: '/publications/:projectId/:lang', summary: 'The published language version (?preview=1: members’ preview)', access: 'anyone', produces: 'text/html' }),
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;

/** The path of an operation with its parameters filled in (URI-encoded). */
export function pathOf(path: string, params: Record<string, string | number>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
