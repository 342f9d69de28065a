import { useTranslation } from 'react-i18next';
import type { SourceNormalizationView } from '@tessera/core/contract';

/** What importing a statement cleaned (page breaks made paragraph breaks, control characters removed); nothing when it cleaned nothing. */
export function StatementCleaning({ normalized }: { normalized: SourceNormalizationView | undefined }) {
  const { t } = useTranslation();
  if (!normalized || (normalized.removed === 0 && normalized.formFeeds === 0)) return null;
  return (
    <div className="notice" role="status" data-testid="statement-cleaning">
      <p>{t('statementCleaning.title')}</p>
      <ul>
        {normalized.formFeeds > 0 && <li>{t('statementCleaning.formFeeds', { count: normalized.formFeeds })}</li>}
        {normalized.removed > 0 && <li>{t('statementCleaning.removed', { count: normalized.removed })}</li>}
      </ul>
    </div>
  );
}
