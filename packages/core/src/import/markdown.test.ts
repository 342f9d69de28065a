import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from './index.ts';
import { outline } from './testOutline.ts';
import { refusal } from './testRefusal.ts';

const fixture = readFileSync(new URL('./fixtures/statement.md', import.meta.url), 'utf8');
const md = (...lines: string[]): string[] => outline(importMarkdown(lines.join('\n'), 'en'));

describe('importMarkdown: a statement', () => {
  it('reads title, date, paragraphs with emphasis and links, two lists, code, and the signatories', () => {
    expect(outline(importMarkdown(fixture, 'en'))).toEqual([
      'title: Protect the open web: joint statement on the draft Data Retention Regulation',
      'date: 2025-03-12',
      'paragraph: We, the undersigned organisations, urge the members of the [em]Council of Europe[/em] to withdraw the draft regulation in its present form.' +
        ' | The text would oblige every provider to keep records of all communications for [strong]two years[/strong], as our' +
        ' [a href=https://example.org/analysis]analysis[/a][title for=3]Full analysis, PDF[/title] shows.',
      'paragraph: Courts have struck down similar rules before.' +
        ' | In 2014 the judges held that blanket retention is incompatible with the right to privacy; see the [a href=https://example.org/ruling]ruling[/a] for details.' +
        ' | Providers would also have to run [code text=retain --all] on every server.',
      'paragraph: We are concerned that the draft:',
      'list-item#1: Requires the blanket retention of metadata;',
      'list-item#1: Lacks independent oversight of access requests;',
      'list-item#1: Offers no remedy to people whose data is misused.',
      'paragraph: We therefore call on the delegations to:',
      'list-item#2: Reject the draft in its present form;',
      'list-item#2: Consult civil society before any new proposal;',
      'list-item#2: Publish the legal opinions they rely on.',
      'paragraph: ~Annex: article 7(2) as drafted',
      'heading/2: Signatories',
      'signatory#3: ~Open Web Alliance',
      'signatory#3: ~Digital Liberties Network',
      'signatory#3: ~Access to Knowledge Foundation',
      'signatory#3: ~Center for Civic Technology',
      'signatory#3: ~Freedom of Information Forum',
      'signatory#3: ~Privacy Rights Collective',
      'signatory#3: ~Riverside Journalists Union',
    ]);
  });

  it('keeps the spaces between sentences so that units rejoin to the paragraph', () => {
    const doc = importMarkdown(fixture, 'en');
    const paragraph = doc.blocks[2];
    expect(paragraph?.units.map((unit) => unit.spaceAfter)).toEqual([' ', '']);
  });
});

describe('importMarkdown: blocks', () => {
  it.each<[string, string[], string[]]>([
    ['heading levels; a leading top-level heading is the title', ['# Title', '', '## Part', '', '### Sub', '', 'Text.'], ['title: Title', 'heading/2: Part', 'heading/3: Sub', 'paragraph: Text.']],
    ['a later # heading is a level-1 heading', ['# Title', '', 'Text.', '', '# Annex', '', 'More.'], ['title: Title', 'paragraph: Text.', 'heading/1: Annex', 'paragraph: More.']],
    ['no heading: a short first line is the title, as in plain text', ['A Call to Act', '', 'We call on you.'], ['title: A Call to Act', 'paragraph: We call on you.']],
    ['a date on the first line of the title block', ['23 January 2024', '# Title', '', 'Text.'], ['date: 2024-01-23', 'title: Title', 'paragraph: Text.']],
    [
      'nested lists are flattened into one list',
      ['- One', '  - One a', '  - One b', '- Two', '', 'After.'],
      ['list-item#1: One', 'list-item#1: One a', 'list-item#1: One b', 'list-item#1: Two', 'paragraph: After.'],
    ],
    ['paragraphs of one item stay one block, joined by a line break', ['- First point.', '', '  Second point.', '- Next.'], ['list-item#1: First point.[br] | Second point.', 'list-item#1: Next.']],
    ['a quotation is a paragraph', ['Text.', '', '> Quoted words.'], ['paragraph: Text.', 'paragraph: Quoted words.']],
    ['soft line breaks are spaces', ['Text.', '', 'One line', 'goes on.'], ['paragraph: Text.', 'paragraph: One line goes on.']],
    ['a hard line break is a br code', ['Text.', '', 'One line\\', 'next line.'], ['paragraph: Text.', 'paragraph: One line[br] | next line.']],
    ['indented code is not translated', ['Text.', '', '    make all', '    make test'], ['paragraph: Text.', 'paragraph: ~make all\nmake test']],
    ['table cells are paragraphs', ['Text.', '', '| A | B |', '|---|---|', '| one | two |'], ['paragraph: Text.', 'paragraph: A', 'paragraph: B', 'paragraph: one', 'paragraph: two']],
    ['a horizontal rule leaves nothing', ['Text.', '', '---', '', 'More.'], ['paragraph: Text.', 'paragraph: More.']],
  ])('%s', (_name, lines, expected) => {
    expect(md(...lines)).toEqual(expected);
  });

  it('recognises signatories under a bold "Signatories" paragraph, one per line or item', () => {
    expect(md('Text.', '', '**Signatories:**', '', 'Jane Doe', 'John Roe', '', 'Amnesty Watch')).toEqual([
      'paragraph: Text.',
      'heading/2: [strong]Signatories:[/strong]',
      'signatory#1: ~Jane Doe',
      'signatory#1: ~John Roe',
      'signatory#1: ~Amnesty Watch',
    ]);
  });

  it('ends the signatories at the next heading of the same level', () => {
    expect(md('Text.', '', '## Signatories', '', '- Org One', '- Org Two', '', '## Contact', '', 'Write to us.')).toEqual([
      'paragraph: Text.',
      'heading/2: Signatories',
      'signatory#1: ~Org One',
      'signatory#1: ~Org Two',
      'heading/2: Contact',
      'paragraph: Write to us.',
    ]);
  });

  it('marks a long list of names as signatories without a heading', () => {
    expect(md('Text.', '', '- Alpha Group', '- Beta Network', '- Gamma Institute', '- Delta Union', '- Epsilon Centre').slice(1)).toEqual([
      'signatory#1: ~Alpha Group',
      'signatory#1: ~Beta Network',
      'signatory#1: ~Gamma Institute',
      'signatory#1: ~Delta Union',
      'signatory#1: ~Epsilon Centre',
    ]);
  });
});

