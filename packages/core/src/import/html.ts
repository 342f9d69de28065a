/**
 * The HTML importer: a page (or a fragment) parsed as a browser parses it (parse5, which follows the
 * WHATWG HTML standard), of which only text and a few inline elements are kept. No markup passes
 * through: elements become blocks or inline codes with a few checked attributes, or nothing.
 *
 * - Blocks: `h1`–`h6` (headings; the first `h1` is the title, or the page's `<title>` when there is
 *   no `h1`), `p`, `li` (list items; nested lists are flattened), table cells, `blockquote`, `dt`/`dd`,
 *   and any container with text of its own (`<div>text</div>`) as paragraphs; `pre` as a block of one
 *   unit that is not translated, its white space kept.
 * - Inline codes: `b strong i em u s del ins mark small sup sub cite q abbr` as open/close pairs named
 *   after the element; `a` as a pair named `a` with `attrs.href` when the target is safe (see urls.ts:
 *   `http:`, `https:`, `mailto:` or relative; a link to anything else keeps its text, not the link);
 *   `span` only when it carries `lang` or `dir` (a bare span shows nothing a reader sees); `br` and
 *   `img` (with `attrs.src` when safe) as standalone codes; `code`, `kbd` and `samp` as a standalone
 *   `code` with its text in `attrs.text`, so that it cannot be changed in translation. `lang` and `dir`
 *   are kept on any code.
 * - `title` and `alt` are text a reader sees (a tooltip, an image's replacement) and are translated
 *   like the rest: they are kept as subflows, the way XLIFF 1.2 keeps them in `<sub>`. Right after
 *   the code they belong to, an open/close pair named `title` (or `alt`) with `attrs.for` set to that
 *   code's id holds the text, in the same unit as the code; the sentence segmenter does not look
 *   into it. A publisher puts the (translated) text back into the attribute of the element with that id.
 * - Dropped with all they contain: comments, `script`, `style`, `template`, `iframe`, `object`,
 *   `embed`, `noscript`, `svg`, `math`, `canvas`, media and form controls, elements marked `hidden`,
 *   and `nav` (a site's menus are no part of a statement).
 *   Any other element (`font`, `label`, unknown ones) is transparent: its text is kept, it is not.
 * - White space is collapsed as a browser shows it (except in `pre`).
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode, SourceDocument } from '../model/document.ts';
import { ContentBuilder } from './contentBuilder.ts';
import { MAX_BLOCKS, MAX_HTML_LENGTH, MAX_HTML_TAGS, MAX_TEXT_LENGTH } from '../limits.ts';
import { tooLarge } from './limits.ts';
import { countUpTo, tooLong, tooMany } from './markupLimits.ts';
import { structureDocument, type MarkedBlock } from './structure.ts';
import { safeUrl } from './urls.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const WHAT = 'HTML';

const DROPPED = new Set([
  'head', 'script', 'style', 'template', 'iframe', 'object', 'embed', 'applet', 'param', 'noscript', 'noembed', 'noframes',
  'frame', 'frameset', 'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture', 'map', 'area', 'select',
  'option', 'optgroup', 'datalist', 'textarea', 'button', 'input', 'link', 'meta', 'base', 'title', 'dialog', 'slot', 'nav',
]);
const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'caption',
  'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'xmp',
]);
const PAIRED = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'mark', 'small', 'sup', 'sub', 'cite', 'q', 'abbr', 'a', 'span']);
const CODE_TEXT = new Set(['code', 'kbd', 'samp', 'tt']);
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);
const HEADING = /^h([1-6])$/;
/** Attributes kept on any inline code: they change how a reader's software reads the text. */
const KEPT_ATTRIBUTES = ['lang', 'dir'];

