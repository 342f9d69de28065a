import { describe, expect, it } from 'vitest';
import type { Content } from './document.ts';
import { importedTarget, importedTranslation } from './importedTranslation.ts';

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

describe('importedTarget', () => {
  const source: Content = ['Read ', { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/draft' } }, 'the draft', { kind: 'close', id: '1', name: 'a' }, '.', { kind: 'standalone', id: '2', name: 'br' }];
  const link = (attrs?: Record<string, string>, name = 'a') => ({ kind: 'open' as const, id: '1', name, ...(attrs ? { attrs } : {}) });
  const close = { kind: 'close' as const, id: '1', name: 'a' };

  it('keeps the source’s codes where the file places them', () => {
    const file: Content = ['Lisez ', link({ href: 'https://example.org/draft' }), 'le projet', close, '.'];
    expect(importedTarget(file, source)).toEqual({ target: file, foreignCodes: false });
  });

  it.each<[string, Content]>([
    ['another link address', ['Lisez ', link({ href: 'https://evil.example/' }), 'le projet', close, '.']],
    ['an added attribute', ['Lisez ', link({ href: 'https://example.org/draft', onclick: 'x()' }), 'le projet', close, '.']],
    ['a dropped attribute', ['Lisez ', link({}), 'le projet', close, '.']],
    ['another name', ['Lisez ', link({ href: 'https://example.org/draft' }, 'img'), 'le projet', close, '.']],
  ])('takes the source’s code instead of one with %s, and says so', (_name, file) => {
    expect(importedTarget(file, source)).toEqual({ target: ['Lisez ', source[1], 'le projet', close, '.'], foreignCodes: true });
  });

  it('drops a code the source does not have (a forged link), and says so', () => {
    const forged: Content = ['Lisez ', { kind: 'open', id: '9', name: 'a', attrs: { href: 'https://evil.example/' } }, 'ceci', { kind: 'close', id: '9', name: 'a' }, '.'];
    expect(importedTarget(forged, source)).toEqual({ target: ['Lisez ceci.'], foreignCodes: true });
  });

  it('places a code that says nothing (no name, no attributes) as the source’s, without a warning', () => {
    expect(importedTarget(['Lisez ', { kind: 'open', id: '1', name: '' }, 'ceci', { kind: 'close', id: '1', name: '' }], source)).toEqual({
      target: ['Lisez ', source[1], 'ceci', close],
      foreignCodes: false,
    });
  });
});
