import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Content, SourceDocument } from '../model/document.ts';
import { importHtml } from './index.ts';
import { outline } from './testOutline.ts';
import { refusal } from './testRefusal.ts';

const fixture = readFileSync(new URL('./fixtures/statement.html', import.meta.url), 'utf8');
const html = (body: string): string[] => outline(importHtml(body, 'en'));

/** Every code and every attribute value of a document, to look for anything that should not be there. */
function allCodes(doc: SourceDocument): string[] {
  const codes: string[] = [];
  const visit = (content: Content): void => {
    for (const part of content) if (typeof part !== 'string') codes.push(JSON.stringify(part));
  };
  for (const block of doc.blocks) for (const unit of block.units) visit(unit.source);
  return codes;
}

describe('importHtml: a statement page', () => {
  it('reads title, date, paragraphs with emphasis and links, two lists and the signatories; drops scripts and menus', () => {
    expect(outline(importHtml(fixture, 'en'))).toEqual([
      'title: Keep schools free of facial recognition',
      'date: 2025-06-04',
      'paragraph: We, the organisations listed below, ask the [strong]Ministry of Education[/strong] to halt the pilot of facial recognition cameras in public schools.' +
        ' | Children cannot give meaningful consent, and their parents were never [em]asked[/em].',
      'paragraph: The pilot was announced without a data protection impact assessment.' +
        ' | Read [a href=https://example.org/letter]our earlier letter[/a][title for=1]Our letter of 2 May[/title] and the minister’s reply.[br]' +
        ' | Both remain unanswered.',
      'paragraph: [img src=https://example.org/camera.jpg][alt for=1]A camera above a classroom door[/alt]',
      'paragraph: We are concerned that the pilot:',
      'list-item#1: Collects biometric data of minors;',
      'list-item#1: Has no legal basis in national law;',
      'list-item#1: Was procured without public tender.',
      'paragraph: We ask the Ministry to:',
      'list-item#2: Stop the pilot at once;',
      'list-item#2: Delete the images collected so far.',
      'heading/2: Signatories',
      'signatory#3: ~Education Rights Coalition',
      'signatory#3: ~Parents for Privacy',
      "signatory#3: ~Teachers' Union of the North",
      'signatory#3: ~[a href=https://example.org/dfa]Digital Freedom Association[/a]',
      "signatory#3: ~Children's Rights Watch",
    ]);
  });

  it('keeps nothing of the script, the handler or the javascript: link', () => {
    const codes = allCodes(importHtml(fixture, 'en')).join('\n');
    expect(codes).not.toMatch(/javascript|onclick|steal|trackVisitor|iframe|ad"/i);
  });
});

describe('importHtml: blocks and white space', () => {
  it.each<[string, string, string[]]>([
    ['the page title when there is no h1', '<title>The Title</title><p>Text.</p>', ['title: The Title', 'paragraph: Text.']],
    ['the first h1 is the title, a later one a heading', '<h1>One</h1><p>Text.</p><h1>Two</h1>', ['title: One', 'paragraph: Text.', 'heading/1: Two']],
    ['white space collapsed as a browser shows it', '<p>  A   <b> bold </b>\n  word.  </p>', ['paragraph: A [b]bold[/b] word.']],
    ['no space at a line break', '<p>Line one <br>  line two.</p>', ['paragraph: Line one[br] | line two.']],
    ['text directly in a div, and around a paragraph', '<div>Before.<p>Inside.</p>After.</div>', ['paragraph: Before.', 'paragraph: Inside.', 'paragraph: After.']],
    ['nested lists flattened', '<p>Text.</p><ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul>', ['paragraph: Text.', 'list-item#1: One', 'list-item#1: One a', 'list-item#1: Two']],
    ['a paragraph in an item belongs to it', '<p>Text.</p><ol><li><p>One.</p></li><li><p>Two.</p></li></ol>', ['paragraph: Text.', 'list-item#1: One.', 'list-item#1: Two.']],
    ['table cells are paragraphs', '<p>Text.</p><table><tr><th>Name</th><td>Value here.</td></tr></table>', ['paragraph: Text.', 'paragraph: Name', 'paragraph: Value here.']],
    ['pre keeps its white space and is not translated', '<p>Text.</p><pre>  a  b\n c</pre>', ['paragraph: Text.', 'paragraph: ~  a  b\n c']],
    ['inline code is a standalone code', '<p>Text.</p><p>Run <code>make  all</code> now.</p>', ['paragraph: Text.', 'paragraph: Run [code text=make all] now.']],
    ['a bare span is not a code; one with lang is', '<p>Text.</p><p><span class="x">a</span> <span lang="fr">b</span></p>', ['paragraph: Text.', 'paragraph: a [span lang=fr]b[/span]']],
    ['hidden elements and comments are dropped', '<p>Text.</p><p hidden>Secret.</p><!-- note --><p>Shown.</p>', ['paragraph: Text.', 'paragraph: Shown.']],
    ['an abbreviation keeps its expansion as a subflow', '<p>Text.</p><p>The <abbr title="United Nations">UN</abbr> met.</p>', ['paragraph: Text.', 'paragraph: The [abbr]UN[/abbr][title for=1]United Nations[/title] met.']],
    ['a fragment without html or body', 'Just <i>text</i>.', ['paragraph: Just [i]text[/i].']],
    ['a picture without a description is not translated', '<p>Text.</p><p><img src="/a.png"></p>', ['paragraph: Text.', 'paragraph: ~[img src=/a.png]']],
  ])('%s', (_name, source, expected) => {
    expect(html(source)).toEqual(expected);
  });
});

describe('importHtml: hostile markup', () => {
  it.each<[string, string]>([
    ['script', '<p>Text.</p><script>alert("x")</script><p>More.</p>'],
    ['script inside a paragraph', '<p>Te<script>document.cookie</script>xt.</p>'],
    ['event handlers', '<p onclick="alert(1)"><b onmouseover="alert(2)">Text.</b></p>'],
    ['javascript: link', '<p><a href="javascript:alert(1)">Text.</a></p>'],
    ['javascript: link with tabs and entities', '<p><a href="jav&#x09;ascript&colon;alert(1)">Text.</a></p>'],
    ['data: and vbscript: targets', '<p><a href="data:text/html,<script>alert(1)</script>">Text.</a><img src="vbscript:x" alt="pic"></p>'],
    ['style and iframe', '<style>p{}</style><p>Text.</p><iframe src="https://evil.example/"></iframe>'],
    ['svg with script', '<p>Text.</p><svg><script>alert(1)</script><text>svg text</text></svg>'],
    ['template and noscript', '<template><p>alert</p></template><noscript><p>alert</p></noscript><p>Text.</p>'],
    ['object and embed', '<object data="x.swf"><p>alert</p></object><embed src="x"><p>Text.</p>'],
  ])('%s', (_name, source) => {
    const doc = importHtml(source, 'en');
    const everything = JSON.stringify(doc.blocks);
    expect(everything).not.toMatch(/alert|javascript|vbscript|cookie|onclick|onmouseover|evil|data:|svg text|swf/i);
    expect(everything).toContain('Text.');
  });

  it('refuses a page without text', () => {
    expect(refusal(() => importHtml('<html><head><script>x()</script></head><body><img src="a.png"></body></html>', 'en')).code).toBe('input.empty');
    expect(refusal(() => importHtml('   ', 'en')).code).toBe('input.empty');
  });

  it('imports 10,000 nested divs and spans, keeping the text', () => {
    expect(html('<div>'.repeat(10_000) + 'Deep text.' + '</div>'.repeat(10_000))).toEqual(['paragraph: Deep text.']);
    expect(html('<p>' + '<span>'.repeat(10_000) + 'Deep text.')).toEqual(['paragraph: Deep text.']);
  });

  it('refuses formatting nested thousands deep', () => {
    expect(refusal(() => importHtml('<p>' + '<span lang="en">'.repeat(10_000) + 'x', 'en')).code).toBe('xml.too-deep');
    expect(refusal(() => importHtml('<p>' + '<i><b>'.repeat(5_000) + 'x', 'en')).code).toBe('xml.too-deep');
  });

  it('refuses markup over the length limit', () => {
    expect(refusal(() => importHtml('<p>' + 'a'.repeat(15_000_001), 'en')).code).toBe('input.too-large');
  });
});
