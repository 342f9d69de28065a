import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, TRANSLATION_STATES } from '@tessera/core';
import type { LanguageView, LiveEvent } from '@tessera/core/contract';
import { ApiError, client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths, unitOfHash, useLeaveGuard, useLocation } from '../../router/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { abilitiesFor, useUser } from '../auth/index.ts';
import { DeadlineLabel, LanguageSettings } from '../deadlines/index.ts';
import { XliffExchange } from '../exchange/index.ts';
import { LiveIndicator, useLiveStream, usePresence, usePresenceReporter } from '../live/index.ts';
import { notificationsMayHaveChanged } from '../notifications/index.ts';
import { ProgressBar } from '../progress/index.ts';
import { PublicationPanel } from '../publication/index.ts';
import { groupUnits, sourceFacts } from './blocks.ts';
import { codesOf, editableToContent } from '../../content/index.ts';
import { currentProgress } from './progress.ts';
import { draftsKey, draftsOf, rowsWithDrafts } from './drafts.ts';
import { readKeptDrafts, useKeptDrafts } from './keptDrafts.ts';
import { canSave, countStates, isDirty, rowsReducer } from './rows.ts';
import type { RowActions } from './UnitRow.tsx';
import { passesFilter, UnitTable, type StateFilter } from './UnitTable.tsx';
import { FIRST_PAGE, useLanguagePages } from './useLanguagePages.ts';

const FILTERS: readonly StateFilter[] = ['all', ...TRANSLATION_STATES];

export function EditorPage({ projectId, lang }: { projectId: number; lang: string }) {
  const { t } = useTranslation();
  const view = useResource(`language:${projectId}:${lang}`, (signal) => client.language(projectId, lang, FIRST_PAGE, signal));
  if (view.data === undefined) {
    return (
      <main id="main" className="page">
        {view.error !== null ? (
          <>
            <ErrorFor error={view.error} onRetry={view.reload} />
            <p>
              <Link to={paths.projects()}>{t('editor.backToProjects')}</Link>
            </p>
          </>
        ) : (
          <Loading />
        )}
      </main>
    );
  }
  return <Editor view={view.data} reload={view.reload} reloadError={view.error} />;
}

