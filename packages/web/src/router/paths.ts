/** The app's addresses: building them, and reading a location back into a route. Pure (no window). */

export type Route =
  | { name: 'projects' }
  | { name: 'login'; next: string | null }
  | { name: 'forgotPassword' }
  | { name: 'preferences' }
  | { name: 'newProject' }
  | { name: 'editor'; projectId: number; lang: string }
  | { name: 'newRevision'; projectId: number }
  | { name: 'members'; projectId: number }
  | { name: 'activity'; projectId: number; lang: string }
  | { name: 'invite'; token: string }
  | { name: 'join'; token: string }
  | { name: 'account' }
  | { name: 'setup'; token: string }
  | { name: 'resetPassword'; token: string }
  | { name: 'notFound' };

export const paths = {
  projects: () => '/',
  login: (next?: string) => (next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  /** “Forgot your password?”: ask for a link to choose a new one. */
  forgotPassword: () => '/forgot-password',
  /** How often e-mail comes, and the interface language (which e-mail follows). */
  preferences: () => '/preferences',
  newProject: () => '/projects/new',
  /** The editor of one language; `query` keeps the view it shows (which units, what is searched for). */
  editor: (projectId: number, lang: string, query = '') => `/projects/${projectId}/${encodeURIComponent(lang)}${query}`,
  /** A new version of the project's source: compare, then accept. */
  newRevision: (projectId: number) => `/projects/${projectId}/revisions/new`,
  /** Members and invitations (coordinators). */
  members: (projectId: number) => `/projects/${projectId}/members`,
  /** What happened in one language, newest first. */
  activity: (projectId: number, lang: string) => `/projects/${projectId}/${encodeURIComponent(lang)}/activity`,
  /** One unit in the editor: the page scrolls to it and highlights it. */
  unit: (projectId: number, lang: string, unitId: number) => `/projects/${projectId}/${encodeURIComponent(lang)}#unit-${unitId}`,
  /** An invitation link as the server makes it (`InviteCreated.path`). */
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  /** The link e-mailed to confirm a request to join. */
  join: (token: string) => `/join/${encodeURIComponent(token)}`,
  /** My account: e-mail, password, sessions, my data, deleting the account. */
  account: () => '/account',
  /** The first coordinator's setup link, as the server prints it (`AccountLink.path`). */
  setup: (token: string) => `/setup/${encodeURIComponent(token)}`,
  /** A set-password or reset link, as the command line prints it. */
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
};

/** The pages a signed-out visitor may open: they sign in, or get an account, there. */
export function isOpenToVisitors(route: Route): boolean {
  return OPEN_TO_VISITORS.has(route.name);
}

const OPEN_TO_VISITORS = new Set<Route['name']>(['login', 'forgotPassword', 'invite', 'join', 'setup', 'resetPassword']);

/** Whether a path is a page the server renders (a publication, a preview), which the app leaves by a full page load. */
export function isServerPage(location: string): boolean {
  return /^\/(publications|api)\//.test(location);
}

/** The unit a `#unit-<id>` fragment points at, or null. */
export function unitOfHash(hash: string): number | null {
  const match = /^#unit-(\d+)$/.exec(hash);
  return match?.[1] ? Number(match[1]) : null;
}

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Only same-site paths may be a post-login destination (never `//evil.example`). */
function safeNext(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

export function matchRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'projects' };
  if (pathname === '/login') return { name: 'login', next: safeNext(new URLSearchParams(search).get('next')) };
  if (pathname === '/forgot-password') return { name: 'forgotPassword' };
  if (pathname === '/preferences') return { name: 'preferences' };
  if (pathname === '/projects/new') return { name: 'newProject' };
  const revision = /^\/projects\/(\d+)\/revisions\/new\/?$/.exec(pathname);
  if (revision?.[1]) return { name: 'newRevision', projectId: Number(revision[1]) };
  const members = /^\/projects\/(\d+)\/members\/?$/.exec(pathname);
  if (members?.[1]) return { name: 'members', projectId: Number(members[1]) };
  if (pathname === '/account' || pathname === '/account/') return { name: 'account' };
  const link = /^\/(invite|join|setup|reset-password)\/([^/]+)\/?$/.exec(pathname);
  if (link?.[1] && link[2]) {
    const token = decoded(link[2]);
    if (!token) return { name: 'notFound' };
    return { name: link[1] === 'reset-password' ? 'resetPassword' : (link[1] as 'invite' | 'join' | 'setup'), token };
  }
  const activity = /^\/projects\/(\d+)\/([^/]+)\/activity\/?$/.exec(pathname);
  if (activity?.[1] && activity[2]) {
    const lang = decoded(activity[2]);
    return lang ? { name: 'activity', projectId: Number(activity[1]), lang } : { name: 'notFound' };
  }
  const editor = /^\/projects\/(\d+)\/([^/]+)\/?$/.exec(pathname);
  if (editor?.[1] && editor[2]) {
    const lang = decoded(editor[2]);
    return lang ? { name: 'editor', projectId: Number(editor[1]), lang } : { name: 'notFound' };
  }
  return { name: 'notFound' };
}

/** Splits a location into path, query and fragment. */
export function splitLocation(location: string): { pathname: string; search: string; hash: string } {
  const hashAt = location.indexOf('#');
  const hash = hashAt < 0 ? '' : location.slice(hashAt);
  const rest = hashAt < 0 ? location : location.slice(0, hashAt);
  const query = rest.indexOf('?');
  return query < 0
    ? { pathname: rest, search: '', hash }
    : { pathname: rest.slice(0, query), search: rest.slice(query), hash };
}

