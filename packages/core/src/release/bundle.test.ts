import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { bundleIndexHtml, bundleManifest, zipBundle, type BundleLanguage } from './bundle.ts';
import { languageAutonym } from './languageNames.ts';

const language = (lang: string, dir: 'ltr' | 'rtl', title: string): BundleLanguage => ({
  lang,
  dir,
  title,
  version: 2,
  sourceRevision: 1,
  publishedAt: '2026-03-12T09:00:00.000Z',
  withFallback: false,
  files: [
    { path: `${lang}.html`, format: 'html', label: 'HTML', bytes: strToU8('<p>x</p>') },
    { path: `${lang}.md`, format: 'markdown', label: 'Markdown', bytes: strToU8('x') },
  ],
});

const strings = { lang: 'en', dir: 'ltr' as const, heading: 'Language versions', formats: 'Other formats' };

describe('bundleIndexHtml', () => {
  it('links every language by its own name, in its own language and direction, relatively', () => {
    const html = bundleIndexHtml([language('ar', 'rtl', 'بيان'), language('ja', 'ltr', '<声明>')], strings);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<link rel="alternate" hreflang="ar" href="ar.html">');
    expect(html).toContain('<a href="ar.html" hreflang="ar" lang="ar" dir="rtl">العربية</a>');
    expect(html).toContain('<a href="ja.md" hreflang="ja">Markdown</a>');
    expect(html).toContain('&lt;声明&gt;');
    expect(html).not.toMatch(/(href|src)="(\/|https?:)/);
  });
});

describe('languageAutonym', () => {
  it.each([
    ['ja', '日本語'],
    ['fr', 'Français'],
    ['es', 'Español'],
    ['ar', 'العربية'],
    ['not a tag', 'not a tag'],
  ])('%s → %s', (lang, name) => {
    expect(languageAutonym(lang)).toBe(name);
  });
});

describe('zipBundle', () => {
  it('makes the same archive of the same files, with the manifest’s entries', () => {
    const files = [{ path: 'index.html', bytes: strToU8('<html></html>') }];
    const modified = new Date('2026-03-12T09:00:00Z');
    expect(zipBundle(files, modified)).toEqual(zipBundle(files, modified));
    const manifest = bundleManifest([language('ja', 'ltr', 'T')], 'en', { 'index.html': 'abc' });
    expect(manifest).toEqual({
      sourceLang: 'en',
      languages: [{ lang: 'ja', version: 2, sourceRevision: 1, publishedAt: '2026-03-12T09:00:00.000Z', withFallback: false, files: [{ path: 'ja.html', format: 'html' }, { path: 'ja.md', format: 'markdown' }] }],
      sha256: { 'index.html': 'abc' },
    });
    expect(strFromU8(unzipSync(zipBundle(files, modified))['index.html']!)).toBe('<html></html>');
  });
});
