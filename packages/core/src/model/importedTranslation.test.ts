import { describe, expect, it } from 'vitest';
import { importedTranslation } from './importedTranslation.ts';

const translator = { userId: 1, mayReview: false, selfReview: false };
const reviewer = { userId: 2, mayReview: true, selfReview: false };
const soloReviewer = { userId: 2, mayReview: true, selfReview: true };

describe('importedTranslation', () => {
  it.each([
    ['unchanged text and state change nothing', { text: 'a', state: 'translated' }, { text: 'a', state: 'translated', authorId: 1 }, translator, null],
    ['new text from a translator is translated, and theirs', { text: 'b', state: 'approved' }, { text: 'a', state: 'approved', authorId: 3 }, translator, { state: 'translated', authorId: 1 }],
    ['a translator cannot approve through a file', { text: 'a', state: 'approved' }, { text: 'a', state: 'translated', authorId: 3 }, translator, null],
    ['a reviewer approves someone else’s text through a file', { text: 'a', state: 'approved' }, { text: 'a', state: 'translated', authorId: 1 }, reviewer, { state: 'approved', authorId: 1 }],
    ['a reviewer’s own new text is not approved by their own file', { text: 'b', state: 'approved' }, { text: 'a', state: 'translated', authorId: 1 }, reviewer, { state: 'translated', authorId: 2 }],
    ['unless self-review is allowed', { text: 'b', state: 'approved' }, { text: 'a', state: 'translated', authorId: 1 }, soloReviewer, { state: 'approved', authorId: 2 }],
    ['an emptied target is untranslated, with no author', { text: '', state: 'translated' }, { text: 'a', state: 'approved', authorId: 1 }, reviewer, { state: 'untranslated', authorId: null }],
    ['a reviewer’s file can reject', { text: 'a', state: 'rejected' }, { text: 'a', state: 'translated', authorId: 1 }, reviewer, { state: 'rejected', authorId: 1 }],
  ] as const)('%s', (_name, file, current, importer, expected) => {
    expect(importedTranslation({ file, current, importer })).toEqual(expected);
  });
});
