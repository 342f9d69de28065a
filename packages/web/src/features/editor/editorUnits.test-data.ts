/** Editor units for the editor's tests. */
import type { EditorUnit } from '@tessera/core/contract';

/** A unit to translate, translated when `text` is not empty. */
export function unit(id: number, text: string, revision: number, overrides: Partial<EditorUnit> = {}): EditorUnit {
  return {
    id,
    blockId: 1,
    blockKind: 'paragraph',
    source: [`source ${id}`],
    previousSource: null,
    authorId: null,
    selfApproved: false,
    suggestions: [],
    openComments: 0,
    latestComment: null,
    rejectionReason: null,
    qa: [],
    sameSource: [],
    machine: null,
    translate: true,
    target: text ? [text] : [],
    state: text ? 'translated' : 'untranslated',
    revision,
    updatedBy: null,
    updatedAt: null,
    ...overrides,
  };
}
