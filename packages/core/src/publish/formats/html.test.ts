import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlFormat } from './html.ts';
import { approvedBlocks, publicationDocument, sampleSource } from './testDocument.ts';

const render = (options: Parameters<typeof publicationDocument>[0] = {}): string => htmlFormat.render(publicationDocument(options)) as string;

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
function elements(node: Node, out: DefaultTreeAdapterTypes.Element[] = []): DefaultTreeAdapterTypes.Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  return out;
}

describe('the HTML page', () => {
  it('is a standalone, semantic page: lang and dir, a main landmark, headings, lists, links and emphasis, no script', () => {
    const html = render({ lang: 'fr' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr" dir="ltr">/);
    const tags = elements(parse(html)).map((e) => e.tagName);
    expect(tags).toEqual(expect.arrayContaining(['main', 'article', 'h1', 'h2', 'ul', 'li', 'a', 'strong', 'em', 'time', 'nav', 'footer']));
    expect(tags).not.toContain('script');
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain('<a href="https://example.org/draft?a=1&amp;b=2">the draft</a>');
    expect(html).toContain('<time datetime="2024-01-23">23 janvier 2024</time>');
  });

  it('links every published language with hreflang, in the head and in a visible switcher marking the current one', () => {
    const html = render({ lang: 'ja' });
    for (const [lang, href] of [['en', '../en/index.html'], ['ar', '../ar/index.html'], ['fr', '../fr/index.html'], ['ja', '../ja/index.html']]) {
      expect(html).toContain(`<link rel="alternate" hreflang="${lang}" href="${href}">`);
    }
    expect(html).toContain('<nav aria-label="publication.languages">');
    expect(html).toContain('<a href="../ar/index.html" hreflang="ar" lang="ar">العربية</a>');
    expect(html).toContain('<a href="../ja/index.html" hreflang="ja" lang="ja" aria-current="page">日本語</a>');
  });

  it('has a print stylesheet that keeps the text and drops the switcher', () => {
    expect(render()).toMatch(/@media print\{nav\{display:none\}/);
  });

  it('credits translators and reviewers under their chosen names, and says which version it is', () => {
    const html = render();
    expect(html).toContain('<h2 id="credits">publication.credits</h2>');
    expect(html).toContain('<dt>publication.translator {&quot;count&quot;:1}</dt>\n<dd><bdi>Camille D.</bdi></dd>');
    expect(html).toContain('<dd><bdi>nightjar</bdi></dd>');
    expect(html).toContain('publication.version {&quot;version&quot;:3,&quot;revision&quot;:4,&quot;date&quot;:&quot;February 1, 2024&quot;}');
  });

  it('says when some text is the source standing in for a translation, and marks that text', () => {
    const blocks = approvedBlocks(sampleSource);
    blocks[2]!.units[1]!.state = 'translated';
    const html = render({ lang: 'fr', blocks, allowFallback: true });
    expect(html).toContain('<p class="notice" role="note">publication.fallbackNotice {&quot;count&quot;:1}</p>');
    expect(html).toContain('<span class="fallback" lang="en">Read ');
    expect(render({ lang: 'fr' })).not.toContain('class="notice"');
  });

  it('marks drafts in a members’ preview as not approved yet', () => {
    const blocks = approvedBlocks(sampleSource, (content) => content.map((part) => (typeof part === 'string' ? part.toUpperCase() : part)));
    blocks[1]!.units[0]!.state = 'translated';
    const html = render({ lang: 'fr', blocks, mode: 'preview', showDrafts: true });
    expect(html).toContain('<h1><span class="draft" title="preview.draft">A JOINT STATEMENT ON THE DRAFT CONVENTION</span></h1>');
    expect(html).toContain('preview.banner {&quot;count&quot;:1}');
    expect(html).not.toContain('publication.version');
  });

  it('writes Arabic right to left, with Latin names, addresses and numbers isolated', () => {
    const blocks = approvedBlocks(sampleSource, () => ['انضمت منظمة Access Now في 2024 إلى البيان: https://example.org/ar.']);
    const html = render({ lang: 'ar', blocks });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<h1>انضمت منظمة <bdi>Access Now</bdi> في <bdi>2024</bdi> إلى البيان: <bdi>https://example.org/ar</bdi>.</h1>');
    expect(html).toContain('<li><bdi><bdi lang="en">Open Wires Collective</bdi></bdi></li>');
  });
});
