/**
 * A small History-API router: the location as an external store, `navigate()`, and leave guards
 * that let a page with unsaved work ask before the user goes elsewhere.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'projects' }
  | { name: 'login'; next: string | null }
  | { name: 'newProject' }
  | { name: 'editor'; projectId: number; lang: string }
  | { name: 'newRevision'; projectId: number }
  | { name: 'notFound' };

export const paths = {
  projects: () => '/',
  login: (next?: string) => (next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  newProject: () => '/projects/new',
  editor: (projectId: number, lang: string) => `/projects/${projectId}/${encodeURIComponent(lang)}`,
  /** A new version of the project's source: compare, then accept. */
  newRevision: (projectId: number) => `/projects/${projectId}/revisions/new`,
};

/** Only same-site paths may be a post-login destination (never `//evil.example`). */
function safeNext(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

export function matchRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'projects' };
  if (pathname === '/login') return { name: 'login', next: safeNext(new URLSearchParams(search).get('next')) };
  if (pathname === '/projects/new') return { name: 'newProject' };
  const revision = /^\/projects\/(\d+)\/revisions\/new\/?$/.exec(pathname);
  if (revision?.[1]) return { name: 'newRevision', projectId: Number(revision[1]) };
  const editor = /^\/projects\/(\d+)\/([^/]+)\/?$/.exec(pathname);
  if (editor?.[1] && editor[2]) {
    try {
      return { name: 'editor', projectId: Number(editor[1]), lang: decodeURIComponent(editor[2]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

// ── the location store ────────────────────────────────────────────────
const listeners = new Set<() => void>();
const guards = new Set<() => string | null>();
let shownLocation = currentLocation();

function currentLocation(): string {
  return window.location.pathname + window.location.search;
}

function notify(): void {
  shownLocation = currentLocation();
  for (const listener of listeners) listener();
}

/** The first guard's question, or null when nothing would be lost. */
function pendingLoss(): string | null {
  for (const guard of guards) {
    const question = guard();
    if (question) return question;
  }
  return null;
}

window.addEventListener('popstate', () => {
  const question = pendingLoss();
  if (question && !window.confirm(question)) {
    // Stay: put back the entry the user tried to leave.
    window.history.pushState(null, '', shownLocation);
    return;
  }
  notify();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the leave guards' question, if any; true when the user may leave (or nothing would be lost). */
export function confirmLeave(): boolean {
  const question = pendingLoss();
  return !question || window.confirm(question);
}

/** Goes to `to` in the app; returns false when a leave guard kept the user here. */
export function navigate(to: string, options: { replace?: boolean; force?: boolean } = {}): boolean {
  if (to === currentLocation()) return true;
  if (!options.force && !confirmLeave()) return false;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
  return true;
}

export function useLocation(): { pathname: string; search: string } {
  const location = useSyncExternalStore(subscribe, () => shownLocation);
  const query = location.indexOf('?');
  return query < 0
    ? { pathname: location, search: '' }
    : { pathname: location.slice(0, query), search: location.slice(query) };
}

/**
 * While `question` is non-null, leaving (a link, back/forward, closing the tab, reloading)
 * asks first. The browser shows its own wording for tab close and reload.
 */
export function addLeaveGuard(guard: () => string | null): () => void {
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (guard()) {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    }
  };
  guards.add(guard);
  window.addEventListener('beforeunload', beforeUnload);
  return () => {
    guards.delete(guard);
    window.removeEventListener('beforeunload', beforeUnload);
  };
}
