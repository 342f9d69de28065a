import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/index.ts';

/** A failure, announced to screen readers as it appears. */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** The message for `error` (an ApiError or anything thrown), in the UI language. */
export function ErrorFor({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  useTranslation(); // re-render on language change
  return <ErrorNotice message={errorMessage(error)} {...(onRetry ? { onRetry } : {})} />;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
