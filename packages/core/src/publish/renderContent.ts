import type { Content, InlineCode } from '../model/document.ts';
import { escapeHtml } from './escapeHtml.ts';

/** Inline codes that become the HTML element of the same meaning; anything else is a plain span. */
const ELEMENTS: Record<string, string> = { b: 'strong', strong: 'strong', i: 'em', em: 'em', u: 'u', s: 'del', del: 'del', sup: 'sup', sub: 'sub', code: 'code', a: 'a', span: 'span' };
/** Pairs that carry the translatable text of another code's attribute (`attrs.for` names it). */
const ATTRIBUTE_TEXT = new Set(['title', 'alt']);

/** The address when it is http(s), mailto or relative; null for anything else (javascript:, data:…). */
function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  // Browsers ignore control characters and spaces inside a scheme: so does this check.
  // eslint-disable-next-line no-control-regex -- these very characters are what a browser skips
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? url : null;
}

function attributes(code: InlineCode, texts: Map<string, Record<string, string>>): string {
  const out: string[] = [];
  const href = code.name === 'a' ? safeUrl(code.attrs?.href) : null;
  if (href) out.push(`href="${escapeHtml(href)}"`);
  for (const name of ['lang', 'dir'] as const) if (code.attrs?.[name]) out.push(`${name}="${escapeHtml(code.attrs[name])}"`);
  for (const [name, value] of Object.entries(texts.get(code.id) ?? {})) out.push(`${name}="${escapeHtml(value)}"`);
  return out.length ? ` ${out.join(' ')}` : '';
}

/** The translatable attribute texts (title, alt) of the content's codes, by the id of the code they belong to. */
function attributeTexts(content: Content): Map<string, Record<string, string>> {
  const texts = new Map<string, Record<string, string>>();
  let collecting: { for: string; name: string; text: string } | null = null;
  for (const part of content) {
    if (typeof part === 'string') {
      if (collecting) collecting.text += part;
    } else if (ATTRIBUTE_TEXT.has(part.name) && part.kind === 'open') collecting = { for: part.attrs?.for ?? '', name: part.name, text: '' };
    else if (collecting && part.kind === 'close' && ATTRIBUTE_TEXT.has(part.name)) {
      texts.set(collecting.for, { ...texts.get(collecting.for), [collecting.name]: collecting.text });
      collecting = null;
    }
  }
  return texts;
}

/**
 * Content as safe HTML: text escaped, inline codes as their elements (links only to http(s),
 * mailto or relative addresses), always well-formed — a close without its open is dropped, an
 * open without its close is closed at the end.
 */
export function renderContent(content: Content): string {
  const texts = attributeTexts(content);
  const open: { id: string; tag: string }[] = [];
  let html = '';
  let inAttributeText = 0;
  for (const part of content) {
    if (typeof part === 'string') {
      if (inAttributeText === 0) html += escapeHtml(part);
      continue;
    }
    if (ATTRIBUTE_TEXT.has(part.name) && part.kind !== 'standalone') {
      inAttributeText += part.kind === 'open' ? 1 : -1;
      continue;
    }
    if (part.kind === 'standalone') {
      if (part.name === 'br') html += '<br>';
      else if (part.name === 'code') html += `<code>${escapeHtml(part.attrs?.text ?? '')}</code>`;
      else if (part.name === 'img') {
        const src = safeUrl(part.attrs?.src);
        const alt = texts.get(part.id)?.alt ?? part.attrs?.alt ?? '';
        html += src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">` : escapeHtml(alt);
      }
      continue;
    }
    if (part.kind === 'open') {
      const tag = ELEMENTS[part.name] ?? 'span';
      open.push({ id: part.id, tag });
      html += `<${tag}${attributes(part, texts)}>`;
      continue;
    }
    const at = open.findLastIndex((o) => o.id === part.id);
    if (at < 0) continue;
    // Close what was opened inside it first, so the markup stays nested.
    for (const o of open.splice(at).reverse()) html += `</${o.tag}>`;
  }
  for (const o of open.reverse()) html += `</${o.tag}>`;
  return html;
}
