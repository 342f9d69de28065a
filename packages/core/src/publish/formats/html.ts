import { standalonePage } from '../../release/standalonePage.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { renderInlineHtml } from '../renderContent.ts';
import { layOutPublication, type LaidBlock, type LaidPublication, type LaidRun, type LaidSection } from './layout.ts';
import type { PublicationDocument, PublicationFormat, PublicationStrings } from './types.ts';

const STYLE = `body{font:1.05rem/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.8rem;line-height:1.3}.date{color:#4a4a4a}a{color:#0645ad}
.languages{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:0;margin:0 0 1.5rem}.languages [aria-current]{font-weight:600;color:#1d1d1f;text-decoration:none}
.signatories{columns:2 16rem;padding-inline-start:1.2rem}
.notice{background:#fff4d6;border:1px solid #a07800;padding:.6rem .9rem;border-radius:.4rem}
.fallback,.draft{background:#fff4d6;outline:1px dashed #a07800}
footer{margin-top:2.5rem;border-top:1px solid #ccc;font-size:.95rem}.credits dt{font-weight:600}.credits dd{margin:0 0 .5rem}
@media print{nav{display:none}body{max-width:none;margin:0;padding:0;font:11pt/1.45 Georgia,serif;color:#000}
a{color:#000;text-decoration:none}article a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}
h1,h2,h3{break-after:avoid}li,p{orphans:3;widows:3}li{break-inside:avoid}.fallback,.draft{background:none;outline:none;text-decoration:underline dotted}}`;

/** Escaped text, the publication's own isolates as `<bdi>`. */
function textHtml(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.includes(ISOLATE_START) ? escaped.replaceAll(ISOLATE_START, '<bdi>').replaceAll(ISOLATE_END, '</bdi>') : escaped;
}

/** The titles that say what a marked run is, for one page (made once per page). */
interface RunTitles {
  pageLang: string;
  fallback: string;
  draft: string;
}

function runTitles(laid: LaidPublication, t: PublicationStrings, preview: boolean): RunTitles {
  return {
    pageLang: laid.lang,
    fallback: preview ? ` title="${escapeHtml(t('preview.fallback'))}"` : '',
    draft: ` title="${escapeHtml(t('preview.draft'))}"`,
  };
}

function runHtml(run: LaidRun, titles: RunTitles): string {
  const inner = renderInlineHtml(run.nodes, textHtml);
  if (run.mark === null && !run.isolate && run.lang === titles.pageLang) return inner;
  const lang = run.lang !== titles.pageLang ? ` lang="${escapeHtml(run.lang)}"` : '';
  const attributes = run.mark === 'fallback' ? ` class="fallback"${lang}${titles.fallback}` : run.mark === 'draft' ? ` class="draft"${lang}${titles.draft}` : lang;
  if (run.isolate) return `<bdi${attributes}>${inner}</bdi>`;
  return attributes ? `<span${attributes}>${inner}</span>` : inner;
}

function blockHtml(block: LaidBlock, titles: RunTitles): string {
  let inner = '';
  for (const run of block.runs) inner += runHtml(run, titles);
  switch (block.kind) {
    case 'title':
      return `<h1>${inner}</h1>`;
    case 'heading':
      return `<h${block.level}>${inner}</h${block.level}>`;
    case 'date':
      return block.date ? `<p class="date"><time datetime="${escapeHtml(block.date)}">${inner}</time></p>` : `<p class="date">${inner}</p>`;
    case 'signatory':
      return `<li><bdi>${inner}</bdi></li>`;
    case 'list-item':
      return `<li>${inner}</li>`;
    case 'paragraph':
      return `<p>${inner}</p>`;
  }
}

function sectionHtml(section: LaidSection, titles: RunTitles, t: PublicationStrings): string {
  if (section.type === 'block') return blockHtml(section.block, titles);
  let html = section.signatories ? `<ul class="signatories" aria-label="${escapeHtml(t('publication.signatories'))}">` : '<ul>';
  for (const item of section.items) html += `\n${blockHtml(item, titles)}`;
  return `${html}\n</ul>`;
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
  return parts.length ? `<footer>\n${parts.join('\n')}\n</footer>\n` : '';
}

/** A standalone, script-free HTML page for one language version, with links to the other languages. */
export function renderHtmlPage(doc: PublicationDocument): string {
  const laid = layOutPublication(doc);
  const t = doc.strings;
  const titles = runTitles(laid, t, doc.publication.mode === 'preview');
  let article = '';
  for (const section of laid.sections) article += article === '' ? sectionHtml(section, titles, t) : `\n${sectionHtml(section, titles, t)}`;
  const alternates = doc.alternates.map((a) => `<link rel="alternate" hreflang="${escapeHtml(a.lang)}" href="${escapeHtml(a.href)}">\n`).join('');
  const notice = laid.notice ? `<p class="notice" role="note">${textHtml(laid.notice)}</p>\n` : '';
  return standalonePage({
    lang: laid.lang,
    dir: laid.dir,
    title: laid.title,
    style: STYLE,
    head: alternates,
    body: `${languagesHtml(doc, t)}<main>
${notice}<article>
${article}
</article>
</main>
${footerHtml(laid)}`.trimEnd(),
  });
}

export const htmlFormat: PublicationFormat = {
  id: 'html',
  label: 'HTML',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  render: renderHtmlPage,
};
