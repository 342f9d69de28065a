import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { EditorUnit, ReviewRequest } from '@tessera/core/contract';
import { ApiError, client } from '../../api/index.ts';
import { errorMessage } from '../../i18n/index.ts';
import { ErrorNotice } from '../../ui/index.ts';
import { useQaText } from '../qa/index.ts';

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

/**
 * Approve and Reject for one unit; Reject opens a small form that asks why. An error of the
 * quality checks disables Approve; a warning makes Approve ask why the translation is right as it is.
 */
export function ReviewActions({ projectId, lang, unit, blockedBy, ownTranslation, onReviewed, onConflict }: ReviewActionsProps) {
  const { t } = useTranslation();
  const qa = useQaText();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [comment, setComment] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [busy, setBusy] = useState(false);
  /** `'reason'` when a rejection was sent without one, `'override'` an approval with warnings, else whatever the request threw. */
  const [failure, setFailure] = useState<unknown>(null);
  const commentField = useRef<HTMLTextAreaElement>(null);
  const overrideField = useRef<HTMLTextAreaElement>(null);
  const errors = unit.qa.filter((finding) => finding.severity === 'error');
  const warnings = unit.qa.filter((finding) => finding.severity === 'warning');

  const send = async (request: ReviewRequest) => {
    setBusy(true);
    setFailure(null);
    try {
      onReviewed(await client.review({ params: { projectId, lang, unitId: unit.id }, body: request }));
      setRejecting(false);
      setComment('');
      setOverriding(false);
      setOverrideReason('');
    } catch (error) {
      const current = error instanceof ApiError && error.status === 409 ? error.current : undefined;
      if (current) onConflict(current);
      else setFailure(error);
      // The server found warnings this page had not shown yet: ask for the reason.
      if (error instanceof ApiError && error.code === 'review.reason-required') setOverriding(true);
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

  const approve = () => {
    if (warnings.length === 0) return void send({ decision: 'approve', baseRevision: unit.revision });
    setRejecting(false);
    setFailure(null);
    setOverriding(true);
  };

  const approveOverriding = (event: FormEvent) => {
    event.preventDefault();
    if (!overrideReason.trim()) {
      setFailure('override');
      overrideField.current?.focus();
      return;
    }
    void send({ decision: 'approve', baseRevision: unit.revision, overrideReason: overrideReason.trim() });
  };

  const disabled = busy || blockedBy !== null;
  const fourEyes = ownTranslation && unit.state !== 'approved';
  const qaBlocks = errors.length > 0 && unit.state !== 'approved';
  return (
    <>
      <button
        type="button"
        className="button button--small button--approve"
        data-shortcut="approve"
        disabled={disabled || unit.state === 'approved' || fourEyes || qaBlocks}
        title={blockedBy ?? (fourEyes ? t('review.ownTranslation') : undefined)}
        aria-describedby={fourEyes ? `${id}-own` : qaBlocks ? `${id}-qa` : undefined}
        aria-expanded={warnings.length > 0 ? overriding : undefined}
        aria-controls={overriding ? `${id}-override` : undefined}
        onClick={approve}
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
          setOverriding(false);
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
      {overriding && (
        <form id={`${id}-override`} className="override-form" onSubmit={approveOverriding} noValidate>
          <label htmlFor={`${id}-override-reason`}>{t('review.override.reason')}</label>
          <textarea
            id={`${id}-override-reason`}
            ref={overrideField}
            rows={2}
            required
            autoFocus
            value={overrideReason}
            aria-describedby={`${id}-override-hint`}
            onChange={(e) => setOverrideReason(e.target.value)}
          />
          <p className="field__hint" id={`${id}-override-hint`}>
            {t('review.override.hint', { count: warnings.length, checks: qa.names(warnings.map((w) => w.check)) })}
          </p>
          <div className="actions">
            <button type="submit" className="button button--small button--approve" disabled={busy}>
              {t('review.override.send')}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setOverriding(false)}>
              {t('review.cancel')}
            </button>
          </div>
        </form>
      )}
      {qaBlocks && (
        <span className="review__qa field__hint" id={`${id}-qa`}>
          {t('review.qaErrors', { count: errors.length })}
        </span>
      )}
      {fourEyes && (
        <span className="review__own field__hint" id={`${id}-own`}>
          {t('review.ownTranslation')}
        </span>
      )}
      {failure !== null && (
        <ErrorNotice
          message={failure === 'reason' ? t('review.reasonRequired') : failure === 'override' ? t('review.override.required') : errorMessage(failure)}
        />
      )}
    </>
  );
}