describe('importMarkdown: inline codes', () => {
  it.each<[string, string, string]>([
    ['emphasis and strong nest', 'Text.\n\nA *b **c** d* e.', 'paragraph: A [em]b [strong]c[/strong] d[/em] e.'],
    ['a link keeps its target', 'Text.\n\nSee [the site](https://example.org/a?b=1).', 'paragraph: See [a href=https://example.org/a?b=1]the site[/a].'],
    ['a link title is a subflow after the link', 'Text.\n\nSee [it](/x "The title.").', 'paragraph: See [a href=/x]it[/a][title for=1]The title.[/title].'],
    ['a mail link is kept', 'Text.\n\nWrite [to us](mailto:info@example.org).', 'paragraph: Write [a href=mailto:info@example.org]to us[/a].'],
    ['a javascript: link is no link', 'Text.\n\nClick [here](javascript:alert(1)).', 'paragraph: Click [here](javascript:alert(1)).'],
    ['an image with its alt text as a subflow', 'Text.\n\n![A map. Of Europe](https://example.org/m.png "Map")', 'paragraph: [img src=https://example.org/m.png][alt for=1]A map. Of Europe[/alt][title for=1]Map[/title]'],
    ['inline code cannot be translated', 'Text.\n\nType `rm -rf` never.', 'paragraph: Type [code text=rm -rf] never.'],
    ['strikethrough', 'Text.\n\nNot ~~this~~ that.', 'paragraph: Not [s]this[/s] that.'],
    ['inline HTML tags are dropped, their text kept, a <br> is a line break', 'Text.\n\nA <b onclick="x()">bold</b><br>move.', 'paragraph: A bold[br] | move.'],
  ])('%s', (_name, source, expected) => {
    expect(outline(importMarkdown(source, 'en'))[1]).toEqual(expected);
  });

  it('reads a block of HTML with the HTML rules: scripts dropped, safe links kept', () => {
    expect(md('Text.', '', '<div><script>alert(1)</script><p>From <a href="https://example.org" onclick="x()">HTML</a>.</p></div>', '', 'After.')).toEqual([
      'paragraph: Text.',
      'paragraph: From [a href=https://example.org]HTML[/a].',
      'paragraph: After.',
    ]);
  });
});

describe('importMarkdown: bad input', () => {
  it('refuses empty text', () => {
    expect(refusal(() => importMarkdown(' \n\n ', 'en')).code).toBe('input.empty');
    expect(refusal(() => importMarkdown('---\n\n***\n', 'en')).code).toBe('input.empty');
  });

  it('refuses 10,000 nested block quotes as too deep rather than dropping text', () => {
    const error = refusal(() => importMarkdown('>'.repeat(10_000) + ' deep text\n', 'en'));
    expect(error.code).toBe('xml.too-deep');
    expect(error.message).toMatch(/nests elements more than/);
  });

  it('refuses 10,000 nested lists as too deep', () => {
    expect(refusal(() => importMarkdown('- '.repeat(10_000) + 'x', 'en')).code).toBe('xml.too-deep');
    // Indented one level a line, 10,000 levels take 100 million characters: too large before too deep.
    const lines = (levels: number): string => Array.from({ length: levels }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n');
    expect(refusal(() => importMarkdown(lines(10_000), 'en')).code).toBe('input.too-large');
    expect(refusal(() => importMarkdown(lines(1_500), 'en')).code).toBe('xml.too-deep');
  });

  it('refuses emphasis nested thousands deep', () => {
    expect(refusal(() => importMarkdown('*'.repeat(10_000) + 'x' + '*'.repeat(10_000), 'en')).code).toBe('xml.too-deep');
  });

  it('imports 20 nested quotes, as deep as a document may reasonably go', () => {
    expect(md('Text.', '', '>'.repeat(20) + ' Deep.')).toEqual(['paragraph: Text.', 'paragraph: Deep.']);
  });

  it('refuses text over the length limit', () => {
    expect(refusal(() => importMarkdown('a'.repeat(5_000_001), 'en')).code).toBe('input.too-large');
  });
});
