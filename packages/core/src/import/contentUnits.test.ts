import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Content, type InlineCode } from '../model/document.ts';
import { ContentBuilder } from './contentBuilder.ts';
import { contentUnits, joinUnits } from './contentUnits.ts';
import { renderContent, renderUnit } from './testOutline.ts';

const open = (id: string, name: string, attrs?: Record<string, string>): InlineCode => (attrs ? { kind: 'open', id, name, attrs } : { kind: 'open', id, name });
const close = (id: string, name: string): InlineCode => ({ kind: 'close', id, name });
const br = (id: string): InlineCode => ({ kind: 'standalone', id, name: 'br' });
const code = (id: string, text: string): InlineCode => ({ kind: 'standalone', id, name: 'code', attrs: { text } });

const units = (content: Content): string[] => contentUnits(content, 'en').map(renderUnit);

describe('contentUnits', () => {
  it.each<[string, Content, string[]]>([
    ['plain sentences', ['We ask for two things. First, time. Second, money.'], ['We ask for two things.', 'First, time.', 'Second, money.']],
    ['a pair inside one sentence stays in it', ['We ask ', open('1', 'b'), 'now', close('1', 'b'), '. Then we wait.'], ['We ask [b]now[/b].', 'Then we wait.']],
    [
      'a close at a sentence end stays with it, an open at the next start goes with that',
      [open('1', 'em'), 'First one.', close('1', 'em'), ' ', open('2', 'b'), 'Second one.', close('2', 'b')],
      ['[em]First one.[/em]', '[b]Second one.[/b]'],
    ],
    [
      'a pair over a sentence boundary is closed and opened again',
      [open('1', 'b'), 'All of this is bold. So is this.', close('1', 'b')],
      ['[b]All of this is bold.[/b]', '[b]So is this.[/b]'],
    ],
    [
      'a link over a boundary keeps its target in both units',
      ['See ', open('1', 'a', { href: 'https://example.org' }), 'the report. It is long', close('1', 'a'), ' but clear.'],
      ['See [a href=https://example.org]the report.[/a]', '[a href=https://example.org]It is long[/a] but clear.'],
    ],
    ['a line break ends a sentence and stays at its end', ['Name One', br('1'), 'Name Two'], ['Name One[br]', 'Name Two']],
    ['inline code stands in the sentence as a word', ['Run ', code('1', 'make all.'), ' first. Then test.'], ['Run [code text=make all.] first.', 'Then test.']],
    [
      'a subflow stays with its code and is not segmented',
      ['Read ', open('1', 'a', { href: '/x' }), 'this', close('1', 'a'), open('2', 'title', { for: '1' }), 'One. Two.', close('2', 'title'), ' now. Next.'],
      ['Read [a href=/x]this[/a][title for=1]One. Two.[/title] now.', 'Next.'],
    ],
    ['a code-only content is one unit', [code('1', 'x')], ['[code text=x]']],
    ['empty content has no units', [], []],
  ])('%s', (_name, content, expected) => {
    expect(units(content)).toEqual(expected);
    expect(joinUnits(contentUnits(content, 'en'))).toEqual(content.length === 0 ? [] : content);
  });

  it('keeps the white space between sentences in spaceAfter, outside the codes', () => {
    const result = contentUnits([open('1', 'b'), 'One.', close('1', 'b'), '  Two.'], 'en');
    expect(result.map((unit) => unit.spaceAfter)).toEqual(['  ', '']);
    expect(result.every((unit) => unit.translate)).toBe(true);
  });

  it('uses the same id for both halves of a split pair, and unique ids within each unit', () => {
    const [first, second] = contentUnits([open('7', 'i'), 'One. Two.', close('7', 'i')], 'en');
    expect(first?.source).toEqual([open('7', 'i'), 'One.', close('7', 'i')]);
    expect(second?.source).toEqual([open('7', 'i'), 'Two.', close('7', 'i')]);
  });
});

/** Random content built the way importers build it. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('text' as const), text: fc.stringMatching(/^[A-Za-z .!?\n\t]{0,24}$/) }),
  fc.record({ op: fc.constant('open' as const), name: fc.constantFrom('b', 'i', 'a') }),
  fc.record({ op: fc.constant('close' as const) }),
  fc.record({ op: fc.constant('br' as const) }),
  fc.record({ op: fc.constant('code' as const) }),
  fc.record({ op: fc.constant('title' as const) }),
);

function build(ops: readonly { op: string; text?: string; name?: string }[]): Content {
  const builder = new ContentBuilder('test');
  const opened: InlineCode[] = [];
  let last: InlineCode | null = null;
  for (const step of ops) {
    if (step.op === 'text') builder.text(step.text ?? '');
    else if (step.op === 'open') opened.push((last = builder.openCode(step.name ?? 'b', step.name === 'a' ? { href: '/x' } : undefined)));
    else if (step.op === 'close') {
      const code = opened.pop();
      if (code) builder.closeCode(code);
    } else if (step.op === 'br') builder.lineBreak();
    else if (step.op === 'code') last = builder.standalone('code', { text: 'x. y' });
    else if (step.op === 'title' && last) builder.subflow(last, 'title', 'A tip. Two.');
  }
  return builder.finish();
}

describe('contentUnits: properties', () => {
  it('units join back to the content exactly, and no unit starts or ends with white space', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.constantFrom('en', 'ja', 'fr'), (ops, lang) => {
        const content = build(ops);
        const result = contentUnits(content, lang);
        expect(renderContent(joinUnits(result))).toEqual(renderContent(content));
        expect(joinUnits(result)).toEqual(content);
        for (const unit of result) {
          const first = unit.source[0];
          const last = unit.source[unit.source.length - 1];
          if (typeof first === 'string') expect(first).toEqual(first.trimStart());
          if (typeof last === 'string') expect(last).toEqual(last.trimEnd());
          expect(unit.source.length).toBeGreaterThan(0);
          expect(unit.spaceAfter.trim()).toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });
});
