import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentText, type Content, type InlineCode } from '../model/document.ts';
import { leverageOf } from './leverage.ts';
import { mapTargetCodes } from './mapCodes.ts';
import { byMatchKind, matchKind, prefillMatch } from './matchKind.ts';

const open = (id: string, name: string, attrs?: Record<string, string>): InlineCode => ({ kind: 'open', id, name, ...(attrs ? { attrs } : {}) });
const close = (id: string, name: string): InlineCode => ({ kind: 'close', id, name });
const br = (id: string): InlineCode => ({ kind: 'standalone', id, name: 'br' });
const codesOf = (content: Content) => content.filter((p): p is InlineCode => typeof p !== 'string');

describe('matchKind', () => {
  const around = { previous: 'Before.', next: 'After.' };
  it('is context when the same source has the same sentences around it, exact otherwise, fuzzy below 100', () => {
    expect(matchKind(100, around, { previous: ' Before.', next: 'After.' })).toBe('context');
    expect(matchKind(100, around, { previous: 'Before.', next: 'Elsewhere.' })).toBe('exact');
    expect(matchKind(100, { previous: null, next: 'After.' }, { previous: null, next: 'After.' })).toBe('context');
    expect(matchKind(100, { previous: null, next: 'After.' }, { previous: 'Before.', next: 'After.' })).toBe('exact');
    expect(matchKind(100, around, null)).toBe('exact');
    expect(matchKind(99, around, around)).toBe('fuzzy');
    expect(matchKind(80, around, around)).toBe('fuzzy');
  });

  it('orders context, exact, fuzzy, and pre-fills only from the first two', () => {
    const matches = [
      { kind: 'fuzzy' as const, n: 1 },
      { kind: 'exact' as const, n: 2 },
      { kind: 'context' as const, n: 3 },
      { kind: 'exact' as const, n: 4 },
    ];
    expect(byMatchKind(matches).map((m) => m.n)).toEqual([3, 2, 4, 1]);
    expect(prefillMatch(matches)?.n).toBe(3);
    expect(prefillMatch(matches.filter((m) => m.kind !== 'context'))?.n).toBe(2);
    expect(prefillMatch([{ kind: 'fuzzy' as const }])).toBeNull();
  });
});

