import type { Content } from '../model/document.ts';
import { escapeHtml } from './escapeHtml.ts';
import { inlineTree, type InlineNode } from './inline.ts';

/** Inline nodes as HTML; `text` escapes a piece of text (by default `escapeHtml`). */
export function renderInlineHtml(nodes: readonly InlineNode[], text: (piece: string) => string = escapeHtml): string {
  let html = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        html += text(node.text);
        break;
      case 'break':
        html += '<br>';
        break;
      case 'code':
        html += `<code>${text(node.text)}</code>`;
        break;
      case 'image':
        html += node.src ? `<img src="${escapeHtml(node.src)}" alt="${escapeHtml(node.alt)}">` : text(node.alt);
        break;
      case 'element': {
        let attributes = node.href ? ` href="${escapeHtml(node.href)}"` : '';
        if (node.lang) attributes += ` lang="${escapeHtml(node.lang)}"`;
        if (node.dir) attributes += ` dir="${node.dir}"`;
        if (node.title) attributes += ` title="${escapeHtml(node.title)}"`;
        html += `<${node.element}${attributes}>${renderInlineHtml(node.children, text)}</${node.element}>`;
      }
    }
  }
  return html;
}

/**
 * Content as safe HTML: text escaped, inline codes as their elements (links only to http(s),
 * mailto or relative addresses), always well-formed.
 */
export function renderContent(content: Content): string {
  return renderInlineHtml(inlineTree(content));
}
