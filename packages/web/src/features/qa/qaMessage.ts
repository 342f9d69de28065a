import type { QaIssue } from '@tessera/core/contract';

type Values = QaIssue['message']['values'];

/** A finding's values as its ICU message takes them: each list joined as the UI language joins one (“a, b and c”, “a、b、c”). */
export function messageValues(values: Values, locale: string): Record<string, string | number> {
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? list.format(value) : value]));
}

/** The catalogue key of a check's name (`qa.checks.<id>.name`). */
export const checkNameKey = (check: string) => `qa.checks.${check}.name`;
