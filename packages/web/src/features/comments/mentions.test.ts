import { describe, expect, it } from 'vitest';
import { findMentions } from '@tessera/core';
import { insertMention, matchingNames, mentionQueryAt, splitMentions } from './mentions.ts';

describe('splitMentions', () => {
  it('marks each @handle, leaving e-mail addresses and trailing punctuation alone', () => {
    expect(splitMentions('@translator please check, and ask @AnaLima. Mail ana@example.org')).toEqual([
      { kind: 'mention', text: '@translator' },
      { kind: 'text', text: ' please check, and ask ' },
      { kind: 'mention', text: '@AnaLima' },
      { kind: 'text', text: '. Mail ana@example.org' },
    ]);
  });

  it('handles non-Latin names and bodies without mentions', () => {
    expect(splitMentions('@佐藤 この用語を確認してください')).toEqual([
      { kind: 'mention', text: '@佐藤' },
      { kind: 'text', text: ' この用語を確認してください' },
    ]);
    expect(splitMentions('No mention here.')).toEqual([{ kind: 'text', text: 'No mention here.' }]);
    expect(splitMentions('Ask @[Ana Lima], please')).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'mention', text: '@[Ana Lima]' },
      { kind: 'text', text: ', please' },
    ]);
    expect(splitMentions('')).toEqual([]);
  });
});

describe('mention completion', () => {
  it('finds the handle being typed at the caret', () => {
    expect(mentionQueryAt('Please ask @An', 14)).toEqual({ start: 11, query: 'An' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail ana@exa', 12)).toBeNull();
    expect(mentionQueryAt('@Ana done', 9)).toBeNull();
    expect(mentionQueryAt('Ask @[Ana Li', 12)).toEqual({ start: 4, query: 'Ana Li' });
    expect(mentionQueryAt('Ask @[Ana Lima] now', 19)).toBeNull();
  });

  it('offers the names that fit, by any word', () => {
    const names = ['Demo Translator', 'Demo Reviewer', 'Ana Lima', 'Anaïs Petit'];
    expect(matchingNames(names, 'an')).toEqual(['Ana Lima', 'Anaïs Petit']);
    expect(matchingNames(names, 'rev')).toEqual(['Demo Reviewer']);
    expect(matchingNames(names, '')).toEqual(['Ana Lima', 'Anaïs Petit', 'Demo Reviewer', 'Demo Translator']);
    expect(matchingNames(names, 'demotr')).toEqual(['Demo Translator']);
  });

  it('writes the chosen name as a handle the server reads as that member', () => {
    const done = insertMention('Please ask @An about this', 11, 14, 'Ana Lima');
    expect(done).toEqual({ text: 'Please ask @[Ana Lima] about this', caret: 23 });
    expect(insertMention('@[Ana L', 0, 7, 'Ana Lima')).toEqual({ text: '@[Ana Lima] ', caret: 12 });
    expect(insertMention('@[Ana L] ok', 0, 7, 'Ana Lima')).toEqual({ text: '@[Ana Lima] ok', caret: 12 });
    expect(insertMention('@ke', 0, 3, 'Kenji')).toEqual({ text: '@Kenji ', caret: 7 });
    const people = [
      { id: 1, name: 'Ana Lima', email: 'ana@example.org' },
      { id: 2, name: 'Ana Souza', email: 'souza@example.org' },
    ];
    expect(findMentions(done.text, people).map((p) => p.id)).toEqual([1]);
  });
});
