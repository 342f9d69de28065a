import { firstUnstorable, firstUnstorableInContent, type Content } from '@tessera/core';
import { ServiceError } from './errors.ts';

/** Where a refused text was: the field, and the unit when there is one (a project's id, or an uploaded file's unit id). */
export interface TextPlace {
  field: string;
  unitId?: number | string;
}

function unstorable(place: TextPlace, found: { index: number; character: string }, what = 'The text'): ServiceError {
  const unit = place.unitId === undefined ? '' : ` of unit ${place.unitId}`;
  return new ServiceError(
    422,
    'text.unstorable',
    `${what}${unit} (${place.field}) holds a character that cannot be stored (${found.character}, character ${found.index + 1}). Remove it and send it again; nothing was changed.`,
    { ...place, position: found.index, character: found.character },
  );
}

/** Refuses (422 `text.unstorable`) text that holds a character Tessera does not store (see core's storableText). */
export function requireStorableText(text: string, place: TextPlace): void {
  const found = firstUnstorable(text);
  if (found) throw unstorable(place, found);
}

/** The same for a content: its text (the position counts over the unit's text) and its inline codes. */
export function requireStorableContent(content: Content, place: TextPlace): void {
  const found = firstUnstorableInContent(content);
  if (!found) return;
  if (found.field === 'text') throw unstorable(place, found);
  throw unstorable({ ...place, field: `${place.field}.${found.part}.${found.field}` }, found, 'An inline code');
}
