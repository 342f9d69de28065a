import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText, directionOf } from '@tessera/core';
import type { ActivityEntry } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor, ForwardArrow, Loading } from '../../ui/index.ts';
import { useQaText } from '../qa/index.ts';
import { shorten } from './shorten.ts';

/** What happened in one language of a project, newest first, with older entries a page at a time. */
export function ActivityPage({ projectId, lang }: { projectId: number; lang: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = useResource(`activity:${projectId}:${lang}`, (signal) => client.activity({ params: { projectId, lang }, signal }));
  const [older, setOlder] = useState<ActivityEntry[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const entries = [...(first.data ?? []), ...older];
  const last = entries.at(-1);

  const showOlder = async () => {
    if (!last) return;
    setBusy(true);
    setFailure(null);
    try {
      const page = await client.activity({ params: { projectId, lang }, query: { before: last.id } });
      if (page.length === 0) setExhausted(true);
      setOlder((list) => [...list, ...page.filter((entry) => entry.id < last.id)]);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const language = format.languageName(lang);
  return (
    <main id="main" className="page page--medium activity-page">
      <p className="breadcrumb">
        <Link to={paths.editor(projectId, lang)}>{t('activity.backToEditor', { language })}</Link>
      </p>
      <h1>{t('activity.title', { language })}</h1>
      {first.error !== null && <ErrorFor error={first.error} onRetry={first.reload} />}
      {first.data === undefined ? (
        first.loading && <Loading />
      ) : entries.length === 0 ? (
        <p className="empty">{t('activity.empty')}</p>
      ) : (
        <>
          <ol className="activity">
            {entries.map((entry) => (
              <ActivityItem key={entry.id} entry={entry} projectId={projectId} lang={lang} />
            ))}
          </ol>
          {failure !== null && <ErrorFor error={failure} />}
          {exhausted ? (
            <p className="muted">{t('activity.noOlder')}</p>
          ) : (
            <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void showOlder()}>
              {t('activity.showOlder')}
            </button>
          )}
        </>
      )}
    </main>
  );
}

function ActivityItem({ entry, projectId, lang }: { entry: ActivityEntry; projectId: number; lang: string }) {
  const { t } = useTranslation();
  const qa = useQaText();
  const format = useFormat();
  const before = contentText(entry.targetBefore);
  const after = contentText(entry.targetAfter);
  const dir = directionOf(lang);
  return (
    <li className="activity__entry" data-kind={entry.kind} data-entry-id={entry.id}>
      <p className="activity__head">
        <strong>{t('history.entry', { user: entry.user ?? t('history.someone'), kind: t(`history.kinds.${entry.kind}`) })}</strong>{' '}
        <time dateTime={entry.at} className="muted">
          {format.dateTime(entry.at)}
        </time>
      </p>
      <p className="activity__unit">
        <Link to={paths.unit(projectId, lang, entry.unitId)} title={entry.source} dir="auto">
          {shorten(entry.source)}
        </Link>
      </p>
      {entry.stateBefore !== entry.stateAfter && (
        <p className="activity__states muted">
          {t('history.states', { before: t(`states.${entry.stateBefore}`), after: t(`states.${entry.stateAfter}`) })}
        </p>
      )}
      {before !== after && (
        <p className="activity__texts">
          {before ? (
            <del lang={lang} dir={dir}>
              {before}
            </del>
          ) : (
            <span className="muted">{t('history.emptyTarget')}</span>
          )}
          <ForwardArrow />
          <span className="visually-hidden">{t('activity.becomes')} </span>
          {after ? (
            <ins lang={lang} dir={dir}>
              {after}
            </ins>
          ) : (
            <span className="muted">{t('history.emptyTarget')}</span>
          )}
        </p>
      )}
      {entry.overridden.length > 0 && (
        <p className="activity__overridden">{t('history.overridden', { count: entry.overridden.length, checks: qa.names(entry.overridden) })}</p>
      )}
      {entry.comment && <p className="activity__comment">{t('history.comment', { comment: entry.comment })}</p>}
    </li>
  );
}
