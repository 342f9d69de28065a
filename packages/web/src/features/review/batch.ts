import type { BatchApproveResult } from '@tessera/core/contract';

export type SkipReason = BatchApproveResult['skipped'][number]['reason'];

/** Why units were skipped, in the order a reviewer acts on them: checks to fix first. */
const REASON_ORDER: readonly SkipReason[] = ['qa', 'own-translation', 'nothing-to-review'];

export interface BatchSummary {
  approved: number;
  /** Skipped units counted by reason, most actionable first; reasons with none are left out. */
  skipped: { reason: SkipReason; count: number }[];
}

/** What a paragraph approval did, counted for a short report. */
export function summarizeBatch(result: BatchApproveResult): BatchSummary {
  const counts = new Map<SkipReason, number>();
  for (const { reason } of result.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return {
    approved: result.approved.length,
    skipped: REASON_ORDER.flatMap((reason) => {
      const count = counts.get(reason) ?? 0;
      return count > 0 ? [{ reason, count }] : [];
    }),
  };
}
