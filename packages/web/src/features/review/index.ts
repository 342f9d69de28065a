export { ReviewActions, isReviewable } from './ReviewActions.tsx';
export { BlockApprove } from './BlockApprove.tsx';
export { summarizeBatch, type BatchSummary, type SkipReason } from './batch.ts';
