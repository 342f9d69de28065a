/**
 * The Markdown importer: CommonMark (with GitHub's tables and ~~strikethrough~~) parsed by markdown-it
 * into the document model.
 *
 * - Blocks: headings with their level (a leading heading of the document's highest level, usually
 *   `#`, is the title); paragraphs; list items of bullet and ordered lists, nested lists flattened (the
 *   paragraphs of one item stay one block, joined by a line break); block quotes and table cells as
 *   paragraphs; fenced and indented code as a block of one unit that is not translated.
 * - Inline: `*em*` and `**strong**` (and `~~s~~`) as open/close pairs named `em`, `strong` (`s`);
 *   links as a pair named `a` with `attrs.href` when the target is safe (see urls.ts); `` `code` `` as
 *   a standalone `code` with the code in `attrs.text`, so that it cannot be changed in translation;
 *   images as a standalone `img` with `attrs.src`; a hard line break as a standalone `br`.
 * - A link's title and an image's alt text (and title) are text a reader sees, so they are translated:
 *   kept as subflows right after their code, as in HTML (see html.ts): a pair named `title` or `alt`
 *   with `attrs.for` set to the code's id, around the text.
 * - HTML in Markdown: a block of HTML is read by the HTML importer's rules (sanitised the same way);
 *   inline tags are dropped, except `<br>`, and the text between them is kept.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance, type Token } from 'markdown-it';
import { InputError } from '../errors/index.ts';
import type { InlineCode, SourceDocument } from '../model/document.ts';
import { tooDeep } from '../xml/safety.ts';
import { ContentBuilder } from './contentBuilder.ts';
import { checkedBlocks, markedBlocksOfHtmlFragment } from './html.ts';
import { MAX_MARKDOWN_LINES, MAX_TEXT_LENGTH } from '../limits.ts';
import { tooLarge } from './limits.ts';
import { countUpTo, tooMany } from './markupLimits.ts';
import { structureDocument, type MarkedBlock } from './structure.ts';
import { safeUrl } from './urls.ts';

const WHAT = 'Markdown';
/**
 * markdown-it stops nesting blocks at this level and drops what is deeper, so a document that reaches
 * it is refused rather than imported with text missing.
 */
const MAX_NESTING = 64;

let parser: MarkdownItInstance | null = null;

/** The parser, made on first use (not when the module loads). */
function markdownParser(): MarkdownItInstance {
  parser ??= new MarkdownIt('commonmark', { html: true, maxNesting: MAX_NESTING }).enable(['table', 'strikethrough']);
  return parser;
}

const PAIRS: Readonly<Record<string, string>> = { em_open: 'em', strong_open: 'strong', s_open: 's' };
const CLOSERS = new Set(['em_close', 'strong_close', 's_close', 'link_close']);
const BREAK_TAG = /^<br\s*\/?>$/i;

export function importMarkdown(text: string, lang: string): SourceDocument {
  if (text.length > MAX_TEXT_LENGTH) throw tooLarge(text.length, 'characters');
  if (text.trim() === '') throw new InputError('input.empty', 'The Markdown is empty (or only white space). Choose the file that holds the statement.');
  if (countUpTo(text, '\n', MAX_MARKDOWN_LINES) >= MAX_MARKDOWN_LINES) throw tooMany(WHAT, MAX_MARKDOWN_LINES, 'lines');
  const tokens = markdownParser().parse(text, {});
  return structureDocument(checkedBlocks(markedBlocks(tokens), WHAT), lang);
}

interface ItemFrame {
  /** The item's block while its paragraphs are read; null once something nested ends it. */
  block: { builder: ContentBuilder; marked: MarkedBlock } | null;
}