export function importHtml(html: string, lang: string): SourceDocument {
  if (html.length > MAX_HTML_LENGTH) throw tooLong(WHAT, html.length, MAX_HTML_LENGTH);
  if (html.trim() === '') throw new InputError('input.empty', 'The HTML is empty (or only white space). Choose the file that holds the statement.');
  if (countUpTo(html, '<', MAX_HTML_TAGS) > MAX_HTML_TAGS) throw tooMany(WHAT, MAX_HTML_TAGS, 'tags');
  const document = parse(html);
  const { blocks, title } = markedBlocksOf(document);
  const fallbackTitle = blocks.some((block) => block.kind === 'title') ? undefined : title;
  return structureDocument(checkedBlocks(blocks, WHAT), lang, fallbackTitle ? { fallbackTitle } : {});
}

/** The blocks of an HTML fragment (for HTML inside Markdown). */
export function markedBlocksOfHtmlFragment(html: string): MarkedBlock[] {
  return markedBlocksOf(parseFragment(html)).blocks;
}

/** Refuses a document with no text, or with more text than a statement may have. */
export function checkedBlocks(blocks: MarkedBlock[], what: string): MarkedBlock[] {
  let length = 0;
  for (const block of blocks) for (const part of block.content) if (typeof part === 'string') length += part.length;
  if (length > MAX_TEXT_LENGTH) throw tooLarge(length, 'characters');
  if (blocks.length > MAX_BLOCKS) throw tooMany(what, MAX_BLOCKS, 'paragraphs, headings and list items');
  if (length === 0 || blocks.every((block) => block.content.every((part) => typeof part !== 'string' || part.trim() === ''))) {
    throw new InputError('input.empty', `The ${what} has no text to translate. Choose the file that holds the statement.`);
  }
  return blocks;
}

interface Context {
  kind: MarkedBlock['kind'];
  level?: number;
}

type Task = { enter: Node } | { exit: Element; code: InlineCode | null; subflows: [string, string][]; context: boolean };

function markedBlocksOf(root: ParentNode): { blocks: MarkedBlock[]; title: Content | undefined } {
  const blocks: MarkedBlock[] = [];
  const contexts: Context[] = [{ kind: 'paragraph' }];
  let builder = new ContentBuilder(WHAT);
  let h1Seen = false;

  const flush = (): void => {
    if (builder.hasContent) {
      const context = contexts[contexts.length - 1] as Context;
      const block: MarkedBlock = { kind: context.kind, content: builder.finish() };
      if (context.level !== undefined) block.level = context.level;
      blocks.push(block);
    }
    builder = new ContentBuilder(WHAT);
  };

  const tasks: Task[] = [];
  for (let i = root.childNodes.length - 1; i >= 0; i--) tasks.push({ enter: root.childNodes[i] as Node });
  while (tasks.length > 0) {
    const task = tasks.pop() as Task;
    if ('exit' in task) {
      if (task.code) {
        builder.closeCode(task.code);
        for (const [name, value] of task.subflows) builder.subflow(task.code, name, value);
      }
      if (task.context) {
        flush();
        contexts.pop();
      }
      continue;
    }
    const node = task.enter;
    if (node.nodeName === '#text') {
      builder.text((node as DefaultTreeAdapterTypes.TextNode).value);
      continue;
    }
    if (!isElement(node)) continue; // comments, doctype
    const name = node.tagName;
    if (node.namespaceURI !== HTML_NAMESPACE || DROPPED.has(name) || hasAttribute(node, 'hidden')) continue;

    if (PREFORMATTED.has(name)) {
      flush();
      const text = textOf(node, false);
      // As in a browser, a line end right after <pre> is not part of it; white space at the end is not kept.
      const kept = text.replace(/^\n/, '').trimEnd();
      if (kept.trim() !== '') blocks.push({ kind: 'code', content: [kept] });
      continue;
    }
    if (name === 'br') {
      builder.lineBreak();
      continue;
    }
    if (name === 'img') {
      const img = builder.standalone('img', attributesOf(node, 'src'));
      subflowsOf(node).forEach(([attribute, value]) => builder.subflow(img, attribute, value));
      continue;
    }
    if (CODE_TEXT.has(name)) {
      const text = textOf(node, true);
      if (text.trim() !== '') builder.standalone('code', { text: text.trim() });
      continue;
    }

    const exit: Task = { exit: node, code: null, subflows: [], context: false };
    if (BLOCKS.has(name)) {
      flush();
      const heading = HEADING.exec(name);
      let context: Context;
      if (heading) {
        const level = Number(heading[1]);
        context = level === 1 && !h1Seen ? { kind: 'title' } : { kind: 'heading', level };
        if (level === 1) h1Seen = true;
      } else if (name === 'li') {
        context = { kind: 'list-item' };
      } else {
        const outer = contexts[contexts.length - 1] as Context;
        // Inside a heading, any container belongs to it; inside a list item, a paragraph or a nested
        // list belongs to the item, a quotation or a table cell is a paragraph of its own.
        if (outer.kind === 'heading' || outer.kind === 'title') context = outer;
        else if (outer.kind === 'list-item' && !isCellOrBlock(name)) context = { kind: 'list-item' };
        else context = { kind: 'paragraph' };
      }
      contexts.push(context);
      exit.context = true;
    } else if (PAIRED.has(name)) {
      const attrs = name === 'a' ? attributesOf(node, 'href') : attributesOf(node);
      const subflows = subflowsOf(node);
      const bare = (name === 'span' || name === 'abbr') && Object.keys(attrs).length === 0 && subflows.length === 0;
      const linkWithoutTarget = name === 'a' && attrs.href === undefined;
      if (!bare && !linkWithoutTarget) {
        exit.code = builder.openCode(name === 'strike' ? 's' : name, attrs);
        exit.subflows = subflows;
      }
    }
    tasks.push(exit);
    for (let i = node.childNodes.length - 1; i >= 0; i--) tasks.push({ enter: node.childNodes[i] as Node });
  }
  flush();
  return { blocks, title: titleOf(root) };
}

