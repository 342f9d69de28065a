import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '@tessera/core';
import type { LanguageView } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, navigate, paths, useLeaveGuard, useLocation } from '../../router/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { abilitiesFor, useUser } from '../auth/index.ts';
import { GlossaryProvider } from '../glossary/index.ts';
import { usePresenceReporter } from '../live/index.ts';
import { LivePreview } from '../publication/index.ts';
import { groupUnits, sourceFacts } from './blocks.ts';
import { EditorProvider, type EditorSettings } from './EditorContext.tsx';
import { EditorHeader } from './EditorHeader.tsx';
import { EditorPanels } from './EditorPanels.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { filterOfSearch, passesFilter, searchOfFilter, type UnitFilter } from './filter.ts';
import { currentProgress } from './progress.ts';
import { countStates, isDirty } from './rows.ts';
import { UnitTable } from './UnitTable.tsx';
import { useEditorRows } from './useEditorRows.ts';
import { FIRST_PAGE } from './useLanguagePages.ts';
import { useLinkedUnit } from './useLinkedUnit.ts';
import { useLiveUpdates } from './useLiveUpdates.ts';
import { useRowActions } from './useRowActions.ts';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { useShortcutSheet } from './useShortcutSheet.ts';

export function EditorPage({ projectId, lang }: { projectId: number; lang: string }) {
  const { t } = useTranslation();
  const view = useResource(`language:${projectId}:${lang}`, (signal) => client.languageView({ params: { projectId, lang }, query: { limit: FIRST_PAGE }, signal }));
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
  return (
    <GlossaryProvider projectId={projectId} lang={lang} sourceLang={view.data.project.sourceLang}>
      <Editor view={view.data} reload={view.reload} reloadError={view.error} />
    </GlossaryProvider>
  );
}

function Editor({ view, reload, reloadError }: { view: LanguageView; reload: () => void; reloadError: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { project, lang, dir } = view;
  const projectId = project.id;
  const sourceLang = project.sourceLang;
  const abilities = useMemo(() => abilitiesFor(project.memberships, lang), [project.memberships, lang]);
  const user = useUser();

  const { state, dispatch, units, pages, restored, dismissRestored } = useEditorRows(view, user.id);
  // Which units are shown lives in the address, so that a link opens the same view.
  const { search, hash } = useLocation();
  const filter = useMemo(() => filterOfSearch(search), [search]);
  const setFilter = useCallback(
    (next: UnitFilter) => navigate(`${paths.editor(projectId, lang, searchOfFilter(next))}${hash}`, { replace: true }),
    [projectId, lang, hash],
  );
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
  // Changes with every save, review or change from elsewhere: the live preview is read again after it.
  const contentVersion = useMemo(() => rowList.reduce((sum, row) => sum + row.unit.revision, 0), [rowList]);
  const [previewOpen, setPreviewOpen] = useState(false);
  useLeaveGuard(unsaved > 0 ? t('app.leaveWithUnsavedEdits') : null);

  // The actions read the latest rows and filter from here (updated before the browser can deliver the next key press).
  const latest = useRef({ state, filter, reader: user.id });
  useLayoutEffect(() => {
    latest.current = { state, filter, reader: user.id };
  });
  const presence = usePresenceReporter(projectId, lang);
  const activated = useCallback((id: number) => setActiveId(id), []);
  const sheet = useShortcutSheet();
  const [revealedId, setRevealedId] = useState<number | null>(null);
  const actions = useRowActions({ projectId, lang, latest, dispatch, reload, presence, activated, showShortcuts: sheet.show, reveal: setRevealedId });
  const { liveStatus, editing } = useLiveUpdates({ projectId, lang, userId: user.id, dispatch, reload });
  const highlightedId = useLinkedUnit(latest, filter, setFilter, state.order.length);

  const shownCount = rowList.filter((row) => passesFilter(filter, row.unit, user.id)).length;
  const sourceName = format.languageName(sourceLang);
  const targetName = format.languageName(lang);
  const readOnly = !abilities.translate && !abilities.review;

  // What every row shares: it changes with the language view, never with a key press.
  const sourceLabel = t('editor.sourceColumn', { language: sourceName });
  const targetLabel = t('editor.targetColumn', { language: targetName });
  const settings = useMemo<EditorSettings>(
    () => ({
      projectId,
      sourceLang,
      sourceDir: directionOf(sourceLang),
      lang,
      dir,
      sourceLabel,
      targetLabel,
      abilities,
      selfId: user.id,
      selfReview: view.selfReview,
    }),
    [projectId, sourceLang, lang, dir, sourceLabel, targetLabel, abilities, user.id, view.selfReview],
  );

  // “Skip to the first unit”: into its translation box (or its first button, for those who only read).
  const skipToUnits = (event: MouseEvent) => {
    event.preventDefault();
    document.querySelector<HTMLElement>('#units textarea, #units button')?.focus();
  };

  useEffect(() => {
    document.title = t('editor.title', { project: project.name, language: targetName });
    return () => {
      document.title = t('app.name');
    };
  }, [t, project.name, targetName]);

  return (
    <main id="main" className="page page--wide editor" data-project-id={project.id} data-lang={lang}>
      <a className="skip-link" href="#units" onClick={skipToUnits}>
        {t('editor.skipToUnits')}
      </a>
      <EditorHeader
        view={view}
        abilities={abilities}
        sourceName={sourceName}
        targetName={targetName}
        progress={progress}
        liveStatus={liveStatus}
      />
      <EditorPanels
        projectId={projectId}
        lang={lang}
        canUpload={abilities.translate}
        canConfigure={abilities.coordinate}
        allowFallback={view.allowFallback}
        deadline={view.deadline}
        selfReview={view.selfReview}
        onChanged={reload}
      />

      {reloadError !== null && <ErrorFor error={reloadError} onRetry={reload} />}
      {pages.error !== null && <ErrorFor error={pages.error} onRetry={pages.retry} />}
      {readOnly && <p className="notice">{t('editor.readOnly')}</p>}
      {restored > 0 && (
        <div className="notice editor__restored" role="status">
          <p>{t('editor.draftsRestored', { count: restored })}</p>
          <button type="button" className="button button--small" onClick={dismissRestored}>
            {t('editor.draftsRestoredDismiss')}
          </button>
        </div>
      )}

      <EditorToolbar
        filter={filter}
        onFilter={setFilter}
        shown={shownCount}
        count={rowList.length}
        pages={pages}
        unsaved={unsaved}
        canTranslate={abilities.translate}
        onShortcuts={sheet.show}
        previewOpen={previewOpen}
        onPreview={() => setPreviewOpen((open) => !open)}
      />
      <ShortcutSheet open={sheet.open} review={abilities.review} onClose={sheet.close} />

      <div className={previewOpen ? 'editor__body editor__body--preview' : 'editor__body'}>
        {shownCount === 0 ? (
          <p className="empty">{t('editor.noneShown')}</p>
        ) : (
          <EditorProvider settings={settings} actions={actions}>
            <UnitTable
              groups={groups}
              rows={state.rows}
              filter={filter}
              facts={facts}
              editing={editing}
              highlightedId={highlightedId}
              activeId={activeId}
              revealedId={revealedId}
            />
          </EditorProvider>
        )}
        {previewOpen && <LivePreview projectId={projectId} lang={lang} version={contentVersion} />}
      </div>
    </main>
  );
}
