import { useCallback, useEffect, useMemo, useState } from 'react';
import { editorsByUnit, nextExpiry, noPresence, withoutExpired, withReport, type Presence, type PresenceReport } from './presence.ts';

/**
 * Other users' presence in one language: `report` takes a presence event, `editors` says who is
 * editing which unit. Reports expire after a minute without a new one; the page looks again then.
 */
export function usePresence(selfId: number): { editors: Map<number, string[]>; report: (event: PresenceReport) => void } {
  const [presence, setPresence] = useState<Presence>(noPresence);
  const [now, setNow] = useState(() => Date.now());

  const report = useCallback(
    (event: PresenceReport) => {
      const at = Date.now();
      setNow(at);
      setPresence((current) => withReport(withoutExpired(current, at), event, at, selfId));
    },
    [selfId],
  );

  useEffect(() => {
    const wait = nextExpiry(presence, now);
    if (wait === null) return;
    const timer = setTimeout(() => {
      const at = Date.now();
      setNow(at);
      setPresence((current) => withoutExpired(current, at));
    }, wait + 50);
    return () => clearTimeout(timer);
  }, [presence, now]);

  const editors = useMemo(() => editorsByUnit(presence, now), [presence, now]);
  return { editors, report };
}
