import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText, runChecks } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, TextDiff } from '../../ui/index.ts';
import type { Abilities } from '../auth/index.ts';
import { CommentsPanel } from '../comments/index.ts';
import { HistoryPanel } from '../history/index.ts';
import { MemoryMatches } from '../memory/index.ts';
import { QaWarnings } from '../qa/index.ts';
import { ReviewActions, isReviewable } from '../review/index.ts';
import { Suggestions } from '../suggestions/index.ts';
import type { SourceFacts } from './blocks.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { codesOf, editableToContent, memoryToEditable, SourceText } from '../../content/index.ts';
import { FormattingMenu } from './FormattingMenu.tsx';
import { canSave, isDirty, sourceChangeOf, type RowState } from './rows.ts';
import { SourceTools } from './SourceTools.tsx';
import { StateBadge } from './StateBadge.tsx';

/** What a row can ask of the editor; one stable object for all rows. */
export interface RowActions {
  edit(id: number, draft: string): void;
  save(id: number): void;
  /** Ctrl/Cmd+Enter: save when the text was edited, and go to the next translatable unit. */
  saveAndNext(id: number): void;
  useTheirs(id: number): void;
  keepMine(id: number): void;
  reviewed(id: number, unit: EditorUnit): void;
  conflicted(id: number, current: EditorUnit): void;
  registerTextarea(id: number, element: HTMLTextAreaElement | null): void;
  /** The coordinator changed the source (edit, merge, split, do-not-translate): reload the language. */
  sourceChanged(): void;
  /** The server's version of a unit whose text did not change here (a suggestion was added). */
  remote(unit: EditorUnit): void;
  /** The unit's open comments, counted after reading or changing them. */
  commentsCounted(id: number, open: number): void;
  /** A translation box got or lost the focus (presence for the other editors). */
  focused(id: number): void;
  blurred(id: number): void;
}

export interface UnitRowProps {
  row: RowState;
  blockKind: string;
  /** The first unit of its block (a list item's bullet goes there). */
  startsBlock: boolean;
  projectId: number;
  sourceLang: string;
  sourceDir: 'ltr' | 'rtl';
  /** Column names, shown above each cell where the table collapses on narrow screens. */
  sourceLabel: string;
  targetLabel: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  abilities: Abilities;
  actions: RowActions;
  /** For coordinators: the unit's place in its block, for the source tools. */
  facts: SourceFacts | undefined;
  /** The signed-in user (four-eyes review: no approving your own translation). */
  selfId: number;
  /** The coordinator allowed self-review in this language (one-person teams). */
  selfReview: boolean;
  /** “Ana is editing”, when someone else is editing this unit now. */
  editing: string | null;
  /** The unit a link pointed at (`#unit-<id>`). */
  highlighted: boolean;
  /** The unit being edited (its translation box had the focus last): it shows the memory's matches. */
  active: boolean;
}

export const UnitRow = memo(function UnitRow(props: UnitRowProps) {
  const { row, blockKind, startsBlock, projectId, sourceLang, sourceDir, sourceLabel, targetLabel, abilities, actions, facts, editing, highlighted } = props;
  const { unit } = row;
  const change = sourceChangeOf(unit);
  return (
    <tr
      id={`unit-${unit.id}`}
      className={`unit unit--${blockKind}${startsBlock ? ' unit--starts-block' : ''}${highlighted ? ' unit--highlighted' : ''}`}
      data-unit-id={unit.id}
      data-state={unit.state}
      data-dirty={isDirty(row) || undefined}
      data-editing={editing ? true : undefined}
    >
      <td className="unit__source" data-label={sourceLabel}>
        {change && <SourceChangeNotice before={change.before} after={change.after} lang={sourceLang} dir={sourceDir} />}
        <div lang={sourceLang} dir={sourceDir} className="unit__source-text">
          <SourceText content={unit.source} />
        </div>
        {abilities.coordinate && facts && (
          <SourceTools
            projectId={projectId}
            unit={unit}
            facts={facts}
            sourceLang={sourceLang}
            sourceDir={sourceDir}
            onChanged={actions.sourceChanged}
          />
        )}
      </td>
      <td className="unit__target" data-label={targetLabel}>{unit.translate ? <TargetCell {...props} /> : <LockedCell />}</td>
    </tr>
  );
});