describe('mapTargetCodes', () => {
  it('gives the stored translation the current unit’s codes, matched by name and order', () => {
    const stored: Content = ['Read ', open('1', 'a', { href: 'https://old.example' }), 'the treaty', close('1', 'a'), ' and ', open('2', 'b'), 'act', close('2', 'b'), '.'];
    const target: Content = ['Lisez ', open('1', 'a', { href: 'https://old.example' }), 'le traité', close('1', 'a'), ' et ', open('2', 'b'), 'agissez', close('2', 'b'), '.'];
    const current: Content = ['Read ', open('7', 'a', { href: 'https://new.example' }), 'the treaty', close('7', 'a'), ' and ', open('8', 'b'), 'act', close('8', 'b'), '.'];
    expect(mapTargetCodes(target, stored, current)).toEqual([
      'Lisez ', open('7', 'a', { href: 'https://new.example' }), 'le traité', close('7', 'a'), ' et ', open('8', 'b'), 'agissez', close('8', 'b'), '.',
    ]);
  });

  it('follows the names when the current source orders its codes otherwise', () => {
    const stored: Content = [open('1', 'b'), 'one', close('1', 'b'), ' ', open('2', 'i'), 'two', close('2', 'i')];
    const target: Content = [open('2', 'i'), 'deux', close('2', 'i'), ' ', open('1', 'b'), 'un', close('1', 'b')];
    const current: Content = [open('1', 'i'), 'two', close('1', 'i'), ' ', open('2', 'b'), 'one', close('2', 'b')];
    expect(mapTargetCodes(target, stored, current)).toEqual([open('1', 'i'), 'deux', close('1', 'i'), ' ', open('2', 'b'), 'un', close('2', 'b')]);
  });

  it('maps a code of another name when the shapes agree, and drops what has no counterpart', () => {
    const stored: Content = ['A', br('1'), 'B ', open('2', 'b'), 'C', close('2', 'b')];
    const target: Content = ['a', br('1'), 'b ', open('2', 'b'), 'c', close('2', 'b')];
    expect(mapTargetCodes(target, stored, ['A B ', open('5', 'strong'), 'C', close('5', 'strong')])).toEqual(['ab ', open('5', 'strong'), 'c', close('5', 'strong')]);
    expect(mapTargetCodes(target, stored, ['A B C'])).toEqual(['ab c']);
  });

  const code = fc.record({ shape: fc.constantFrom('pair', 'standalone'), name: fc.constantFrom('a', 'b', 'br', 'i') });
  const contentWith = (codes: { shape: string; name: string }[], prefix: string, words: string[]) => {
    const content: Content = [];
    codes.forEach((c, i) => {
      const id = `${prefix}${i}`;
      content.push(words[i % words.length] ?? 'x');
      if (c.shape === 'standalone') content.push({ kind: 'standalone', id, name: c.name });
      else content.push({ kind: 'open', id, name: c.name }, 'w', { kind: 'close', id, name: c.name });
    });
    content.push('.');
    return content;
  };

  it('never gives a code the current source does not have, never twice, and keeps every word', () => {
    fc.assert(
      fc.property(fc.array(code, { maxLength: 6 }), fc.array(code, { maxLength: 6 }), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (storedCodes, currentCodes, words) => {
        const stored = contentWith(storedCodes, 's', words);
        const target = contentWith(storedCodes, 's', words.map((w) => w.toUpperCase()));
        const current = contentWith(currentCodes, 'c', words);
        const mapped = mapTargetCodes(target, stored, current);
        const allowed = new Set(codesOf(current).map((c) => JSON.stringify(c)));
        const used = codesOf(mapped).map((c) => JSON.stringify(c));
        expect(used.every((c) => allowed.has(c))).toBe(true);
        expect(new Set(used).size).toBe(used.length);
        if (contentText(target).trim() !== '') expect(contentText(mapped)).toBe(contentText(target));
        // Every pair stays a pair: its open comes before its close.
        for (const c of codesOf(mapped).filter((c) => c.kind === 'open')) {
          const at = mapped.indexOf(c);
          expect(mapped.findIndex((p) => typeof p !== 'string' && p.kind === 'close' && p.id === c.id)).toBeGreaterThan(at);
        }
      }),
    );
  });

  it('keeps every code when the current source has the same codes under other ids', () => {
    fc.assert(
      fc.property(fc.array(code, { maxLength: 6 }), (codes) => {
        const stored = contentWith(codes, 's', ['one ']);
        const current = contentWith(codes, 'c', ['one ']);
        const target = contentWith(codes, 's', ['un ']);
        expect(mapTargetCodes(target, stored, current)).toEqual(contentWith(codes, 'c', ['un ']));
      }),
    );
  });
});

describe('leverageOf', () => {
  it('counts units and words per band, repetitions after their first occurrence', () => {
    const lines = leverageOf([
      { source: 'We call on the delegations.', best: { kind: 'context', score: 100 } },
      { source: 'The treaty must be rejected.', best: { kind: 'exact', score: 100 } },
      { source: 'Encryption protects everyone.', best: null },
      { source: 'Encryption protects everyone.', best: null },
      { source: 'The treaty must be rejected.', best: { kind: 'exact', score: 100 } },
      { source: 'Human rights come first, always.', best: { kind: 'fuzzy', score: 99 } },
      { source: 'Civil society groups contributed.', best: { kind: 'fuzzy', score: 85 } },
      { source: 'Rights groups urged delegations.', best: { kind: 'fuzzy', score: 75 } },
    ]);
    expect(lines).toEqual([
      { band: 'context', units: 1, words: 5 },
      { band: 'exact', units: 2, words: 10 },
      { band: 'repetition', units: 1, words: 3 },
      { band: '95', units: 1, words: 5 },
      { band: '85', units: 1, words: 4 },
      { band: '75', units: 1, words: 4 },
      { band: 'none', units: 1, words: 3 },
    ]);
  });
});
