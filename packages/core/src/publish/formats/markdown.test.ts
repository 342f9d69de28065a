import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownFormat } from './markdown.ts';
import { approvedBlocks, publicationDocument, sampleSource } from './testDocument.ts';

const render = (options: Parameters<typeof publicationDocument>[0] = {}): string => markdownFormat.render(publicationDocument(options)) as string;
const gfm = new MarkdownIt({ html: true, linkify: true });
const commonMark = new MarkdownIt('commonmark', { html: true });
/** What a Markdown reader shows of `markdown`, as plain text. */
const shown = (markdown: string): string => commonMark.renderInline(markdown).replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('the Markdown version', () => {
  it('opens with YAML front matter: title, language, date, revision, version, credits', () => {
    const markdown = render({ lang: 'fr' });
    const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!.split('\n');
    expect(front.slice(0, 7)).toEqual([
      'title: "A joint statement on the draft convention"',
      'language: "fr"',
      'direction: ltr',
      'date: 2024-01-23',
      'revision: 4',
      'version: 3',
      'published: "2024-02-01T09:30:00Z"',
    ]);
    expect(front).toContain('translators: ["Camille D."]');
    expect(front).toContain('reviewers: ["nightjar"]');
    expect(front).toContain('  - { lang: "ja", label: "日本語", href: "../ja/index.html" }');
  });

  it('writes headings, lists, signatories, links and emphasis as Markdown', () => {
    const body = render().split('\n---\n')[1]!;
    expect(body).toContain('\n# A joint statement on the draft convention\n');
    expect(body).toContain('We, the **undersigned** groups, write to you. Read [the draft](https://example.org/draft?a=1&b=2) and *our notes*.');
    expect(body).toContain('\n## What we ask\n\n- Protect human rights;\n- Narrow the scope.\n');
    expect(body).toContain('\n* Open Wires Collective\n* 7amleh – The Arab Center for the Advancement of Social Media\n');
  });

  it.each([
    ['# not a heading', true, '\\# not a heading'],
    ['1. not a list', true, '1\\. not a list'],
    ['- not an item', true, '\\- not an item'],
    ['> not a quote', true, '&gt; not a quote'],
    ['*not emphasis* and __not strong__', false, '\\*not emphasis\\* and \\_\\_not strong\\_\\_'],
    ['[a](javascript:alert(1))', false, '\\[a\\](javascript:alert(1))'],
    ['<script>alert(1)</script>', false, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['https://example.org/a?b=1<!DOCTYPE x>', false, 'https://example.org/a?b=1&lt;!DOCTYPE x&gt;'],
    ['`code` | table | ~~struck~~', false, '\\`code\\` \\| table \\| \\~\\~struck\\~\\~'],
    ['&amp; stays as typed', false, '\\&amp; stays as typed'],
    ['¿Qué? ¡Ya!', false, '¿Qué? ¡Ya\\!'],
  ])('escapes %j', (text, atLineStart, expected) => {
    expect(escapeMarkdown(text, atLineStart)).toBe(expected);
    expect(shown(expected)).toBe(text);
  });

  it('writes a volunteer’s Markdown as the text they typed', () => {
    const typed = '# Title? [link](javascript:alert(1)) **bold** <b>x</b> &lt;';
    const markdown = render({ blocks: approvedBlocks(sampleSource, () => [typed]) });
    const html = gfm.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(html).not.toMatch(/<a href="javascript|<strong>bold|<b>x/);
    expect(html).toContain('<h1># Title? [link](javascript:alert(1)) **bold** &lt;b&gt;x&lt;/b&gt; &amp;lt;</h1>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('says in a quote when some text is the source standing in for a translation', () => {
    const blocks = approvedBlocks(sampleSource);
    blocks[2]!.units[1]!.state = 'translated';
    const markdown = render({ lang: 'fr', blocks, allowFallback: true });
    expect(markdown).toContain('\n> publication.fallbackNotice {"count":1}\n');
    expect(markdown).toContain('\ndraft: true\n');
  });
});
