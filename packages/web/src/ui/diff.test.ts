import { describe, expect, it } from 'vitest';
import { diffSegments, sideOf } from './diff.ts';

describe('diffSegments', () => {
  it('shows a reworded sentence as the words removed and added', () => {
    expect(diffSegments('amend the draft before its second reading.', 'amend the draft law before its third reading.')).toEqual([
      { kind: 'same', text: 'amend the draft ' },
      { kind: 'added', text: 'law ' },
      { kind: 'same', text: 'before its ' },
      { kind: 'removed', text: 'second' },
      { kind: 'added', text: 'third' },
      { kind: 'same', text: ' reading.' },
    ]);
  });

  it('takes neighbouring changes as one change, spaces included', () => {
    expect(diffSegments('A law that breaks encryption for some.', 'A law that weakens protection for some.')).toEqual([
      { kind: 'same', text: 'A law that ' },
      { kind: 'removed', text: 'breaks encryption' },
      { kind: 'added', text: 'weakens protection' },
      { kind: 'same', text: ' for some.' },
    ]);
  });

  it('shows a sentence rewritten almost entirely as replaced', () => {
    expect(diffSegments('Encryption protects everyone.', 'The committee meets on Tuesday.')).toEqual([
      { kind: 'removed', text: 'Encryption protects everyone.' },
      { kind: 'added', text: 'The committee meets on Tuesday.' },
    ]);
  });

  it('shows an unchanged, a new and an emptied text plainly', () => {
    expect(diffSegments('Same.', 'Same.')).toEqual([{ kind: 'same', text: 'Same.' }]);
    expect(diffSegments('', 'New text.')).toEqual([{ kind: 'added', text: 'New text.' }]);
    expect(diffSegments('Old text.', '')).toEqual([{ kind: 'removed', text: 'Old text.' }]);
    expect(diffSegments('', '')).toEqual([]);
  });

  it('rejoins to both versions, whatever changed', () => {
    const pairs: [string, string][] = [
      ['We, the undersigned organizations, urge the members of the committee.', 'We, the undersigned organisations and experts, urge every member of the committee!'],
      ['Publish an assessment of the Act’s impact on human rights.', "Publish an assessment of the Act's impact on human rights and on press freedom."],
      ['私たちは委員会に求めます。', '私たちは議会に求めます。'],
      ['  spaced   out  ', 'spaced out'],
    ];
    for (const [before, after] of pairs) {
      const segments = diffSegments(before, after);
      expect(sideOf(segments, 'before')).toBe(before);
      expect(sideOf(segments, 'after')).toBe(after);
    }
  });
});
