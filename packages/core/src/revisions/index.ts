export { alignRevisions, similarity, typographyKey, EDIT_SIMILARITY, type Alignment, type OldUnit, type RevisionAlignment } from './align.ts';
export { diffWords, type DiffPart } from './textDiff.ts';
export { matchSequences } from './sequenceDiff.ts';
export { planRevision, type RevisionPlan, type RevisionSummary, type RevisionChange, type UnitInForce } from './plan.ts';
