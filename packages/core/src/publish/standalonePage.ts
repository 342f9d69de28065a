import { escapeHtml } from './escapeHtml.ts';

/** The reading style every standalone page starts from: one readable column, system fonts. */
export const PAGE_BODY_STYLE = 'body{font:1.05rem/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}';

/** Another language version of a page, linked from its head (the address as it is written, relative or not). */
export interface PageAlternate {
  lang: string;
  href: string;
}

export interface StandalonePage {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The page's whole stylesheet (no file beside it is needed). */
  style: string;
  /** Language versions of the page, as `<link rel="alternate" hreflang>`. */
  alternates?: readonly PageAlternate[];
  /** More of `<head>`, already HTML (a robots meta). */
  head?: string;
  /** The body, already HTML. */
  body: string;
}

/**
 * A page up to where its body's content starts: doctype, `<html>` in its language and direction,
 * the head (`title` and alternates escaped here), `<body>`. The one place a page's head is written;
 * `PAGE_END` closes what it opens.
 */
export function pageStart(page: Omit<StandalonePage, 'body'>): string {
  let alternates = '';
  for (const alternate of page.alternates ?? []) alternates += `<link rel="alternate" hreflang="${escapeHtml(alternate.lang)}" href="${escapeHtml(alternate.href)}">\n`;
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}" dir="${page.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
${alternates}${page.head ?? ''}<style>${page.style}</style>
</head>
<body>
`;
}

export const PAGE_END = `
</body>
</html>
`;

/** A self-contained HTML page in one language: no script, no file beside it. */
export function standalonePage(page: StandalonePage): string {
  return `${pageStart(page)}${page.body}${PAGE_END}`;
}
