import type { Content, InlineCode } from './document.ts';
import { targetWithSourceCodes } from './contentEditing.ts';
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

/**
 * A translation read from a file (XLIFF), as it is stored: its inline codes are the source's,
 * matched by kind and id, so a file says where the source's formatting goes but never what it is
 * (a link's address, any attribute or name of a code); codes the source does not have are dropped.
 * `foreignCodes`: the file's codes said something else — other attributes or names, or codes the
 * source does not have. A code that says nothing (no name, no attributes, as some tools write
 * them) is only placed, not counted as saying something else.
 */
export function importedTarget(fileTarget: Content, source: Content): { target: Content; foreignCodes: boolean } {
  const codes = new Map(source.filter((p): p is InlineCode => typeof p !== 'string').map((c) => [`${c.kind}:${c.id}`, c]));
  const foreignCodes = fileTarget.some((part) => {
    if (typeof part === 'string') return false;
    const own = codes.get(`${part.kind}:${part.id}`);
    if (own === undefined) return true;
    if (part.name !== '' && part.name !== own.name) return true;
    return part.attrs !== undefined && !sameAttrs(part.attrs, own.attrs ?? {});
  });
  return { target: targetWithSourceCodes(fileTarget, source), foreignCodes };
}

function sameAttrs(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
