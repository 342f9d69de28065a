import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EditorUnit, LanguageView } from '@tessera/core/contract';
import { client } from '../../api/index.ts';

/** Units in the language view's first page: few, so that the first ones are editable at once. */
export const FIRST_PAGE = 100;
/** Units in each further page. */
const PAGE = 500;

export interface PageHandlers {
  /** A further page of the view the editor opened with, to show after the units before it. */
  appended: (units: EditorUnit[]) => void;
  /** Every unit of a view that replaced the first one (a reload), once all its pages are in. */
  replaced: (units: EditorUnit[]) => void;
}

export interface Pages {
  /** Every page of the current view is in. */
  complete: boolean;
  /** Why the last page could not be loaded, or null. */
  error: unknown;
  /** Tries again from the page that failed. */
  retry: () => void;
}

/**
 * Loads the pages of a language view after its first one. The view the editor opened with shows
 * each page as it arrives; a later view (a reload) keeps the units shown until all its pages are
 * in, then replaces them at once, so rows and their drafts never vanish in between.
 */
export function useLanguagePages(projectId: number, lang: string, view: LanguageView, handlers: PageHandlers): Pages {
  const first = useRef(view);
  const latestHandlers = useRef(handlers);
  useLayoutEffect(() => {
    latestHandlers.current = handlers;
  });
  // How far the current view's pages are loaded (kept across a retry).
  const cursor = useRef({ view, next: view.next, units: [...view.units], delivered: false });
  const [status, setStatus] = useState<{ complete: boolean; error: unknown }>({ complete: view.next === null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (cursor.current.view !== view) cursor.current = { view, next: view.next, units: [...view.units], delivered: false };
    const at = cursor.current;
    const initial = view === first.current;
    const finish = () => {
      if (!initial && !at.delivered) latestHandlers.current.replaced(at.units);
      at.delivered = true;
      setStatus({ complete: true, error: null });
    };
    if (at.next === null) {
      finish();
      return;
    }
    const controller = new AbortController();
    setStatus({ complete: false, error: null });
    void (async () => {
      try {
        while (at.next !== null) {
          const page = await client.languageUnits({ params: { projectId, lang }, query: { after: at.next, limit: PAGE }, signal: controller.signal });
          if (controller.signal.aborted) return;
          at.units.push(...page.units);
          at.next = page.next;
          if (initial) latestHandlers.current.appended(page.units);
        }
        finish();
      } catch (error) {
        if (!controller.signal.aborted) setStatus({ complete: false, error });
      }
    })();
    return () => controller.abort();
  }, [projectId, lang, view, attempt]);

  return { ...status, retry: () => setAttempt((n) => n + 1) };
}
