import { describe, expect, it } from 'vitest';
import { shorten } from './shorten.ts';

describe('shorten', () => {
  it('keeps a short sentence as it is, spaces tidied', () => {
    expect(shorten('We urge  the committee\nto act.')).toBe('We urge the committee to act.');
  });

  it('cuts a long sentence at a word, with an ellipsis', () => {
    const text = 'We, the undersigned organizations and independent experts, urge the members of the parliamentary committee to amend the draft.';
    const short = shorten(text, 60);
    expect(short).toBe('We, the undersigned organizations and independent experts…');
    expect(Array.from(short).length).toBeLessThanOrEqual(60);
  });

  it('cuts text without spaces by characters, never inside one', () => {
    const short = shorten('私たち署名団体は、委員会に対し、第二読会の前にデジタル安全法案を修正するよう求めます。😀', 12);
    expect(short).toBe('私たち署名団体は、委員…');
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
