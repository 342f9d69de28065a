import { zipSync, type Zippable } from 'fflate';
import { escapeHtml } from '../publish/escapeHtml.ts';
import { languageAutonym } from './languageNames.ts';
import { PAGE_BODY_STYLE, standalonePage } from '../publish/standalonePage.ts';

/** One file of a language version in the bundle. */
export interface BundleFile {
  /** Relative to the bundle's root, e.g. `ja.html`. */
  path: string;
  format: string;
  label: string;
  bytes: Uint8Array;
}

/** One released language version in the bundle. */
export interface BundleLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  version: number;
  sourceRevision: number;
  publishedAt: string;
  withFallback: boolean;
  files: BundleFile[];
}

/** Strings of the index page, in the source language. */
export interface BundleIndexStrings {
  lang: string;
  dir: 'ltr' | 'rtl';
  heading: string;
  formats: string;
}

const STYLE = `${PAGE_BODY_STYLE}
a{color:#0645ad}.languages{list-style:none;padding:0}.languages>li{margin:0 0 1.2rem}.formats{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0;margin:.2rem 0 0}`;

/** The file names a language's formats get in the bundle: `<lang>.<extension>`, side by side, so links stay relative. */
export function bundlePath(lang: string, extension: string): string {
  return `${lang}.${extension}`;
}

/** The bundle's `index.html`: every language version, each with its page and its other formats, linked relatively. */
export function bundleIndexHtml(languages: readonly BundleLanguage[], strings: BundleIndexStrings): string {
  const items = languages.map((language) => {
    const [page, ...others] = language.files;
    const name = escapeHtml(languageAutonym(language.lang));
    const lang = escapeHtml(language.lang);
    const own = `lang="${lang}" dir="${language.dir}"`;
    const link = (file: BundleFile, text: string, attributes = '') => `<a href="${escapeHtml(file.path)}" hreflang="${lang}"${attributes}>${text}</a>`;
    const formats = others.map((file) => `<li>${link(file, escapeHtml(file.label))}</li>`).join('');
    return `<li>${page ? link(page, name, ` ${own}`) : `<span ${own}>${name}</span>`} — <span ${own}>${escapeHtml(language.title)}</span>
<ul class="formats" aria-label="${escapeHtml(strings.formats)}: ${name}">${formats}</ul></li>`;
  });
  const alternates = languages.flatMap((language) => (language.files[0] ? [{ lang: language.lang, href: language.files[0].path }] : []));
  return standalonePage({
    lang: strings.lang,
    dir: strings.dir,
    title: strings.heading,
    style: STYLE,
    alternates,
    body: `<main>
<h1>${escapeHtml(strings.heading)}</h1>
<nav aria-label="${escapeHtml(strings.heading)}">
<ul class="languages">
${items.join('\n')}
</ul>
</nav>
</main>`,
  });
}

export interface BundleManifest {
  sourceLang: string;
  languages: (Pick<BundleLanguage, 'lang' | 'version' | 'sourceRevision' | 'publishedAt' | 'withFallback'> & { files: { path: string; format: string }[] })[];
  /** SHA-256 (hex) of every other file of the bundle, by path. */
  sha256: Record<string, string>;
}

export function bundleManifest(
  languages: readonly BundleLanguage[],
  sourceLang: string,
  sha256: Record<string, string>,
): BundleManifest {
  return {
    sourceLang,
    languages: languages.map((l) => ({
      lang: l.lang,
      version: l.version,
      sourceRevision: l.sourceRevision,
      publishedAt: l.publishedAt,
      withFallback: l.withFallback,
      files: l.files.map((f) => ({ path: f.path, format: f.format })),
    })),
    sha256,
  };
}

/** The files as one zip; every entry dated `modified` so that the same versions make the same archive. */
export function zipBundle(files: readonly { path: string; bytes: Uint8Array }[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = [file.bytes, { mtime: modified }];
  return zipSync(entries, { level: 6 });
}
