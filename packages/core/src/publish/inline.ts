import type { Content, InlineCode } from '../model/document.ts';
import { inertText } from './inertText.ts';

/** What an inline code stands for in every publication format. */
export type InlineElement = 'strong' | 'em' | 'u' | 'del' | 'sup' | 'sub' | 'code' | 'a' | 'span';

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'element'; element: InlineElement; href?: string; title?: string; lang?: string; dir?: 'ltr' | 'rtl' | 'auto'; children: InlineNode[] }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'image'; src: string | null; alt: string };

/** Inline codes that have a meaning of their own; anything else is a plain span. */
const ELEMENTS: Record<string, InlineElement> = { b: 'strong', strong: 'strong', i: 'em', em: 'em', u: 'u', s: 'del', del: 'del', sup: 'sup', sub: 'sub', code: 'code', a: 'a', span: 'span' };
/** Pairs that carry the translatable text of another code's attribute (`attrs.for` names it). */
const ATTRIBUTE_TEXT = new Set(['title', 'alt']);

/** The address when it is http(s), mailto or relative; null for anything else (javascript:, data:…). */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  // Browsers ignore control characters and spaces inside a scheme: so does this check.
  // eslint-disable-next-line no-control-regex -- these very characters are what a browser skips
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  const safe = scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  return safe ? inertText(url).trim() || null : null;
}

/**
 * An address written where text or markup ends it (a Markdown link, angle brackets in an e-mail):
 * spaces, quotes, brackets and parentheses percent-encoded, so nothing in it ends it early.
 */
export function encodedUrl(url: string): string {
  return url.replace(/[\s()<>\\"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The translatable attribute texts (title, alt) of the content's codes, by the id of the code they belong to. */
function attributeTexts(content: Content): Map<string, Record<string, string>> {
  const texts = new Map<string, Record<string, string>>();
  if (!content.some((part) => typeof part !== 'string' && ATTRIBUTE_TEXT.has(part.name))) return texts;
  let collecting: { for: string; name: string; text: string } | null = null;
  for (const part of content) {
    if (typeof part === 'string') {
      if (collecting) collecting.text += part;
    } else if (ATTRIBUTE_TEXT.has(part.name) && part.kind === 'open') collecting = { for: part.attrs?.for ?? '', name: part.name, text: '' };
    else if (collecting && part.kind === 'close' && ATTRIBUTE_TEXT.has(part.name)) {
      texts.set(collecting.for, { ...texts.get(collecting.for), [collecting.name]: inertText(collecting.text) });
      collecting = null;
    }
  }
  return texts;
}

function elementOf(code: InlineCode, texts: Map<string, Record<string, string>>): InlineNode & { type: 'element' } {
  const element = ELEMENTS[code.name] ?? 'span';
  const node: InlineNode & { type: 'element' } = { type: 'element', element, children: [] };
  const href = element === 'a' ? safeUrl(code.attrs?.href) : null;
  if (href) node.href = href;
  const title = texts.get(code.id)?.title;
  if (title) node.title = title;
  const lang = code.attrs?.lang && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(code.attrs.lang) ? code.attrs.lang : undefined;
  if (lang) node.lang = lang;
  const dir = code.attrs?.dir;
  if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') node.dir = dir;
  return node;
}

/**
 * Content as a tree every format writes from: always well-formed — a close without its open is
 * dropped, an open without its close is closed at the end, crossed codes are kept nested — with
 * links only to http(s), mailto or relative addresses and every text made inert.
 */
export function inlineTree(content: Content): InlineNode[] {
  // Most units are one piece of text.
  if (content.length === 1 && typeof content[0] === 'string') return content[0] === '' ? [] : [{ type: 'text', text: inertText(content[0]) }];
  const texts = attributeTexts(content);
  const root: InlineNode[] = [];
  const open: { id: string; children: InlineNode[] }[] = [];
  // Where the next node goes: the children of the innermost open code, else the root.
  let here = root;
  let inAttributeText = 0;
  for (const part of content) {
    if (typeof part === 'string') {
      if (inAttributeText === 0 && part !== '') {
        const last = here.at(-1);
        if (last?.type === 'text') last.text += inertText(part);
        else here.push({ type: 'text', text: inertText(part) });
      }
      continue;
    }
    if (ATTRIBUTE_TEXT.has(part.name) && part.kind !== 'standalone') {
      inAttributeText = Math.max(0, inAttributeText + (part.kind === 'open' ? 1 : -1));
      continue;
    }
    if (part.kind === 'standalone') {
      if (part.name === 'br') here.push({ type: 'break' });
      else if (part.name === 'code') here.push({ type: 'code', text: inertText(part.attrs?.text ?? '') });
      else if (part.name === 'img') here.push({ type: 'image', src: safeUrl(part.attrs?.src), alt: texts.get(part.id)?.alt ?? inertText(part.attrs?.alt ?? '') });
      continue;
    }
    if (part.kind === 'open') {
      const node = elementOf(part, texts);
      here.push(node);
      open.push({ id: part.id, children: node.children });
      here = node.children;
      continue;
    }
    let at = open.length - 1;
    while (at >= 0 && open[at]!.id !== part.id) at--;
    // Closing it closes what was opened inside it too, so the markup stays nested.
    if (at >= 0) {
      open.length = at;
      here = open.at(-1)?.children ?? root;
    }
  }
  return root;
}

/** The text a reader sees in a tree (line breaks as spaces). */
export function inlineText(nodes: readonly InlineNode[]): string {
  let text = '';
  for (const node of nodes) text += inlineNodeText(node);
  return text;
}

/** The text a reader sees in one node of a tree. */
export function inlineNodeText(node: InlineNode): string {
  switch (node.type) {
    case 'text':
    case 'code':
      return node.text;
    case 'break':
      return ' ';
    case 'image':
      return node.alt;
    case 'element':
      return inlineText(node.children);
  }
}
