/** Who may do what in a project: the one rule book the server enforces and the web app mirrors. */
export type ProjectRole = 'coordinator' | 'translator' | 'reviewer';

export interface Membership {
  role: ProjectRole;
  /** null: every language of the project. */
  lang: string | null;
}

export type LanguageAction =
  /** See the language's units, preview, export. */
  | 'read'
  /** Save translations, import XLIFF. */
  | 'translate'
  /** Approve or reject translations. */
  | 'review';

const ROLES_FOR: Record<LanguageAction, readonly ProjectRole[]> = {
  read: ['coordinator', 'translator', 'reviewer'],
  translate: ['coordinator', 'translator', 'reviewer'],
  review: ['coordinator', 'reviewer'],
};

/** What someone may ask to do in a project: an action on one of its languages, coordinating it, or seeing it at all (any role). */
export type ProjectAction = { do: LanguageAction; lang: string } | { do: 'coordinate' } | { do: 'see' };

/** Whether memberships allow `action`: the one rule every check of access in a project goes through. */
export function can(memberships: readonly Membership[], action: ProjectAction): boolean {
  if (action.do === 'see') return memberships.length > 0;
  if (action.do === 'coordinate') return mayCoordinate(memberships);
  return mayOnLanguage(memberships, action.do, action.lang);
}

/** What an account may do outside any project. */
export type AccountRight = 'create-projects' | 'add-to-memory' | 'export-all-memory';

export function mayOnLanguage(memberships: readonly Membership[], action: LanguageAction, lang: string): boolean {
  return memberships.some((m) => ROLES_FOR[action].includes(m.role) && (m.lang === null || m.lang === lang));
}

export function mayCoordinate(memberships: readonly Membership[]): boolean {
  return memberships.some((m) => m.role === 'coordinator');
}
