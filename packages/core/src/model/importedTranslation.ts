import type { TranslationState } from './states.ts';

export interface ImportedTranslationInput {
  /** What the file says. */
  file: { text: string; state: TranslationState };
  /** What the project has. */
  current: { text: string; state: TranslationState; authorId: number | null };
  /** Who imports, and what they may do in the language. */
  importer: { userId: number | null; mayReview: boolean; selfReview: boolean };
}

/**
 * What a translation in an imported file does to the unit: null when nothing changes. New text is
 * the importer's; a file's approval counts only from someone who may review, and never for their
 * own text unless self-review is allowed (four-eyes); otherwise changed text is `translated`.
 */
export function importedTranslation({ file, current, importer }: ImportedTranslationInput): { state: TranslationState; authorId: number | null } | null {
  const sameText = file.text === current.text;
  const authorId = sameText ? current.authorId : file.text === '' ? null : importer.userId;
  const ownText = authorId !== null && authorId === importer.userId;
  const mayTakeFileState = importer.mayReview && (!ownText || importer.selfReview);
  let state: TranslationState;
  if (file.text === '') state = 'untranslated';
  else if (file.state !== 'untranslated' && mayTakeFileState) state = file.state;
  else if (sameText) state = current.state;
  else state = 'translated';
  return sameText && state === current.state ? null : { state, authorId };
}
