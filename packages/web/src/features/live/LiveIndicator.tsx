import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './useLiveStream.ts';

/** A small dot and word: whether this page receives other people's changes as they happen. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`live-indicator live-indicator--${status}`} role="status" title={t(`live.status.${status}Hint`)} data-live={status}>
      <span className="live-indicator__dot" aria-hidden="true" />
      {t(`live.status.${status}`)}
    </span>
  );
}
