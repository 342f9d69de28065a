import { describe, expect, it } from 'vitest';
import { alignRevisions, similarity } from './align.ts';
import { diffWords } from './textDiff.ts';

const old = [
  { id: 1, text: 'Joint statement on the draft law.' },
  { id: 2, text: 'We urge the committee to amend the draft before its second reading.' },
  { id: 3, text: 'Encryption protects everyone.' },
  { id: 4, text: 'It also protects journalists’ sources.' },
  { id: 5, text: 'Open Wires Collective' },
  { id: 6, text: 'Privacy Matters Network' },
];

describe('alignRevisions', () => {
  it('keeps equal units, updates typography, pairs rewordings, and adds and retires the rest', () => {
    const next = [
      'Joint statement on the draft law.',
      'We urge the committee to amend the draft law before its third reading.',
      "It also protects journalists' sources.",
      'A wholly new sentence about something else.',
      'Open Wires Collective',
      'Privacy Matters Network',
      'Fundación Datos Libres',
    ];
    const { units, retired } = alignRevisions(old, next);
    expect(units.map((u) => [u.kind, 'oldId' in u ? u.oldId : null])).toEqual([
      ['kept', 1],
      ['edited', 2],
      ['retouched', 4],
      ['added', null],
      ['kept', 5],
      ['kept', 6],
      ['added', null],
    ]);
    expect(retired).toEqual([3]);
  });

  it('treats whitespace differences as no change', () => {
    const { units } = alignRevisions([{ id: 7, text: 'One  sentence.' }], [' One sentence. ']);
    expect(units).toEqual([{ kind: 'kept', oldId: 7, newIndex: 0 }]);
  });

  it('never pairs one old unit with two new ones, and keeps the order', () => {
    const { units } = alignRevisions(old, [...old].reverse().map((u) => u.text));
    const ids = units.flatMap((u) => ('oldId' in u ? [u.oldId] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('does not take different sentences for rewordings of each other', () => {
    expect(similarity('Encryption protects everyone.', 'The committee meets on Tuesday.')).toBeLessThan(0.5);
    const { units, retired } = alignRevisions([{ id: 1, text: 'Encryption protects everyone.' }], ['The committee meets on Tuesday.']);
    expect(units[0]!.kind).toBe('added');
    expect(retired).toEqual([1]);
  });
});

describe('diffWords', () => {
  it('shows what changed word by word', () => {
    expect(diffWords('amend the draft before its second reading.', 'amend the draft law before its third reading.')).toEqual([
      { op: 'equal', text: 'amend the draft ' },
      { op: 'insert', text: 'law ' },
      { op: 'equal', text: 'before its ' },
      { op: 'delete', text: 'second' },
      { op: 'insert', text: 'third' },
      { op: 'equal', text: ' reading.' },
    ]);
  });
});
