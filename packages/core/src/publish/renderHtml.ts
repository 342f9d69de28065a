import type { AssembledBlock, Publication, Run } from './assemble.ts';
import type { PublicationStrings } from './formats/types.ts';
import { publicationTitle } from './assemble.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderContent } from './renderContent.ts';
import { formatPublicationDate } from './formatDate.ts';


const STYLE = `body{font:1.05rem/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.8rem;line-height:1.3}.date{color:#555}.aside{color:#666;font-size:.9rem;word-break:break-all}
.signatories{columns:2 16rem;padding-inline-start:1.2rem}.preview-banner{background:#fff4d6;border:1px solid #e0b400;padding:.6rem .9rem;border-radius:.4rem}
.fallback{background:#fff4d6;outline:1px dashed #e0b400}`;

function renderRuns(runs: Run[], pageLang: string, t: PublicationStrings, mode: Publication['mode']): string {
  return runs
    .map((run) => {
      const text = renderContent(run.content);
      if (run.fallback && mode === 'preview') {
        return `<span class="fallback" lang="${escapeHtml(run.lang)}" title="${escapeHtml(t('preview.fallback'))}">${text}</span>`;
      }
      return run.lang === pageLang ? text : `<span lang="${escapeHtml(run.lang)}">${text}</span>`;
    })
    .join('');
}

function renderBlock(block: AssembledBlock, publication: Publication, inner: string): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${inner}</h1>`;
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.level));
      return `<h${level}>${inner}</h${level}>`;
    }
    case 'date':
      return block.date
        ? `<p class="date"><time datetime="${escapeHtml(block.date)}">${escapeHtml(formatPublicationDate(block.date, publication.lang))}</time></p>`
        : `<p class="date">${inner}</p>`;
    case 'aside':
      return `<p class="aside">${inner}</p>`;
    case 'list-item':
    case 'signatory':
      return `<li>${inner}</li>`;
    default:
      return `<p>${inner}</p>`;
  }
}

function listOpening(block: AssembledBlock, t: PublicationStrings): string {
  return block.kind === 'signatory' ? `<ul class="signatories" aria-label="${escapeHtml(t('publication.signatories'))}">` : '<ul>';
}

function listKeyOf(block: AssembledBlock | undefined): string | null {
  return block && (block.kind === 'list-item' || block.kind === 'signatory') ? `${block.kind}:${block.list ?? ''}` : null;
}

/** The body of the publication: blocks in order, consecutive list items of one list in one `<ul>`. */
export function renderPublicationBody(publication: Publication, t: PublicationStrings): string {
  const out: string[] = [];
  let openList: string | null = null;
  const blocks = publication.blocks;
  for (const block of blocks) {
    const listKey = listKeyOf(block);
    if (openList !== null && listKey !== openList) {
      out.push('</ul>');
      openList = null;
    }
    if (listKey !== null && openList === null) {
      out.push(listOpening(block, t));
      openList = listKey;
    }
    out.push(renderBlock(block, publication, renderRuns(block.runs, publication.lang, t, publication.mode)));
  }
  if (openList !== null) out.push('</ul>');
  return out.join('\n');
}

/** A complete, self-contained HTML page for one language version. */
export function renderPublicationHtml(publication: Publication, t: PublicationStrings): string {
  const banner =
    publication.mode === 'preview'
      ? `<p class="preview-banner" role="status">${escapeHtml(t('preview.banner', { count: publication.fallbackUnits }))}</p>\n`
      : '';
  return `<!doctype html>
<html lang="${escapeHtml(publication.lang)}" dir="${publication.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(publicationTitle(publication))}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
${banner}${renderPublicationBody(publication, t)}
</article>
</body>
</html>
`;
}
