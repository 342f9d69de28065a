import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { runChecks } from '@tessera/core';
import { codesOf, editableToContent } from '../../content/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { useUnitTerms } from '../glossary/index.ts';
import { QaWarnings } from '../qa/index.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { useEditorActions, useEditorSettings } from './EditorContext.tsx';
import { isDirty, type RowState } from './rows.ts';
import { ReadOnlyTarget, RemoteChangeNotice } from './RowNotices.tsx';
import { RowTools } from './RowTools.tsx';
import { StateBadge } from './StateBadge.tsx';
import { TargetEditor } from './TargetEditor.tsx';

interface TargetCellProps {
  row: RowState;
  /** The unit's number in the document (“3.2”), which names its box. */
  number: string;
  /** “Ana is editing”, when someone else is editing this unit now. */
  editing: string | null;
  /** The unit being edited: it shows the memory's matches. */
  active: boolean;
}

/** The translation of one unit to be translated: its state, the box to edit it, what to know about it, and its tools. */
export function TargetCell({ row, number, editing, active }: TargetCellProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sourceLang, lang, dir, abilities } = useEditorSettings();
  const actions = useEditorActions();
  const { unit } = row;
  const dirty = isDirty(row);
  // The saved translation's findings come from the server; an unsaved draft is checked here, as it would be saved.
  const terms = useUnitTerms(unit.source);
  const findings = useMemo(
    () =>
      dirty
        ? runChecks(unit.source, editableToContent(row.draft.trim(), codesOf(unit.source)), sourceLang, lang, { sameSource: unit.sameSource, terms })
        : unit.qa,
    [dirty, row.draft, unit.source, unit.qa, unit.sameSource, terms, sourceLang, lang],
  );

  const lastChange =
    unit.updatedAt &&
    (unit.updatedBy
      ? t('editor.lastChange', { user: unit.updatedBy, date: format.dateTime(unit.updatedAt) })
      : t('editor.lastChangeAnonymous', { date: format.dateTime(unit.updatedAt) }));

  return (
    <>
      <div className="unit__status">
        <StateBadge state={unit.state} />
        {unit.state === 'approved' && unit.selfApproved && (
          <span className="badge badge--self-approved" title={t('review.selfApprovedHint')}>
            {t('review.selfApproved')}
          </span>
        )}
        {unit.machine && (
          <span className="badge badge--machine" title={t('machine.badgeHint')}>
            {t('machine.badge', { engine: unit.machine })}
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
      {abilities.translate ? <TargetEditor row={row} number={number} active={active} /> : <ReadOnlyTarget target={unit.target} lang={lang} dir={dir} />}
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
      <RowTools row={row} />
    </>
  );
}
