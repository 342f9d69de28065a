import { useTranslation } from 'react-i18next';
import { qaLines } from './qaLabels.ts';

interface QaWarningsProps {
  findings: readonly { check: string; message: string }[];
  /** The findings are for the unsaved draft (checked here), not the saved translation. */
  draft: boolean;
}

/** What the quality checks found in a translation: named in the UI language, the server's words as detail. */
export function QaWarnings({ findings, draft }: QaWarningsProps) {
  const { t } = useTranslation();
  const lines = qaLines(findings);
  if (lines.length === 0) return null;
  return (
    <div className="qa" data-qa-count={lines.length}>
      <p className="qa__title">{draft ? t('qa.titleDraft', { count: lines.length }) : t('qa.title', { count: lines.length })}</p>
      <ul className="qa__list">
        {lines.map((line) => (
          <li key={line.check} className="qa__item" data-check={line.check}>
            {line.key ? (
              <>
                <span className="qa__name">{t(line.key)}</span>{' '}
                <span className="qa__detail muted" lang="en">
                  {line.detail}
                </span>
              </>
            ) : (
              <span className="qa__name" lang="en">
                {line.detail}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
