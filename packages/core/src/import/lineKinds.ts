/** What one line of plain text is, judged on its own. */
export type Line =
  | { kind: 'blank' }
  /** A line that starts with a bullet (`●`, `•`, `-`, `*`, `–`…) or a number (`1.`, `1)`); `text` is what follows it. */
  | { kind: 'bullet'; text: string }
  /** A line that is only a URL, such as a page footer a PDF extraction left in the text. */
  | { kind: 'url'; text: string }
  /** Anything else; `indent` counts the white space before the text. */
  | { kind: 'text'; text: string; indent: number };

/** Bullets that mark a list item even when no space follows them. */
const SYMBOL_BULLETS = new Set(['●', '•', '◦', '▪', '■', '‣', '○', '◆', '►']);
/** Bullets that mark a list item only when a space follows them (they also occur inside text). */
const TYPED_BULLETS = new Set(['-', '*', '–', '—', '+']);
const MAX_NUMBER_DIGITS = 3;

export function classifyLine(raw: string): Line {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  const itemText = afterBullet(text);
  if (itemText !== null) return { kind: 'bullet', text: itemText };
  if (isUrl(text)) return { kind: 'url', text };
  return { kind: 'text', text, indent: raw.length - raw.trimStart().length };
}

/** The text after a leading bullet or item number, or null when the line does not start with one. */
function afterBullet(text: string): string | null {
  const first = text.charAt(0);
  if (SYMBOL_BULLETS.has(first)) return text.slice(1).trim();
  if (TYPED_BULLETS.has(first)) return isSpaceAt(text, 1) ? text.slice(2).trim() : null;
  let digits = 0;
  while (digits < text.length && isDigit(text.charCodeAt(digits))) digits++;
  if (digits === 0 || digits > MAX_NUMBER_DIGITS) return null;
  const mark = text.charAt(digits);
  return (mark === '.' || mark === ')') && isSpaceAt(text, digits + 1) ? text.slice(digits + 2).trim() : null;
}

/** Whether `text` is one URL and nothing else (no white space inside). */
export function isUrl(text: string): boolean {
  const lower = text.slice(0, 8).toLowerCase();
  if (!(lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('www.'))) return false;
  return !/\s/u.test(text);
}

function isSpaceAt(text: string, index: number): boolean {
  return index < text.length && text.charAt(index).trim() === '';
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
