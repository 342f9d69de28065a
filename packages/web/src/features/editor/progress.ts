import type { LanguageProgress } from '@tessera/core/contract';
import type { StateCounts } from './rows.ts';

/** Ways a server may count `translated`; the one matching the loaded figures is kept. */
const translatedCounts: ((c: StateCounts) => number)[] = [
  (c) => c.translated,
  (c) => c.translated + c.approved,
  (c) => c.translated + c.approved + c.rejected,
];

/**
 * The progress to show after changes made on this page: the server's figures at load time,
 * moved by the difference between the states then and now. The total never changes here.
 */
export function currentProgress(base: LanguageProgress, atLoad: StateCounts, now: StateCounts): LanguageProgress {
  const translated = translatedCounts.find((count) => count(atLoad) === base.translated) ?? translatedCounts[0]!;
  return {
    ...base,
    approved: base.approved + now.approved - atLoad.approved,
    rejected: base.rejected + now.rejected - atLoad.rejected,
    translated: base.translated + translated(now) - translated(atLoad),
  };
}
