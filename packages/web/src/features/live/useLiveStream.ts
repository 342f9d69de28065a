import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { liveEvent, operations, type LiveEvent } from '@tessera/core/contract';
import { hrefOf } from '../../api/index.ts';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** After the server closed the stream for good (a restart, a lost session), try again this much later. */
const REOPEN_MS = 10_000;

interface LiveHandlers {
  onEvent: (event: LiveEvent) => void;
  /** The stream came back after a break: whatever happened meanwhile was missed. */
  onReconnected: () => void;
}

/**
 * Listens to the project's server-sent events while the component is mounted (same-origin, so
 * the session cookie goes along). EventSource reconnects by itself after a dropped connection;
 * when the server refuses it for good, the stream is opened again a little later.
 */
export function useLiveStream(projectId: number, handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let wasOpen = false;
    let broken = false;

    const open = () => {
      const current = new EventSource(hrefOf(operations.live, { params: { projectId } }));
      source = current;
      current.onopen = () => {
        setStatus('live');
        if (broken) latest.current.onReconnected();
        wasOpen = true;
        broken = false;
      };
      current.onmessage = (message: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const parsed = liveEvent.safeParse(data);
        if (parsed.success) latest.current.onEvent(parsed.data);
      };
      current.onerror = () => {
        setStatus('offline');
        if (wasOpen) broken = true;
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [projectId]);

  return status;
}