function markedBlocks(tokens: readonly Token[]): MarkedBlock[] {
  const blocks: MarkedBlock[] = [];
  const items: ItemFrame[] = [];
  /** Types of the block tokens open around the current one, innermost last. */
  const openTypes: string[] = [];
  let heading: number | null = null;
  let paragraphInItem = false;
  let cell = false;

  const endItemBlock = (): void => {
    const frame = items[items.length - 1];
    if (frame?.block) {
      frame.block.marked.content = frame.block.builder.finish();
      frame.block = null;
    }
  };

  for (const token of tokens) {
    if (token.level >= MAX_NESTING - 1) throw tooDeep(WHAT, (token.map?.[0] ?? 0) + 1);
    if (token.nesting === -1) openTypes.pop();
    const parent = openTypes[openTypes.length - 1];
    if (token.nesting === 1) openTypes.push(token.type);
    switch (token.type) {
      case 'list_item_open':
        endItemBlock();
        items.push({ block: null });
        break;
      case 'list_item_close':
        endItemBlock();
        items.pop();
        break;
      case 'paragraph_open':
        paragraphInItem = parent === 'list_item_open';
        break;
      case 'heading_open':
        endItemBlock();
        heading = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'td_open':
      case 'th_open':
        cell = true;
        break;
      case 'td_close':
      case 'th_close':
        cell = false;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'blockquote_open':
      case 'table_open':
        endItemBlock();
        break;
      case 'fence':
      case 'code_block': {
        endItemBlock();
        const code = token.content.trimEnd();
        if (code.trim() !== '') blocks.push({ kind: 'code', content: [code] });
        break;
      }
      case 'html_block':
        endItemBlock();
        blocks.push(...markedBlocksOfHtmlFragment(token.content));
        break;
      case 'inline': {
        const frame = items[items.length - 1];
        if (heading !== null) {
          const builder = inlineContent(token);
          blocks.push({ kind: 'heading', level: heading, content: builder.finish() });
        } else if (frame && paragraphInItem && !cell) {
          if (frame.block) {
            frame.block.builder.lineBreak();
            inlineContent(token, frame.block.builder);
          } else {
            const marked: MarkedBlock = { kind: 'list-item', content: [] };
            blocks.push(marked);
            frame.block = { builder: inlineContent(token), marked };
          }
        } else {
          blocks.push({ kind: 'paragraph', content: inlineContent(token).finish() });
        }
        break;
      }
      default:
        break;
    }
  }
  endItemBlock();
  return blocks;
}

/** The content of an inline token, added to `builder` (a new one unless given). */
function inlineContent(token: Token, builder = new ContentBuilder(WHAT)): ContentBuilder {
  /** Codes opened by the inline tokens, innermost last; null for a link whose target was dropped. */
  const open: { code: InlineCode | null; title?: string }[] = [];
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
        builder.text(child.content);
        break;
      case 'softbreak':
        builder.softBreak();
        break;
      case 'hardbreak':
        builder.lineBreak();
        break;
      case 'code_inline':
        builder.standalone('code', { text: child.content });
        break;
      case 'link_open': {
        const href = safeUrl(attribute(child, 'href'));
        const title = attribute(child, 'title');
        const code = href === null ? null : builder.openCode('a', { href });
        open.push(title === undefined ? { code } : { code, title });
        break;
      }
      case 'image': {
        const src = safeUrl(attribute(child, 'src'));
        const img = builder.standalone('img', src === null ? undefined : { src });
        builder.subflow(img, 'alt', child.content);
        const title = attribute(child, 'title');
        if (title) builder.subflow(img, 'title', title);
        break;
      }
      case 'html_inline':
        if (BREAK_TAG.test(child.content.trim())) builder.lineBreak();
        break;
      default:
        if (PAIRS[child.type]) {
          open.push({ code: builder.openCode(PAIRS[child.type] as string) });
        } else if (CLOSERS.has(child.type)) {
          const frame = open.pop();
          if (frame?.code) {
            builder.closeCode(frame.code);
            if (frame.title) builder.subflow(frame.code, 'title', frame.title);
          }
        }
        break;
    }
  }
  return builder;
}

function attribute(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}
