import { escapeHtml } from '../publish/escapeHtml.ts';

export interface StandalonePage {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The page's whole stylesheet (no file beside it is needed). */
  style: string;
  /** More of `<head>`, already HTML (alternate links, a robots meta). */
  head?: string;
  /** The body, already HTML. */
  body: string;
}

/** A self-contained HTML page in one language: no script, no file beside it. `title` is escaped here. */
export function standalonePage(page: StandalonePage): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}" dir="${page.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
${page.head ?? ''}<style>${page.style}</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
