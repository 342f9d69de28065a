import { useTranslation } from 'react-i18next';
import type { LanguageProgress } from '@tessera/core/contract';
import { share, stack } from './bar.ts';

/**
 * Approved, translated, to-review and rejected units as one stacked bar, with the figures written
 * out beside it (“3 of 10 approved, 5 translated, 2 units to review”). `translated` counts units
 * waiting for a first review; `needsReview` those whose source changed since they were translated.
 */
export function ProgressBar({ progress, label }: { progress: Omit<LanguageProgress, 'lang'>; label?: string }) {
  const { t } = useTranslation();
  const { total, approved, translated, needsReview, rejected } = progress;
  const summary =
    needsReview > 0
      ? t('progress.summaryWithReview', { approved, total, translated, needsReview })
      : t('progress.summary', { approved, total, translated });
  const [translatedWidth = 0, needsReviewWidth = 0, rejectedWidth = 0] = stack(Math.max(0, total - approved), [translated, needsReview, rejected]);
  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-label={label ?? t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={approved}
        aria-valuetext={summary}
      >
        <span className="progress__part progress__part--approved" style={{ width: share(approved, total) }} />
        <span className="progress__part progress__part--translated" style={{ width: share(translatedWidth, total) }} />
        <span className="progress__part progress__part--needs-review" style={{ width: share(needsReviewWidth, total) }} />
        <span className="progress__part progress__part--rejected" style={{ width: share(rejectedWidth, total) }} />
      </div>
      <p className="progress__text">{summary}</p>
    </div>
  );
}
