import { useTranslation } from 'react-i18next';
import type { LanguageProgress } from '@tessera/core/contract';

function share(part: number, total: number): string {
  return total > 0 ? `${Math.min(100, Math.max(0, (part / total) * 100))}%` : '0%';
}

/**
 * Approved, translated and rejected units as one stacked bar, with the figures written out
 * beside it (“3 of 10 approved, 5 translated”). `translated` counts units waiting for review.
 */
export function ProgressBar({ progress, label }: { progress: Omit<LanguageProgress, 'lang'>; label?: string }) {
  const { t } = useTranslation();
  const { total, approved, translated, rejected } = progress;
  const summary = t('progress.summary', { approved, total, translated });
  const room = Math.max(0, total - approved);
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
        <span className="progress__part progress__part--translated" style={{ width: share(Math.min(translated, room), total) }} />
        <span
          className="progress__part progress__part--rejected"
          style={{ width: share(Math.min(rejected, Math.max(0, room - translated)), total) }}
        />
      </div>
      <p className="progress__text">{summary}</p>
    </div>
  );
}
