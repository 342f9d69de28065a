import { describe, expect, it } from 'vitest';
import type { Content, InlineCode } from '../model/document.ts';
import { renderContent } from './renderContent.ts';

const open = (id: string, name: string, attrs?: Record<string, string>): InlineCode => ({ kind: 'open', id, name, ...(attrs ? { attrs } : {}) });
const close = (id: string, name: string): InlineCode => ({ kind: 'close', id, name });

describe('renderContent', () => {
  it.each<[string, Content, string]>([
    ['bold and emphasis', ['We ', open('1', 'strong'), 'urge', close('1', 'strong'), ' you.'], 'We <strong>urge</strong> you.'],
    ['a link with its title', ['Read ', open('1', 'a', { href: 'https://example.org/?a=1&b=2' }), 'this', close('1', 'a'), open('2', 'title', { for: '1' }), 'The draft', close('2', 'title')], 'Read <a href="https://example.org/?a=1&amp;b=2" title="The draft">this</a>'],
    ['a line break and inline code', ['One', { kind: 'standalone', id: '1', name: 'br' }, 'two ', { kind: 'standalone', id: '2', name: 'code', attrs: { text: 'a<b' } }], 'One<br>two <code>a&lt;b</code>'],
    ['a javascript: link, reduced to its text', [open('1', 'a', { href: ' java\tscript:alert(1)' }), 'click', close('1', 'a')], '<a>click</a>'],
    ['a close without its open', ['a', close('9', 'b'), 'b'], 'ab'],
    ['an open without its close', [open('1', 'em'), 'never closed'], '<em>never closed</em>'],
    ['crossed codes, kept nested', [open('1', 'b'), 'x', open('2', 'i'), 'y', close('1', 'b'), 'z', close('2', 'i')], '<strong>x<em>y</em></strong>z'],
    ['text that looks like markup', ['<script>alert(1)</script>'], '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ])('renders %s', (_name, content, html) => {
    expect(renderContent(content)).toBe(html);
  });
});
