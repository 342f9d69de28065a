import { describe, expect, it } from 'vitest';
import { bundleIndexHtml } from '../release/bundle.ts';
import { htmlFormat } from './formats/html.ts';
import { publicationDocument } from './formats/testDocument.ts';
import { PAGE_END, pageStart, standalonePage } from './standalonePage.ts';

/** A page's head, from the doctype to `<body>`, with its stylesheet left out. */
const headOf = (html: string): string => html.slice(0, html.indexOf('<body>\n') + 7).replace(/<style>[^<]*<\/style>/, '<style/>');

describe('standalonePage', () => {
  it('writes the head once for every page: language, direction, escaped title, alternates, then more head', () => {
    const html = standalonePage({ lang: 'ar', dir: 'rtl', title: 'A <b> & "c"', style: 'p{}', alternates: [{ lang: 'fr', href: 'fr.html?a=1&b=2' }], head: '<meta name="robots" content="noindex">\n', body: '<p>x</p>' });
    expect(html).toBe(`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A &lt;b&gt; &amp; &quot;c&quot;</title>
<link rel="alternate" hreflang="fr" href="fr.html?a=1&amp;b=2">
<meta name="robots" content="noindex">
<style>p{}</style>
</head>
<body>
<p>x</p>
</body>
</html>
`);
  });

  it('is where both the published page and the bundle’s index take their head from', () => {
    const doc = publicationDocument({ lang: 'fr' });
    const page = htmlFormat.render(doc) as string;
    expect(headOf(page)).toBe(headOf(pageStart({ lang: 'fr', dir: 'ltr', title: 'A joint statement on the draft convention', style: '', alternates: doc.alternates })));
    expect(page.endsWith(PAGE_END)).toBe(true);
    const index = bundleIndexHtml([], { lang: 'en', dir: 'ltr', heading: 'Language versions', formats: 'Other formats' });
    expect(headOf(index)).toBe(headOf(pageStart({ lang: 'en', dir: 'ltr', title: 'Language versions', style: '' })));
  });
});
