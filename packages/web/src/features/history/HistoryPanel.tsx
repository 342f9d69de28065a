import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { HistoryEvent } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, ForwardArrow, Loading } from '../../ui/index.ts';
import { useQaText } from '../qa/index.ts';

interface HistoryPanelProps {
  id: string;
  projectId: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  unitId: number;
  /** The unit's revision: the list reloads when it changes. */
  revision: number;
}

/** Every change to one unit's translation, newest first. */
export function HistoryPanel({ id, projectId, lang, dir, unitId, revision }: HistoryPanelProps) {
  const { t } = useTranslation();
  const events = useResource(`history:${projectId}:${lang}:${unitId}:${revision}`, (signal) =>
    client.history({ params: { projectId, lang, unitId }, signal }),
  );
  return (
    <section id={id} className="history" aria-label={t('history.title')}>
      {events.error !== null && <ErrorFor error={events.error} onRetry={events.reload} />}
      {events.data === undefined ? (
        events.loading && <Loading />
      ) : events.data.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history__list">
          {events.data.map((event) => (
            <HistoryEntry key={event.id} event={event} lang={lang} dir={dir} />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryEntry({ event, lang, dir }: { event: HistoryEvent; lang: string; dir: 'ltr' | 'rtl' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const qa = useQaText();
  const before = contentText(event.targetBefore);
  const after = contentText(event.targetAfter);
  return (
    <li className="history__event" data-kind={event.kind}>
      <p className="history__head">
        <strong>{t('history.entry', { user: event.user ?? t('history.someone'), kind: t(`history.kinds.${event.kind}`) })}</strong>{' '}
        <time dateTime={event.at} className="muted">
          {format.dateTime(event.at)}
        </time>
      </p>
      {event.stateBefore !== event.stateAfter && (
        <p className="history__states">
          {t('history.states', { before: t(`states.${event.stateBefore}`), after: t(`states.${event.stateAfter}`) })}
        </p>
      )}
      {before !== after && (
        <p className="history__texts">
          <TargetText text={before} lang={lang} dir={dir} as="del" />
          <ForwardArrow />
          <TargetText text={after} lang={lang} dir={dir} as="ins" />
        </p>
      )}
      {event.overridden.length > 0 && (
        <p className="history__overridden">{t('history.overridden', { count: event.overridden.length, checks: qa.names(event.overridden) })}</p>
      )}
      {event.comment && <p className="history__comment">{t('history.comment', { comment: event.comment })}</p>}
    </li>
  );
}

/** A translation before or after a change; an empty one is said so, in the UI language. */
function TargetText({ text, lang, dir, as: Tag }: { text: string; lang: string; dir: 'ltr' | 'rtl'; as: 'del' | 'ins' }) {
  const { t } = useTranslation();
  if (!text) return <span className="muted">{t('history.emptyTarget')}</span>;
  return (
    <Tag lang={lang} dir={dir}>
      {text}
    </Tag>
  );
}
