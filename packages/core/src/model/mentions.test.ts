import { describe, expect, it } from 'vitest';
import { findMentions, mentionOf, replaceMentionsOf, writtenMentions } from './mentions.ts';

const people = [
  { id: 1, name: 'Ana Lima', email: 'ana.lima@example.org' },
  { id: 2, name: 'Kenji Sato', email: 'k.sato@example.org' },
  { id: 3, name: 'Ana Costa', email: 'acosta@example.org' },
  { id: 4, name: 'María José de la Cruz', email: 'mj@example.org' },
  { id: 5, name: 'فاطمة الزهراء', email: 'fatima@example.org' },
];

describe('findMentions', () => {
  it.each([
    ['@ana.lima please check', [1]],
    ['@AnaLima and @k.sato', [1, 2]],
    ['@kenji, thoughts?', [2]],
    ['@ana is ambiguous', []],
    ['mail me at someone@example.org', []],
    ['@nobody here', []],
    ['@acosta @acosta twice', [3]],
    ['@[Ana Lima] please check', [1]],
    ['ask @[María José de la Cruz], then @[Kenji Sato].', [4, 2]],
    ['@[ana  lima] folds case and spaces', [1]],
    ['@[فاطمة الزهراء] راجعي هذا', [5]],
    ['@[Ana] is ambiguous too', []],
    ['@[Nobody Here] mentions nobody', []],
    ['@[unclosed Ana Lima', []],
    ['x@[Ana Lima] is not a mention', []],
  ])('%s → %j', (body, ids) => {
    expect(findMentions(body, people).map((p) => p.id)).toEqual(ids);
  });
});

describe('mentionOf', () => {
  it('writes a name with spaces in brackets and a one-word name as a plain handle; both read back as the person', () => {
    expect(mentionOf('Ana Lima')).toBe('@[Ana Lima]');
    expect(mentionOf('Kenji')).toBe('@Kenji');
    expect(mentionOf('O’Brien')).toBe('@[O’Brien]');
    expect(mentionOf('Bad]Name')).toBe('@[Bad Name]');
    for (const person of people) expect(findMentions(`${mentionOf(person.name)}, see this.`, people).map((p) => p.id)).toEqual([person.id]);
  });

  it('marks where each mention is written', () => {
    expect(writtenMentions('@[Ana Lima] and @k.sato. Mail a@b.org')).toEqual([
      { index: 0, text: '@[Ana Lima]', handle: 'Ana Lima', bracketed: true },
      { index: 16, text: '@k.sato', handle: 'k.sato', bracketed: false },
    ]);
  });
});

describe('replaceMentionsOf', () => {
  it('rewrites every handle naming the person, and only those', () => {
    const ana = people[0]!;
    expect(replaceMentionsOf('@ana.lima, @AnaLima and @Ana. Also @k.sato and ana@example.org.', ana, 'former volunteer')).toBe(
      '@former volunteer, @former volunteer and @former volunteer. Also @k.sato and ana@example.org.',
    );
    expect(replaceMentionsOf('nothing here', ana, 'former volunteer')).toBe('nothing here');
    expect(replaceMentionsOf('@[Ana Lima], look; @[Ana Costa] too', ana, 'former volunteer')).toBe('@[former volunteer], look; @[Ana Costa] too');
  });
});
