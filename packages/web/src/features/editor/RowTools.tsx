import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from '../comments/index.ts';
import { HistoryPanel } from '../history/index.ts';
import { ReviewActions, isReviewable } from '../review/index.ts';
import { Suggestions } from '../suggestions/index.ts';
import { useEditorActions, useEditorSettings } from './EditorContext.tsx';
import { canSave, isDirty, type RowState } from './rows.ts';

/** Under a translation: save, review, suggestions, and the unit's comments and history. */
export function RowTools({ row }: { row: RowState }) {
  const { t } = useTranslation();
  const id = useId();
  const { projectId, lang, dir, abilities, selfId, selfReview } = useEditorSettings();
  const actions = useEditorActions();
  const [panel, setPanel] = useState<'history' | 'comments' | null>(null);
  const { unit } = row;
  const dirty = isDirty(row);
  const ownTranslation = unit.authorId !== null && unit.authorId === selfId && !selfReview;
  const togglePanel = (which: 'history' | 'comments') => setPanel((open) => (open === which ? null : which));

  return (
    <>
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
          data-shortcut="comments"
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
          onOpenChanged={(open, latest) => actions.commentsChanged(unit.id, open, latest)}
        />
      )}
      {panel === 'history' && (
        <HistoryPanel id={`${id}-history`} projectId={projectId} lang={lang} dir={dir} unitId={unit.id} revision={unit.revision} />
      )}
    </>
  );
}
