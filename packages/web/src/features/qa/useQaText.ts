import { useTranslation } from 'react-i18next';
import type { QaIssue } from '@tessera/core/contract';
import { useFormat } from '../../i18n/index.ts';
import { checkNameKey, messageValues } from './qaMessage.ts';

/** A check's name and a finding's message in the UI language (a check this app does not know yet: its id). */
export function useQaText() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  // Keys built from the check's id: `qa.checks.` is a dynamic prefix of the catalogue test.
  const name = (check: string) => t(checkNameKey(check) as 'qa.title', { defaultValue: check });
  return {
    name,
    /** Several checks' names, joined as the UI language joins a list. */
    names: (checks: readonly string[]) => String(messageValues({ checks: checks.map(name) }, locale).checks),
    message: (finding: QaIssue) => t(finding.message.key as 'qa.title', { ...messageValues(finding.message.values, locale), defaultValue: '' }),
  };
}
