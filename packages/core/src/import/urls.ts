/**
 * Which link targets an importer keeps: web and mail addresses (`http:`, `https:`, `mailto:`) and
 * relative references (`/report.pdf`, `#annex`, `//example.org/`), which take the scheme of the
 * page they are published on. Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) is
 * dropped: the link's text is kept, without the link.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
/** What browsers strip from a URL before reading its scheme: ASCII tab and line ends anywhere. */
const STRIPPED = /[\t\n\r]/g;
/** …and C0 controls and spaces at either end. */
// eslint-disable-next-line no-control-regex
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/** A link target longer than this is not a link a statement needs. */
const MAX_URL_LENGTH = 4096;

/** `url` cleaned as a browser reads it when it is safe to keep, else null. */
export function safeUrl(url: string | undefined | null): string | null {
  if (url === undefined || url === null) return null;
  const cleaned = url.replace(STRIPPED, '').replace(EDGES, '');
  if (cleaned === '' || cleaned.length > MAX_URL_LENGTH) return null;
  // A backslash or a control character left inside is no part of an address anyone types.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(cleaned)) return null;
  const scheme = SCHEME.exec(cleaned);
  if (scheme) return ALLOWED_SCHEMES.has((scheme[1] as string).toLowerCase()) ? cleaned : null;
  // No scheme before the first `/`, `?` or `#`: a relative reference. A colon before them would be read as a scheme.
  const firstDelimiter = cleaned.search(/[/?#]/);
  const colon = cleaned.indexOf(':');
  if (colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter)) return null;
  return cleaned;
}
