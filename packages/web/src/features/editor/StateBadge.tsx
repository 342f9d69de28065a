import { useTranslation } from 'react-i18next';
import type { TranslationState } from '@tessera/core';

export function StateBadge({ state }: { state: TranslationState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${state}`}>{t(`states.${state}`)}</span>;
}