/** Block elements inside a list item that make a paragraph of their own rather than more of the item. */
function isCellOrBlock(name: string): boolean {
  return name === 'td' || name === 'th' || name === 'blockquote' || name === 'dd' || name === 'dt';
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function hasAttribute(element: Element, name: string): boolean {
  return element.attrs.some((attr) => attr.name === name);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** `lang` and `dir`, and the URL attribute `urlName` when its value is safe. */
function attributesOf(element: Element, urlName?: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (urlName) {
    const url = safeUrl(attribute(element, urlName));
    if (url !== null) attrs[urlName] = url;
  }
  for (const name of KEPT_ATTRIBUTES) {
    const value = attribute(element, name)?.trim();
    if (value && /^[A-Za-z0-9-]{1,35}$/.test(value)) attrs[name] = value;
  }
  return attrs;
}

/** The element's translatable attributes (alt before title), with text. */
function subflowsOf(element: Element): [string, string][] {
  const result: [string, string][] = [];
  for (const name of ['alt', 'title']) {
    const value = attribute(element, name);
    if (value !== undefined && value.trim() !== '') result.push([name, value]);
  }
  return result;
}

/** The text inside `element` (dropped elements left out), collapsed as a browser shows it unless `collapse` is false. */
function textOf(element: Element, collapse: boolean): string {
  const parts: string[] = [];
  const stack: Node[] = [...element.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(node) && !DROPPED.has(node.tagName) && !hasAttribute(node, 'hidden')) {
      if (node.tagName === 'br') parts.push('\n');
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
    }
  }
  const text = parts.join('');
  return collapse ? text.replace(/[ \t\n\r\f]+/g, ' ') : text;
}

/** The text of the page's `<title>`, if any. */
function titleOf(root: ParentNode): Content | undefined {
  const stack: Node[] = [...root.childNodes];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) continue;
    if (node.tagName === 'title' && node.namespaceURI === HTML_NAMESPACE) {
      const builder = new ContentBuilder(WHAT);
      builder.text(textOf(node, true));
      return builder.finish();
    }
    // The title is in the head; the body is not searched.
    if (node.tagName === 'html' || node.tagName === 'head') stack.push(...node.childNodes);
  }
  return undefined;
}
