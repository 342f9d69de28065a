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

export function mayOnLanguage(memberships: readonly Membership[], action: LanguageAction, lang: string): boolean {
  return memberships.some((m) => ROLES_FOR[action].includes(m.role) && (m.lang === null || m.lang === lang));
}

export function mayCoordinate(memberships: readonly Membership[]): boolean {
  return memberships.some((m) => m.role === 'coordinator');
}