/** The source as it was before its last change of meaning, and what changed, while the translation awaits review. */
function SourceChangeNotice({ before, after, lang, dir }: { before: string; after: string; lang: string; dir: 'ltr' | 'rtl' }) {
  const { t } = useTranslation();
  return (
    <div className="source-change">
      <p className="source-change__title">{t('editor.sourceChange.title')}</p>
      <p className="source-change__diff">
        <TextDiff before={before} after={after} lang={lang} dir={dir} />
      </p>
    </div>
  );
}

function LockedCell() {
  const { t } = useTranslation();
  return (
    <p className="unit__locked" title={t('editor.doNotTranslateHint')}>
      <span className="badge badge--locked">{t('editor.doNotTranslate')}</span>
    </p>
  );
}

function TargetCell({ row, projectId, sourceLang, sourceDir, lang, dir, abilities, actions, selfId, selfReview, editing, active }: UnitRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [panel, setPanel] = useState<'history' | 'comments' | null>(null);
  const { unit } = row;
  const dirty = isDirty(row);
  // The saved translation's findings come from the server; an unsaved draft is checked here, as it would be saved.
  const findings = useMemo(
    () => (dirty ? runChecks(unit.source, editableToContent(row.draft.trim(), codesOf(unit.source)), sourceLang, lang) : unit.qa),
    [dirty, row.draft, unit.source, unit.qa, sourceLang, lang],
  );
  const sourceCodes = useMemo(() => codesOf(unit.source), [unit.source]);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const registerTextarea = useCallback(
    (element: HTMLTextAreaElement | null) => {
      textarea.current = element;
      actions.registerTextarea(unit.id, element);
    },
    [actions, unit.id],
  );
  const ownTranslation = unit.authorId !== null && unit.authorId === selfId && !selfReview;

  // A match from the memory replaces the draft; the caret goes back to the box, after the text.
  const useMatch = useCallback(
    (target: EditorUnit['target']) => {
      const draft = memoryToEditable(target, sourceCodes);
      actions.edit(unit.id, draft);
      const box = textarea.current;
      if (box) {
        box.focus();
        requestAnimationFrame(() => box.setSelectionRange(draft.length, draft.length));
      }
    },
    [actions, unit.id, sourceCodes],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actions.saveAndNext(unit.id);
    }
  };

  const lastChange =
    unit.updatedAt &&
    (unit.updatedBy
      ? t('editor.lastChange', { user: unit.updatedBy, date: format.dateTime(unit.updatedAt) })
      : t('editor.lastChangeAnonymous', { date: format.dateTime(unit.updatedAt) }));
  const togglePanel = (which: 'history' | 'comments') => setPanel((open) => (open === which ? null : which));

  return (
    <>
      <div className="unit__status">
        <StateBadge state={unit.state} />
        {unit.state === 'approved' && unit.selfApproved && (
          <span className="badge badge--self-approved" title={t('review.selfApprovedHint')}>
            {t('review.selfApproved')}
          </span>
        )}
        {dirty && <span className="unit__unsaved">{t('editor.unsaved')}</span>}
        {row.saving && <span className="muted">{t('editor.saving')}</span>}
        {lastChange && <span className="unit__last-change muted">{lastChange}</span>}
      </div>
      {editing && (
        <p className="unit__presence" role="status">
          <span className="unit__presence-dot" aria-hidden="true" />
          {editing}
        </p>
      )}
      {unit.state === 'needs-review' && (abilities.translate || abilities.review) && (
        <p className="unit__hint field__hint">
          {abilities.review ? t('editor.sourceChange.hintReviewer') : t('editor.sourceChange.hintTranslator')}
        </p>
      )}
      {abilities.translate ? (
        <textarea
          ref={registerTextarea}
          className="unit__textarea"
          aria-label={t('editor.translation')}
          lang={lang}
          dir={dir}
          rows={2}
          value={row.draft}
          onChange={(event) => actions.edit(unit.id, event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => actions.focused(unit.id)}
          onBlur={() => actions.blurred(unit.id)}
        />
      ) : (
        <ReadOnlyTarget target={unit.target} lang={lang} dir={dir} />
      )}
      {abilities.translate && sourceCodes.length > 0 && (
        <FormattingMenu text={row.draft} sourceCodes={sourceCodes} textarea={() => textarea.current} onChange={(draft) => actions.edit(unit.id, draft)} />
      )}
      {abilities.translate && active && (
        <MemoryMatches projectId={projectId} unit={unit} source={{ lang: sourceLang, dir: sourceDir }} target={{ lang, dir }} onUse={useMatch} />
      )}
      {row.remote && !row.conflict && <RemoteChangeNotice theirs={row.remote} />}
      {row.conflict && (
        <ConflictNotice
          theirs={row.conflict}
          lang={lang}
          dir={dir}
          onUseTheirs={() => actions.useTheirs(unit.id)}
          onKeepMine={() => actions.keepMine(unit.id)}
        />
      )}
      {row.error !== null && <ErrorFor error={row.error} />}
      <QaWarnings findings={findings} draft={dirty} />
      <div className="unit__actions actions">
        {abilities.translate && (
          <button
            type="button"
            className="button button--small button--primary"
            disabled={!canSave(row)}
            aria-busy={row.saving}
            onClick={() => actions.save(unit.id)}
          >
            {t('editor.save')}
          </button>
        )}
        {abilities.review && isReviewable(unit) && !row.conflict && (
          <ReviewActions
            projectId={projectId}
            lang={lang}
            unit={unit}
            blockedBy={dirty ? t('review.saveFirst') : null}
            ownTranslation={ownTranslation}
            onReviewed={(reviewed) => actions.reviewed(unit.id, reviewed)}
            onConflict={(current) => actions.conflicted(unit.id, current)}
          />
        )}
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={panel === 'comments'}
          aria-controls={panel === 'comments' ? `${id}-comments` : undefined}
          aria-label={t('comments.toggleLabel', { count: unit.openComments })}
          data-open-comments={unit.openComments}
          onClick={() => togglePanel('comments')}
        >
          {t('comments.toggle')}
          {unit.openComments > 0 && (
            <span className="count-badge" aria-hidden="true">
              {unit.openComments}
            </span>
          )}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={panel === 'history'}
          aria-controls={panel === 'history' ? `${id}-history` : undefined}
          onClick={() => togglePanel('history')}
        >
          {t('history.toggle')}
        </button>
      </div>
      <Suggestions
        projectId={projectId}
        lang={lang}
        dir={dir}
        unit={unit}
        canSuggest={abilities.translate}
        canPick={abilities.review}
        blockedBy={dirty ? t('review.saveFirst') : null}
        onSuggested={actions.remote}
        onPicked={(picked) => actions.reviewed(unit.id, picked)}
      />
      {panel === 'comments' && (
        <CommentsPanel
          id={`${id}-comments`}
          projectId={projectId}
          lang={lang}
          unitId={unit.id}
          onOpenCount={(open) => actions.commentsCounted(unit.id, open)}
        />
      )}
      {panel === 'history' && (
        <HistoryPanel
          id={`${id}-history`}
          projectId={projectId}
          lang={lang}
          dir={dir}
          unitId={unit.id}
          revision={unit.revision}
        />
      )}
    </>
  );
}

/** Someone else saved this unit while the draft here was unsaved: the draft stays, the next save shows both. */
function RemoteChangeNotice({ theirs }: { theirs: EditorUnit }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--conflict unit__remote" role="status">
      {theirs.updatedBy ? t('live.savedMeanwhile', { user: theirs.updatedBy }) : t('live.savedMeanwhileAnonymous')}
    </p>
  );
}

function ReadOnlyTarget({ target, lang, dir }: { target: EditorUnit['target']; lang: string; dir: 'ltr' | 'rtl' }) {
  const { t } = useTranslation();
  return contentText(target).trim() ? (
    <p className="unit__readonly" lang={lang} dir={dir}>
      <SourceText content={target} />
    </p>
  ) : (
    <p className="unit__readonly muted">{t('editor.noTranslationYet')}</p>
  );
}
