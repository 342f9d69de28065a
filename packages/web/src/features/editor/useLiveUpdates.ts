import { useCallback, useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveEvent } from '@tessera/core/contract';
import { useFormat } from '../../i18n/index.ts';
import { useLiveStream, usePresence } from '../live/index.ts';
import { notificationsMayHaveChanged } from '../notifications/index.ts';
import type { RowsAction } from './rows.ts';

interface LiveUpdatesInput {
  projectId: number;
  lang: string;
  userId: number;
  dispatch: Dispatch<RowsAction>;
  /** Loads the language again. */
  reload: () => void;
}

/** Other people's changes and presence, as they happen: the stream's status, and “Ana is editing” by unit id. */
export function useLiveUpdates({ projectId, lang, userId, dispatch, reload }: LiveUpdatesInput) {
  const { t } = useTranslation();
  const format = useFormat();
  const { editors: presentEditors, report: reportPresence } = usePresence(userId);
  const onLiveEvent = useCallback(
    (event: LiveEvent) => {
      if (event.type === 'unit') {
        if (event.lang === lang) dispatch({ type: 'remote', unit: event.unit });
        // A rejection of this user's translation comes with a notification: let the bell show it now.
        if (event.unit.state === 'rejected' && event.unit.authorId === userId) notificationsMayHaveChanged();
      } else if (event.type === 'reload') {
        if (event.lang === null || event.lang === lang) reload();
      } else if (event.lang === lang) {
        reportPresence(event);
      }
    },
    [lang, reload, reportPresence, userId, dispatch],
  );
  const liveStatus = useLiveStream(projectId, { onEvent: onLiveEvent, onReconnected: reload });
  const listFormat = useMemo(() => new Intl.ListFormat(format.locale, { type: 'conjunction' }), [format.locale]);
  const editing = useMemo(() => {
    const notices = new Map<number, string>();
    for (const [unitId, names] of presentEditors) {
      notices.set(unitId, t('live.editing', { names: listFormat.format(names), count: names.length }));
    }
    return notices;
  }, [presentEditors, listFormat, t]);
  return { liveStatus, editing };
}
