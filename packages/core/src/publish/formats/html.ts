import { escapeHtml } from '../escapeHtml.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { renderInlineHtml } from '../renderContent.ts';
import { PAGE_BODY_STYLE, PAGE_END, pageStart } from '../standalonePage.ts';
import { layOutPublication, type LaidBlock, type LaidPublication, type LaidRun, type LaidSection } from './layout.ts';
import type { PublicationDocument, PublicationFormat, PublicationStrings } from './types.ts';

const STYLE = `${PAGE_BODY_STYLE}
h1{font-size:1.8rem;line-height:1.3}.date{color:#4a4a4a}a{color:#0645ad}
.languages{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:0;margin:0 0 1.5rem}.languages [aria-current]{font-weight:600;color:#1d1d1f;text-decoration:none}
.signatories{columns:2 16rem;padding-inline-start:1.2rem}
.notice{background:#fff4d6;border:1px solid #a07800;padding:.6rem .9rem;border-radius:.4rem}
.fallback,.draft{background:#fff4d6;outline:1px dashed #a07800}
footer{margin-top:2.5rem;border-top:1px solid #ccc;font-size:.95rem}.credits dt{font-weight:600}.credits dd{margin:0 0 .5rem}
@media print{nav{display:none}body{max-width:none;margin:0;padding:0;font:11pt/1.45 Georgia,serif;color:#000}
a{color:#000;text-decoration:none}article a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}
h1,h2,h3{break-after:avoid}li,p{orphans:3;widows:3}li{break-inside:avoid}.fallback,.draft{background:none;outline:none;text-decoration:underline dotted}}`;

/** A character that `textHtml` writes otherwise: one to escape, or the start of an isolate. */
const WRITTEN_OTHERWISE = /[&<>"'\u2068]/;

/** Escaped text, the publication's own isolates as `<bdi>`. */
function textHtml(text: string): string {
  // Most text is written as it is: one look at it says so.
  if (!WRITTEN_OTHERWISE.test(text)) return text;
  const escaped = escapeHtml(text);
  return escaped.includes(ISOLATE_START) ? escaped.replaceAll(ISOLATE_START, '<bdi>').replaceAll(ISOLATE_END, '</bdi>') : escaped;
}

/** The titles that say what a marked run is, for one page (made once per page). */
interface RunTitles {
  pageLang: string;
  fallback: string;
  draft: string;
  /** ` lang="…"` of each other language a run is in. */
  langs: Map<string, string>;
}

function runTitles(laid: LaidPublication, t: PublicationStrings, preview: boolean): RunTitles {
  return {
    pageLang: laid.lang,
    fallback: preview ? ` title="${escapeHtml(t('preview.fallback'))}"` : '',
    draft: ` title="${escapeHtml(t('preview.draft'))}"`,
    langs: new Map(),
  };
}

/** The page being written: pieces of HTML added one after the other. */
interface Html {
  text: string;
}

/** A run's HTML, added to `out`. */
function runHtml(run: LaidRun, titles: RunTitles, out: Html): void {
  const only = run.nodes.length === 1 ? run.nodes[0]! : null;
  const inner = only?.type === 'text' ? textHtml(only.text) : renderInlineHtml(run.nodes, textHtml);
  if (run.mark === null && !run.isolate && run.lang === titles.pageLang) {
    out.text += inner;
    return;
  }
  let lang = '';
  if (run.lang !== titles.pageLang) {
    lang = titles.langs.get(run.lang) ?? ` lang="${escapeHtml(run.lang)}"`;
    titles.langs.set(run.lang, lang);
  }
  const attributes = run.mark === 'fallback' ? ` class="fallback"${lang}${titles.fallback}` : run.mark === 'draft' ? ` class="draft"${lang}${titles.draft}` : lang;
  out.text += run.isolate ? `<bdi${attributes}>${inner}</bdi>` : attributes ? `<span${attributes}>${inner}</span>` : inner;
}

/** Where each kind of block opens and closes (headings by level). */
const BLOCK_TAGS: Record<Exclude<LaidBlock['kind'], 'heading' | 'date'>, readonly [string, string]> = {
  title: ['<h1>', '</h1>'],
  paragraph: ['<p>', '</p>'],
  'list-item': ['<li>', '</li>'],
  signatory: ['<li><bdi>', '</bdi></li>'],
};
const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((level) => [`<h${level}>`, `</h${level}>`] as const);

/** A block's HTML, added to `out`. */
function blockHtml(block: LaidBlock, titles: RunTitles, out: Html): void {
  const tags =
    block.kind === 'heading' ? HEADING_TAGS[block.level - 1]!
    : block.kind === 'date' ? ([block.date ? `<p class="date"><time datetime="${escapeHtml(block.date)}">` : '<p class="date">', block.date ? '</time></p>' : '</p>'] as const)
    : BLOCK_TAGS[block.kind];
  out.text += tags[0];
  for (const run of block.runs) runHtml(run, titles, out);
  out.text += tags[1];
}

function sectionHtml(section: LaidSection, titles: RunTitles, t: PublicationStrings, out: Html): void {
  if (section.type === 'block') return blockHtml(section.block, titles, out);
  out.text += section.signatories ? `<ul class="signatories" aria-label="${escapeHtml(t('publication.signatories'))}">` : '<ul>';
  for (const item of section.items) {
    out.text += '\n';
    blockHtml(item, titles, out);
  }
  out.text += '\n</ul>';
}

function languagesHtml(doc: PublicationDocument, t: PublicationStrings): string {
  if (doc.alternates.length === 0) return '';
  const links = doc.alternates.map((alternate) => {
    const current = alternate.lang === doc.publication.lang ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(alternate.href)}" hreflang="${escapeHtml(alternate.lang)}" lang="${escapeHtml(alternate.lang)}"${current}>${escapeHtml(alternate.label)}</a></li>`;
  });
  return `<header>\n<nav aria-label="${escapeHtml(t('publication.languages'))}">\n<ul class="languages">\n${links.join('\n')}\n</ul>\n</nav>\n</header>\n`;
}

