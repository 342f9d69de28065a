import { describe, expect, it } from 'vitest';
import type { Content, InlineCode } from './document.ts';
import { joinContent, splitContent, targetWithSourceCodes } from './contentEditing.ts';

const b = (kind: InlineCode['kind']): InlineCode => ({ kind, id: '1', name: 'b' });

describe('splitContent and joinContent', () => {
  it('splits at a text offset, keeping the whitespace apart', () => {
    expect(splitContent(['One sentence.  Two sentences.'], 14)).toEqual({ first: ['One sentence.'], space: '  ', second: ['Two sentences.'] });
  });

  it('keeps inline codes on their side', () => {
    const content: Content = ['A ', b('open'), 'bold', b('close'), ' word. Then more.'];
    expect(splitContent(content, 12)).toEqual({ first: ['A ', b('open'), 'bold', b('close'), ' word.'], space: ' ', second: ['Then more.'] });
  });

  it('refuses to split inside formatted text, or to leave a side empty', () => {
    expect(() => splitContent(['A ', b('open'), 'bold words', b('close')], 6)).toThrow(/inside formatted text/);
    expect(() => splitContent(['Only one.'], 0)).toThrow(/both parts/);
    expect(() => splitContent(['Only one. '], 10)).toThrow(/both parts/);
  });

  it('refuses to cut a character in two (the halves of an emoji could not be stored)', () => {
    expect(() => splitContent(['Yes 😀 no.'], 5)).toThrow(/inside a character/);
    expect(splitContent(['Yes 😀 no.'], 6)).toEqual({ first: ['Yes 😀'], space: ' ', second: ['no.'] });
  });

  it('joins back what it split', () => {
    const content: Content = ['A ', b('open'), 'bold', b('close'), ' word. Then more.'];
    const { first, space, second } = splitContent(content, 12);
    expect(joinContent(first, space, second)).toEqual(content);
  });
});

describe('targetWithSourceCodes', () => {
  const link: InlineCode = { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/' } };
  const source: Content = ['Read ', link, 'this', { kind: 'close', id: '1', name: 'a' }, '.'];
  it('takes each code from the source, whatever attributes the editor sent', () => {
    const forged: InlineCode = { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://evil.example/' } };
    expect(targetWithSourceCodes(['Lisez ', forged, 'ceci', { kind: 'close', id: '1', name: 'a' }, '.'], source)).toEqual(['Lisez ', link, 'ceci', { kind: 'close', id: '1', name: 'a' }, '.']);
  });
  it('drops codes the source does not have, and merges the text around them', () => {
    expect(targetWithSourceCodes(['Un ', { kind: 'standalone', id: '9', name: 'br' }, 'deux.'], source)).toEqual(['Un deux.']);
  });
  it('is empty when there is no text', () => {
    expect(targetWithSourceCodes([link, ' ', { kind: 'close', id: '1', name: 'a' }], source)).toEqual([]);
  });
});
