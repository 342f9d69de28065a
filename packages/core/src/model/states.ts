/** The life of one unit's translation into one language. */
export const TRANSLATION_STATES = ['untranslated', 'translated', 'approved', 'rejected'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export type ReviewDecision = 'approve' | 'reject';

/** The state a review decision leads to, or null when the decision is not allowed from `from`. */
export function stateAfterReview(from: TranslationState, decision: ReviewDecision): TranslationState | null {
  if (from === 'untranslated') return null;
  return decision === 'approve' ? 'approved' : 'rejected';
}

/** Saving a translation always makes it `translated` (or `untranslated` when it was emptied). */
export function stateAfterSave(text: string): TranslationState {
  return text.trim() === '' ? 'untranslated' : 'translated';
}
