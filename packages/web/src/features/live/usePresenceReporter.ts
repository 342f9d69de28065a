import { useCallback, useEffect, useMemo, useRef } from 'react';
import { client } from '../../api/index.ts';

/** While a translation box keeps the focus, its presence is said again this often (others forget it after 60 s). */
export const PRESENCE_REPEAT_MS = 30_000;
/** A blur waits this long, so that moving to the next box says “now this one” instead of “none, then this one”. */
const BLUR_GRACE_MS = 400;

export interface PresenceReporter {
  /** A translation box got the focus. */
  focused(unitId: number): void;
  /** A translation box lost it. */
  blurred(unitId: number): void;
}

/**
 * Tells the other editors of the language which unit this user is editing: when a box gets the
 * focus, every 30 s while it keeps it, and “none” on blur, on leaving the page and on closing it.
 * Best effort: a report that fails is not retried (the next one replaces it).
 */
export function usePresenceReporter(projectId: number, lang: string): PresenceReporter {
  const reported = useRef<number | null>(null);
  const repeat = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const pendingBlur = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Reports go out one after another, so “none” never overtakes the unit that follows it.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const send = useCallback(
    (unitId: number | null) => {
      queue.current = queue.current.then(() => client.presence({ params: { projectId, lang }, body: { unitId } })).catch(() => undefined);
    },
    [projectId, lang],
  );

  const stop = useCallback(
    (options: { keepalive?: boolean } = {}) => {
      clearTimeout(pendingBlur.current);
      clearInterval(repeat.current);
      if (reported.current === null) return;
      reported.current = null;
      if (options.keepalive) void client.presence({ params: { projectId, lang }, body: { unitId: null }, keepalive: true }).catch(() => undefined);
      else send(null);
    },
    [projectId, lang, send],
  );

  useEffect(() => {
    const leave = () => stop({ keepalive: true });
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      stop();
    };
  }, [stop]);

  return useMemo<PresenceReporter>(
    () => ({
      focused(unitId) {
        clearTimeout(pendingBlur.current);
        clearInterval(repeat.current);
        if (reported.current !== unitId) {
          reported.current = unitId;
          send(unitId);
        }
        repeat.current = setInterval(() => {
          if (reported.current !== null) send(reported.current);
        }, PRESENCE_REPEAT_MS);
      },
      blurred(unitId) {
        if (reported.current !== unitId) return;
        clearTimeout(pendingBlur.current);
        pendingBlur.current = setTimeout(() => stop(), BLUR_GRACE_MS);
      },
    }),
    [send, stop],
  );
}
