import { describe, expect, it } from 'vitest';
import type { Content, InlineCode } from '@tessera/core';
import { checkSourceEdit, cleanSourceText, editedContent, moveCaret, splitParts } from './sourceEditing.ts';

const open = (id: string, name = 'b'): InlineCode => ({ kind: 'open', id, name });
const close = (id: string, name = 'b'): InlineCode => ({ kind: 'close', id, name });

describe('editedContent', () => {
  it('is the text itself for a unit without inline codes', () => {
    expect(editedContent(['Old text.'], 'New text.')).toEqual(['New text.']);
  });

  it('keeps bold on the same word when words are added before it', () => {
    const original: Content = ['We ', open('1'), 'urge', close('1'), ' the committee.'];
    expect(editedContent(original, 'We strongly urge the committee.')).toEqual(['We strongly ', open('1'), 'urge', close('1'), ' the committee.']);
  });

  it('puts a replaced word inside the formatting of the word it replaces', () => {
    const original: Content = ['before its ', open('1'), 'second', close('1'), ' reading.'];
    expect(editedContent(original, 'before its third reading.')).toEqual(['before its ', open('1'), 'third', close('1'), ' reading.']);
  });

  it('leaves words added after a link outside it', () => {
    const original: Content = [open('a', 'a'), 'Read the statement', close('a', 'a')];
    expect(editedContent(original, 'Read the statement online')).toEqual([open('a', 'a'), 'Read the statement', close('a', 'a'), ' online']);
  });

  it('keeps a line break between the same words', () => {
    const br: InlineCode = { kind: 'standalone', id: '2', name: 'br' };
    // The text of a unit runs on across a line break: “Okafor,” and “University” touch.
    expect(editedContent(['Dr. Amara Okafor,', br, 'University of Lagos'], 'Dr. Amara Okafor,University of Lagos, Nigeria')).toEqual([
      'Dr. Amara Okafor,',
      br,
      'University of Lagos, Nigeria',
    ]);
  });

  it('keeps every code, in order, when the words they marked are gone', () => {
    const original: Content = ['Keep ', open('1'), 'this', close('1'), ' safe.'];
    const edited = editedContent(original, 'Keep safe.');
    expect(edited.filter((part) => typeof part !== 'string')).toEqual([open('1'), close('1')]);
    expect(edited.filter((part) => typeof part === 'string').join('')).toBe('Keep safe.');
  });
});

describe('checking an edit of the source', () => {
  it('puts typed text on one line without surrounding spaces', () => {
    expect(cleanSourceText('  First line\n  second line.  ')).toBe('First line second line.');
  });

  it('asks for text, for a change, and for the kind of change', () => {
    expect(checkSourceEdit(['A sentence.'], '   ', 'typo')).toBe('empty');
    expect(checkSourceEdit(['A sentence.'], ' A sentence. ', 'typo')).toBe('unchanged');
    expect(checkSourceEdit(['A sentence.'], 'A sentense.', null)).toBe('noChoice');
    expect(checkSourceEdit(['A sentense.'], 'A sentence.', 'typo')).toBeNull();
  });
});

describe('splitParts', () => {
  it('shows the two sentences a split makes, without the space between them', () => {
    expect(splitParts('First part. Second part.', 11)).toEqual({ first: 'First part.', second: 'Second part.' });
    expect(splitParts('First part. Second part.', 12)).toEqual({ first: 'First part.', second: 'Second part.' });
  });

  it('refuses a split that leaves a side without text', () => {
    expect(splitParts('Only one.', 0)).toBeNull();
    expect(splitParts('Only one.', 9)).toBeNull();
    expect(splitParts('Only one. ', 9)).toBeNull();
  });
});

describe('moveCaret', () => {
  const text = 'First part.  Second part.';

  it('moves a character at a time, within the text', () => {
    expect(moveCaret(text, 0, 'ArrowRight', false)).toBe(1);
    expect(moveCaret(text, 0, 'ArrowLeft', false)).toBe(0);
    expect(moveCaret(text, text.length, 'ArrowRight', false)).toBe(text.length);
    expect(moveCaret(text, 5, 'Home', false)).toBe(0);
    expect(moveCaret(text, 5, 'End', false)).toBe(text.length);
  });

  it('moves by word to the start of the next or previous word', () => {
    expect(moveCaret(text, 0, 'ArrowRight', true)).toBe(6);
    expect(moveCaret(text, 6, 'ArrowRight', true)).toBe(13);
    expect(moveCaret(text, 13, 'ArrowLeft', true)).toBe(6);
    expect(moveCaret(text, 8, 'ArrowLeft', true)).toBe(6);
  });

  it('follows reading order in a right-to-left text', () => {
    expect(moveCaret('שלום עולם', 0, 'ArrowLeft', false, 'rtl')).toBe(1);
    expect(moveCaret('שלום עולם', 0, 'ArrowLeft', true, 'rtl')).toBe(5);
  });
});