function footerHtml(laid: LaidPublication): string {
  const parts: string[] = [];
  if (laid.versionLine) parts.push(`<p class="version">${textHtml(laid.versionLine)}</p>`);
  if (laid.credits.length > 0) {
    const entries = laid.credits.map((credit) => `<dt>${escapeHtml(credit.label)}</dt>\n${credit.names.map((name) => `<dd><bdi>${escapeHtml(name)}</bdi></dd>`).join('\n')}`);
    parts.push(`<section class="credits" aria-labelledby="credits">\n<h2 id="credits">${escapeHtml(laid.creditsHeading)}</h2>\n<dl>\n${entries.join('\n')}\n</dl>\n</section>`);
  }
  return parts.length ? `\n<footer>\n${parts.join('\n')}\n</footer>` : '';
}

/**
 * A standalone, script-free HTML page for one language version, with links to the other languages.
 * Written piece after piece, in one pass over the body.
 */
export function renderHtmlPage(doc: PublicationDocument): string {
  const laid = layOutPublication(doc);
  const t = doc.strings;
  const titles = runTitles(laid, t, doc.publication.mode === 'preview');
  const out: Html = { text: `${pageStart({ lang: laid.lang, dir: laid.dir, title: laid.title, style: STYLE, alternates: doc.alternates })}${languagesHtml(doc, t)}<main>\n` };
  if (laid.notice) out.text += `<p class="notice" role="note">${textHtml(laid.notice)}</p>\n`;
  out.text += '<article>\n';
  let first = true;
  for (const section of laid.sections) {
    if (!first) out.text += '\n';
    first = false;
    sectionHtml(section, titles, t, out);
  }
  out.text += `\n</article>\n</main>${footerHtml(laid)}${PAGE_END}`;
  return out.text;
}

export const htmlFormat: PublicationFormat = {
  id: 'html',
  label: 'HTML',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  render: renderHtmlPage,
};
