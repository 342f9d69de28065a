/**
 * A small History-API router: the location as an external store, `navigate()`, and leave guards
 * that let a page with unsaved work ask before the user goes elsewhere.
 */
import { useSyncExternalStore } from 'react';
import { isServerPage, splitLocation } from './paths.ts';

export { isOpenToVisitors, isServerPage, matchRoute, paths, splitLocation, unitOfHash, type Route } from './paths.ts';

// ── the location store ────────────────────────────────────────────────
const listeners = new Set<() => void>();
const guards = new Set<() => string | null>();
let shownLocation = currentLocation();

/** Path, query and fragment: a link to `#unit-12` on the page shown is a change of location too. */
function currentLocation(): string {
  return window.location.pathname + window.location.search + window.location.hash;
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
  const question = samePath(currentLocation(), shownLocation) ? null : pendingLoss();
  if (question && !window.confirm(question)) {
    // Stay: put back the entry the user tried to leave.
    window.history.pushState(null, '', shownLocation);
    return;
  }
  notify();
});
// A fragment typed into the address bar (the page itself stays).
window.addEventListener('hashchange', () => {
  if (currentLocation() !== shownLocation) notify();
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
  if (isServerPage(to)) {
    if (!options.force && !confirmLeave()) return false;
    if (options.replace) window.location.replace(to);
    else window.location.assign(to);
    return true;
  }
  const samePage = samePath(to, currentLocation());
  if (!samePage && !options.force && !confirmLeave()) return false;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  // Another fragment or query of the same page keeps the page (and its unsaved work) where it is.
  if (!samePage) window.scrollTo(0, 0);
  notify();
  return true;
}

/** Whether two locations show the same page: a query (what the page shows) or a fragment (where) changes the page itself. */
function samePath(a: string, b: string): boolean {
  return splitLocation(a).pathname === splitLocation(b).pathname;
}

export function useLocation(): { pathname: string; search: string; hash: string } {
  const location = useSyncExternalStore(subscribe, () => shownLocation);
  return splitLocation(location);
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
