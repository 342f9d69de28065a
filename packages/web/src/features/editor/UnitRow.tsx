import { memo, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorUnit } from '@tessera/core/contract';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, TextDiff } from '../../ui/index.ts';
import type { Abilities } from '../auth/index.ts';
import { HistoryPanel } from '../history/index.ts';
import { ReviewActions, isReviewable } from '../review/index.ts';
import type { SourceFacts } from './blocks.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { canSave, isDirty, sourceChangeOf, type RowState } from './rows.ts';
import { SourceText } from './SourceText.tsx';
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
}

export const UnitRow = memo(function UnitRow(props: UnitRowProps) {
  const { row, blockKind, startsBlock, projectId, sourceLang, sourceDir, sourceLabel, targetLabel, abilities, actions, facts } = props;
  const { unit } = row;
  const change = sourceChangeOf(unit);
  return (
    <tr
      className={`unit unit--${blockKind}${startsBlock ? ' unit--starts-block' : ''}`}
      data-unit-id={unit.id}
      data-state={unit.state}
      data-dirty={isDirty(row) || undefined}
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

function TargetCell({ row, projectId, lang, dir, abilities, actions }: UnitRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [historyOpen, setHistoryOpen] = useState(false);
  const { unit } = row;
  const dirty = isDirty(row);

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

  return (
    <>
      <div className="unit__status">
        <StateBadge state={unit.state} />
        {dirty && <span className="unit__unsaved">{t('editor.unsaved')}</span>}
        {row.saving && <span className="muted">{t('editor.saving')}</span>}
        {lastChange && <span className="unit__last-change muted">{lastChange}</span>}
      </div>
      {unit.state === 'needs-review' && (abilities.translate || abilities.review) && (
        <p className="unit__hint field__hint">
          {abilities.review ? t('editor.sourceChange.hintReviewer') : t('editor.sourceChange.hintTranslator')}
        </p>
      )}
      {abilities.translate ? (
        <textarea
          ref={(element) => actions.registerTextarea(unit.id, element)}
          className="unit__textarea"
          aria-label={t('editor.translation')}
          lang={lang}
          dir={dir}
          rows={2}
          value={row.draft}
          onChange={(event) => actions.edit(unit.id, event.target.value)}
          onKeyDown={onKeyDown}
        />
      ) : (
        <ReadOnlyTarget text={row.draft} lang={lang} dir={dir} />
      )}
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
            onReviewed={(reviewed) => actions.reviewed(unit.id, reviewed)}
            onConflict={(current) => actions.conflicted(unit.id, current)}
          />
        )}
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={historyOpen}
          aria-controls={historyOpen ? `${id}-history` : undefined}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t('history.toggle')}
        </button>
      </div>
      {historyOpen && (
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

function ReadOnlyTarget({ text, lang, dir }: { text: string; lang: string; dir: 'ltr' | 'rtl' }) {
  const { t } = useTranslation();
  return text ? (
    <p className="unit__readonly" lang={lang} dir={dir}>
      {text}
    </p>
  ) : (
    <p className="unit__readonly muted">{t('editor.noTranslationYet')}</p>
  );
}
