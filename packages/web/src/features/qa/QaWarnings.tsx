import { useTranslation } from 'react-i18next';
import type { QaIssue } from '@tessera/core/contract';
import { useQaText } from './useQaText.ts';

interface QaWarningsProps {
  findings: readonly QaIssue[];
  /** The findings are for the unsaved draft (checked here), not the saved translation. */
  draft: boolean;
}

/** What the quality checks found in a translation, each finding with its severity, in the UI language. */
export function QaWarnings({ findings, draft }: QaWarningsProps) {
  const { t } = useTranslation();
  const qa = useQaText();
  if (findings.length === 0) return null;
  const errors = findings.some((finding) => finding.severity === 'error');
  return (
    <div className={errors ? 'qa qa--error' : 'qa'} data-qa-count={findings.length}>
      <p className="qa__title">{draft ? t('qa.titleDraft', { count: findings.length }) : t('qa.title', { count: findings.length })}</p>
      <ul className="qa__list">
        {findings.map((finding) => (
          <li key={finding.check} className={`qa__item qa__item--${finding.severity}`} data-check={finding.check} data-severity={finding.severity}>
            <span className="qa__severity">{finding.severity === 'error' ? t('qa.severity.error') : t('qa.severity.warning')}</span>{' '}
            <span className="qa__name">{qa.name(finding.check)}</span>{' '}
            <span className="qa__detail">{qa.message(finding)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
