import type { LanguageProgress } from '@tessera/core/contract';
import type { StateCounts } from './rows.ts';

/**
 * The progress to show after changes made on this page: the server's figures at load time,
 * moved by the difference between the states then and now. The total never changes here.
 */
export function currentProgress(base: LanguageProgress, atLoad: StateCounts, now: StateCounts): LanguageProgress {
  return {
    ...base,
    translated: base.translated + now.translated - atLoad.translated,
    needsReview: base.needsReview + now['needs-review'] - atLoad['needs-review'],
    approved: base.approved + now.approved - atLoad.approved,
    rejected: base.rejected + now.rejected - atLoad.rejected,
  };
}
