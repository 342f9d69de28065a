/**
 * The document model every importer produces and every exporter reads:
 * a statement is a list of blocks, a block a list of translatable units,
 * and a unit's content is text interleaved with inline codes.
 */

/** An inline formatting code kept out of the translatable text (bold, a link, a line break…). */
export interface InlineCode {
  /** `open`/`close` pair up by `id`; `standalone` stands alone (a line break, an image). */
  kind: 'open' | 'close' | 'standalone';
  /** Unique within the unit; an `open` and its `close` share it. */
  id: string;
  /** What the code stands for in the original format, e.g. `b`, `a`, `br`. */
  name: string;
  /** Original attributes worth keeping (e.g. `href`). */
  attrs?: Record<string, string>;
}

/** Unit content: plain strings and inline codes, in reading order. */
export type Content = (string | InlineCode)[];

export type BlockKind =
  | 'title'
  | 'date'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'signatory'
  /** A line that belongs to the page rather than the text, such as a URL a PDF footer left behind. */
  | 'aside';

export interface Unit {
  /** Source content of one sentence (or one signatory line). No leading/trailing whitespace. */
  source: Content;
  /** Whitespace that followed this unit in the block's text (kept so units rejoin exactly). */
  spaceAfter: string;
  /** False for content that must stay as it is in every language (names, URLs, code). */
  translate: boolean;
}

export interface Block {
  kind: BlockKind;
  units: Unit[];
  /** Heading level (1–6) for `heading` blocks. */
  level?: number;
  /** Consecutive `list-item` / `signatory` blocks with the same `list` number form one list. */
  list?: number;
  /** For `date` blocks: the date in ISO 8601 form (YYYY-MM-DD), formatted per language on publication. */
  date?: string;
}

export interface SourceDocument {
  /** BCP 47 tag of the source language. */
  lang: string;
  blocks: Block[];
}

export function contentText(content: Content): string {
  let text = '';
  for (const part of content) if (typeof part === 'string') text += part;
  return text;
}

export function textContent(text: string): Content {
  return text === '' ? [] : [text];
}

/** Adds a part to content being built: text joined to the text before it, empty text left out. */
export function appendPart(content: Content, part: string | InlineCode): void {
  const last = content.at(-1);
  if (typeof part === 'string' && typeof last === 'string') content[content.length - 1] = last + part;
  else if (part !== '') content.push(part);
}
