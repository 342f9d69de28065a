import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { EditorUnit, ReviewRequest } from '@tessera/core/contract';
import { ApiError, client } from '../../api/index.ts';
import { errorMessage } from '../../i18n/index.ts';
import { ErrorNotice } from '../../ui/index.ts';

interface ReviewActionsProps {
  projectId: number;
  lang: string;
  unit: EditorUnit;
  /** Set while the row has an unsaved edit: a review judges the saved text, so save first. */
  blockedBy: string | null;
  /** The signed-in user wrote the current text and the language keeps four-eyes review: no approving it. */
  ownTranslation: boolean;
  onReviewed: (unit: EditorUnit) => void;
  /** A 409: someone changed the unit since this page loaded it. */
  onConflict: (current: EditorUnit) => void;
}

/** Whether a unit has a translation a reviewer can judge. */
export function isReviewable(unit: EditorUnit): boolean {
  return unit.translate && unit.state !== 'untranslated' && contentText(unit.target).trim() !== '';
}

/** Approve and Reject for one unit; Reject opens a small form that asks why. */
export function ReviewActions({ projectId, lang, unit, blockedBy, ownTranslation, onReviewed, onConflict }: ReviewActionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  /** `'reason'` when a rejection was sent without one, else whatever the request threw. */
  const [failure, setFailure] = useState<unknown>(null);
  const commentField = useRef<HTMLTextAreaElement>(null);

  const send = async (request: ReviewRequest) => {
    setBusy(true);
    setFailure(null);
    try {
      onReviewed(await client.review({ params: { projectId, lang, unitId: unit.id }, body: request }));
      setRejecting(false);
      setComment('');
    } catch (error) {
      const current = error instanceof ApiError && error.status === 409 ? error.current : undefined;
      if (current) onConflict(current);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setFailure('reason');
      commentField.current?.focus();
      return;
    }
    void send({ decision: 'reject', comment: comment.trim(), baseRevision: unit.revision });
  };

  const disabled = busy || blockedBy !== null;
  const fourEyes = ownTranslation && unit.state !== 'approved';
  return (
    <>
      <button
        type="button"
        className="button button--small button--approve"
        data-shortcut="approve"
        disabled={disabled || unit.state === 'approved' || fourEyes}
        title={blockedBy ?? (fourEyes ? t('review.ownTranslation') : undefined)}
        aria-describedby={fourEyes ? `${id}-own` : undefined}
        onClick={() => void send({ decision: 'approve', baseRevision: unit.revision })}
      >
        {t('review.approve')}
      </button>
      <button
        type="button"
        className="button button--small button--reject"
        data-shortcut="reject"
        disabled={disabled}
        title={blockedBy ?? undefined}
        aria-expanded={rejecting}
        aria-controls={rejecting ? `${id}-form` : undefined}
        onClick={() => {
          setRejecting((open) => !open);
          setFailure(null);
        }}
      >
        {t('review.reject')}
      </button>
      {rejecting && (
        <form id={`${id}-form`} className="reject-form" onSubmit={reject} noValidate>
          <label htmlFor={`${id}-comment`}>{t('review.reason')}</label>
          <textarea
            id={`${id}-comment`}
            ref={commentField}
            rows={2}
            required
            autoFocus
            value={comment}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setComment(e.target.value)}
          />
          <p className="field__hint" id={`${id}-hint`}>
            {t('review.reasonHint')}
          </p>
          <div className="actions">
            <button type="submit" className="button button--small button--reject" disabled={busy}>
              {t('review.send')}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setRejecting(false)}>
              {t('review.cancel')}
            </button>
          </div>
        </form>
      )}
      {fourEyes && (
        <span className="review__own field__hint" id={`${id}-own`}>
          {t('review.ownTranslation')}
        </span>
      )}
      {failure !== null && (
        <ErrorNotice message={failure === 'reason' ? t('review.reasonRequired') : errorMessage(failure)} />
      )}
    </>
  );
}