function Editor({ view, reload, reloadError }: { view: LanguageView; reload: () => void; reloadError: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { project, lang, dir } = view;
  const projectId = project.id;
  const sourceLang = project.sourceLang;
  const abilities = useMemo(() => abilitiesFor(project.memberships, lang), [project.memberships, lang]);
  const user = useUser();

  // Drafts this user left unsaved here in an earlier visit come back into their boxes.
  const draftsStore = draftsKey(user.id, projectId, lang);
  const [storedDrafts] = useState(() => readKeptDrafts(draftsStore));
  const [state, dispatch] = useReducer(rowsReducer, view.units, (units) => rowsWithDrafts(units, storedDrafts));
  const [restored, setRestored] = useState(() => Object.keys(draftsOf(state)).length);
  // Every unit loaded so far, as the server gave it: the first page at once, the others as they come.
  const [units, setUnits] = useState(view.units);
  const pages = useLanguagePages(projectId, lang, view, {
    appended(page) {
      const rows = rowsWithDrafts(page, storedDrafts);
      setUnits((shown) => {
        const ids = new Set(shown.map((unit) => unit.id));
        return [...shown, ...page.filter((unit) => !ids.has(unit.id))];
      });
      dispatch({ type: 'appended', page: rows });
      const back = Object.keys(draftsOf(rows)).length;
      if (back > 0) setRestored((count) => count + back);
    },
    // A reload (after an XLIFF upload) merges the new units into the rows, keeping unsaved drafts.
    replaced(all) {
      setUnits(all);
      dispatch({ type: 'loaded', units: all });
    },
  });
  // Drafts kept for units whose page has not come yet stay kept.
  useKeptDrafts(draftsStore, state, pages.complete ? null : storedDrafts);
  const [filter, setFilter] = useState<StateFilter>('all');
  // The unit being edited: its translation box had the focus last (a click on a match keeps it).
  const [activeId, setActiveId] = useState<number | null>(null);

  const groups = useMemo(() => groupUnits(units), [units]);
  const facts = useMemo(() => (abilities.coordinate ? sourceFacts(units) : null), [abilities.coordinate, units]);
  const countsAtLoad = useMemo(() => countStates(units), [units]);
  const rowList = useMemo(() => state.order.flatMap((id) => state.rows[id] ?? []), [state]);
  const progress = useMemo(
    () => currentProgress(view.progress, countsAtLoad, countStates(rowList.map((row) => row.unit))),
    [view.progress, countsAtLoad, rowList],
  );
  const unsaved = rowList.filter(isDirty).length;
  useLeaveGuard(unsaved > 0 ? t('app.leaveWithUnsavedEdits') : null);

  // Rows call back through one stable object that reads the latest state from refs
  // (updated before the browser can deliver the next key press).
  const latest = useRef({ state, filter });
  useLayoutEffect(() => {
    latest.current = { state, filter };
  });
  const textareas = useRef(new Map<number, HTMLTextAreaElement>());
  const presenceReporter = usePresenceReporter(projectId, lang);

  const save = useCallback(
    async (id: number) => {
      const row = latest.current.state.rows[id];
      if (!row || !canSave(row)) return;
      const basis = row.draft;
      dispatch({ type: 'saveStarted', id });
      try {
        const unit = await client.saveTranslation(projectId, lang, id, {
          target: editableToContent(basis.trim(), codesOf(row.unit.source)),
          baseRevision: row.unit.revision,
        });
        dispatch({ type: 'accepted', id, unit, basis });
      } catch (error) {
        const current = error instanceof ApiError && error.status === 409 ? error.current : undefined;
        dispatch(current ? { type: 'conflicted', id, current } : { type: 'saveFailed', id, error });
      }
    },
    [projectId, lang],
  );

  const actions = useMemo<RowActions>(
    () => ({
      edit: (id, draft) => dispatch({ type: 'edited', id, draft }),
      save: (id) => void save(id),
      saveAndNext(id) {
        const { state: current, filter: shown } = latest.current;
        const edited = current.rows[id];
        if (edited && isDirty(edited)) void save(id);
        const position = current.order.indexOf(id);
        for (const nextId of current.order.slice(position + 1)) {
          const next = current.rows[nextId];
          const textarea = textareas.current.get(nextId);
          if (next && textarea && passesFilter(shown, next.unit.state, next.unit.translate)) {
            textarea.focus();
            textarea.scrollIntoView({ block: 'nearest' });
            return;
          }
        }
      },
      useTheirs: (id) => dispatch({ type: 'tookTheirs', id }),
      keepMine: (id) => dispatch({ type: 'keptMine', id }),
      reviewed(id, unit) {
        const row = latest.current.state.rows[id];
        dispatch({ type: 'accepted', id, unit, basis: row?.draft ?? '' });
      },
      conflicted: (id, current) => dispatch({ type: 'conflicted', id, current }),
      registerTextarea(id, element) {
        if (element) textareas.current.set(id, element);
        else textareas.current.delete(id);
      },
      sourceChanged: reload,
      remote: (unit) => dispatch({ type: 'remote', unit }),
      commentsCounted: (id, open) => dispatch({ type: 'commentsCounted', id, open }),
      focused(id) {
        setActiveId(id);
        presenceReporter.focused(id);
      },
      blurred: (id) => presenceReporter.blurred(id),
    }),
    [save, reload, presenceReporter],
  );

  // Other people's changes and presence, as they happen.
  const { editors: presentEditors, report: reportPresence } = usePresence(user.id);
  const onLiveEvent = useCallback(
    (event: LiveEvent) => {
      if (event.type === 'unit') {
        if (event.lang === lang) dispatch({ type: 'remote', unit: event.unit });
        // A rejection of this user's translation comes with a notification: let the bell show it now.
        if (event.unit.state === 'rejected' && event.unit.authorId === user.id) notificationsMayHaveChanged();
      } else if (event.type === 'reload') {
        if (event.lang === null || event.lang === lang) reload();
      } else if (event.lang === lang) {
        reportPresence(event);
      }
    },
    [lang, reload, reportPresence, user.id],
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

  // A link to `#unit-<id>` (from a notification or the activity feed) scrolls to that row and highlights it
  // (once its page is in).
  const rowCount = state.order.length;
  const { hash } = useLocation();
  const highlightedId = unitOfHash(hash);
  const scrolledTo = useRef<number | null>(null);
  useEffect(() => {
    if (highlightedId === null) {
      scrolledTo.current = null;
      return;
    }
    if (scrolledTo.current === highlightedId) return;
    const row = latest.current.state.rows[highlightedId];
    if (!row) return;
    if (!passesFilter(filter, row.unit.state, row.unit.translate)) {
      setFilter('all');
      return;
    }
    scrolledTo.current = highlightedId;
    document.getElementById(`unit-${highlightedId}`)?.scrollIntoView({ block: 'center' });
  }, [highlightedId, filter, rowCount]);

  const shownCount = rowList.filter((row) => passesFilter(filter, row.unit.state, row.unit.translate)).length;
  const sourceName = format.languageName(sourceLang);
  const targetName = format.languageName(lang);
  const readOnly = !abilities.translate && !abilities.review;

  useEffect(() => {
    document.title = t('editor.title', { project: project.name, language: targetName });
    return () => {
      document.title = t('app.name');
    };
  }, [t, project.name, targetName]);

  // The panels above the units do not depend on what is typed: a key press does not render them again.
  const panels = useMemo(
    () => (
      <div className="editor__panels">
        <XliffExchange projectId={projectId} lang={lang} canUpload={abilities.translate} onImported={reload} />
        <PublicationPanel projectId={projectId} lang={lang} allowFallback={view.allowFallback} canConfigure={abilities.coordinate} />
        {abilities.coordinate && (
          <LanguageSettings projectId={projectId} lang={lang} deadline={view.deadline} selfReview={view.selfReview} onChanged={reload} />
        )}
      </div>
    ),
    [projectId, lang, abilities.translate, abilities.coordinate, reload, view.allowFallback, view.deadline, view.selfReview],
  );

  return (
    <main id="main" className="page page--wide editor" data-project-id={project.id} data-lang={lang}>
      <header className="editor__header">
        <p className="breadcrumb">
          <Link to={paths.projects()}>{t('editor.backToProjects')}</Link>
        </p>
        <div className="editor__title">
          <h1 dir="auto">{project.name}</h1>
          <div className="actions">
            <Link to={paths.activity(projectId, lang)} className="button button--small">
              {t('activity.open')}
            </Link>
            {abilities.coordinate && (
              <Link to={paths.members(projectId)} className="button button--small">
                {t('members.open')}
              </Link>
            )}
            {abilities.coordinate && (
              <Link to={paths.newRevision(projectId)} className="button button--small">
                {t('revisions.open')}
              </Link>
            )}
          </div>
        </div>
        <p className="editor__language">
          <span>{t('editor.languagePair', { source: sourceName, target: targetName })}</span>
          <DeadlineLabel deadline={view.deadline} done={progress.approved >= progress.total} />
          <LiveIndicator status={liveStatus} />
        </p>
        <ProgressBar progress={progress} />
      </header>

      {panels}

      {reloadError !== null && <ErrorFor error={reloadError} onRetry={reload} />}
      {pages.error !== null && <ErrorFor error={pages.error} onRetry={pages.retry} />}
      {readOnly && <p className="notice">{t('editor.readOnly')}</p>}
      {restored > 0 && (
        <div className="notice editor__restored" role="status">
          <p>{t('editor.draftsRestored', { count: restored })}</p>
          <button type="button" className="button button--small" onClick={() => setRestored(0)}>
            {t('editor.draftsRestoredDismiss')}
          </button>
        </div>
      )}

      <div className="editor__toolbar">
        <label className="inline-field">
          <span>{t('editor.filter')}</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as StateFilter)}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`editor.filters.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" aria-live="polite">
          {t('editor.shown', { shown: shownCount, count: rowList.length })}
        </span>
        {!pages.complete && pages.error === null && (
          <span className="muted" role="status">
            {t('editor.loadingMore')}
          </span>
        )}
        {unsaved > 0 && <span className="unit__unsaved">{t('editor.unsavedCount', { count: unsaved })}</span>}
        {abilities.translate && <span className="editor__hint muted">{t('editor.shortcutHint')}</span>}
      </div>

      {shownCount === 0 ? (
        <p className="empty">{t('editor.noneShown')}</p>
      ) : (
        <UnitTable
          groups={groups}
          rows={state.rows}
          filter={filter}
          projectId={project.id}
          sourceLang={sourceLang}
          sourceDir={directionOf(sourceLang)}
          sourceLabel={t('editor.sourceColumn', { language: sourceName })}
          targetLabel={t('editor.targetColumn', { language: targetName })}
          lang={lang}
          dir={dir}
          abilities={abilities}
          actions={actions}
          facts={facts}
          selfId={user.id}
          selfReview={view.selfReview}
          editing={editing}
          highlightedId={highlightedId}
          activeId={activeId}
          onBlockApproved={reload}
        />
      )}
    </main>
  );
}

