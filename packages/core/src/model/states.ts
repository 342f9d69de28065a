/**
 * The life of one unit's translation into one language. `needs-review`: the translation was kept
 * when its source changed (or units were merged or split), and someone must check it.
 */
export const TRANSLATION_STATES = ['untranslated', 'translated', 'needs-review', 'approved', 'rejected'] as const;
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

/**
 * What a change of the source does to a translation: a typo fix keeps every state; a change of
 * meaning sends every translation that has text to `needs-review`.
 */
export function stateAfterSourceChange(from: TranslationState, change: 'typo' | 'meaning'): TranslationState {
  if (change === 'typo' || from === 'untranslated') return from;
  return 'needs-review';
}
