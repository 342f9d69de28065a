/**
 * From the blocks a structured format marks (Markdown, HTML, DOCX) to the document model, with the
 * judgements of the plain-text importer: a date line at the top, a line in another script before the
 * text, the title, a signatories heading and the names under it, list numbers, sentence units.
 */
import type { Block, Content, SourceDocument, Unit } from '../model/document.ts';
import { contentText } from '../model/document.ts';
import { markNameLists, markSignatories, MAX_TITLE_LINES, numberLists, type ShapedBlock } from './blockKinds.ts';
import { contentHasText, contentLines, softBreaksToSpaces } from './contentBuilder.ts';
import { contentUnits } from './contentUnits.ts';
import { parseDateLine } from './dateLine.ts';
import { documentScripts, isInOtherScript } from './scripts.ts';
import { isSignatoryHeading, isTitleLike } from './textShape.ts';

/** A block as a format marks it; `content` keeps soft line breaks as `\n`. */
export interface MarkedBlock {
  kind: 'title' | 'heading' | 'paragraph' | 'list-item' | 'code';
  content: Content;
  /** Heading level (1–6). */
  level?: number;
}

export interface StructureOptions {
  /** The title to use when no block is marked or recognised as one (an HTML page's `<title>`). */
  fallbackTitle?: Content;
}

/** How many blocks from the top may still hold a date line (as in plain text). */
const LEADING_BLOCKS = 6;
/** Level given to a paragraph recognised as a signatories heading. */
const DEFAULT_HEADING_LEVEL = 2;

interface Shaped extends ShapedBlock {
  content: Content;
  lineContents: Content[];
  level?: number;
  date?: string;
  /** A code block: one unit, not translated. */
  code?: boolean;
}

export function structureDocument(marked: readonly MarkedBlock[], lang: string, options: StructureOptions = {}): SourceDocument {
  let blocks = marked.filter((block) => contentHasText(block.content)).map(shape);
  const sample = blocks.slice(0, 50).map((block) => block.text).join('\n');
  blocks = separateLeadingLines(blocks, documentScripts(lang, sample));
  blocks = chooseTitle(blocks, options.fallbackTitle);
  blocks = blocks.flatMap(signatoryHeadings);
  blocks = markSignatories(blocks, {
    eachLine: (block) => block.lineContents.map((line) => ({ ...shapeContent('signatory', line), lines: [contentText(line)] })),
    singleLineNames: true,
    endsSection: (block, heading) => block.kind === 'heading' && (block.level ?? DEFAULT_HEADING_LEVEL) <= (heading.level ?? DEFAULT_HEADING_LEVEL),
  });
  markNameLists(blocks);
  numberLists(blocks);
  return { lang, blocks: blocks.map((block) => toBlock(block, lang)) };
}

function shape(block: MarkedBlock): Shaped {
  const shaped = shapeContent(block.kind === 'code' ? 'paragraph' : block.kind, block.content);
  if (block.kind === 'code') {
    shaped.code = true;
    shaped.lines = [shaped.text];
  }
  if (block.level !== undefined) shaped.level = block.level;
  return shaped;
}

function shapeContent(kind: Shaped['kind'], content: Content): Shaped {
  const lineContents = contentLines(content);
  const lines = lineContents.map(contentText);
  return { kind, content, lineContents, lines, text: lines.join(' ') };
}

/** The block made of some of `block`'s lines (soft breaks between them). */
function withLines(block: Shaped, lineContents: readonly Content[]): Shaped {
  const content: Content = [];
  lineContents.forEach((line, i) => {
    if (i > 0) content.push('\n');
    content.push(...line);
  });
  const shaped = shapeContent(block.kind, content);
  if (block.level !== undefined) shaped.level = block.level;
  return shaped;
}

/**
 * Among the first blocks, before the first list item or paragraph of text: a line that is only a date
 * becomes a date block, and a line in another script than the document's, before any in its own,
 * becomes an aside (a heading left from the page the statement was copied from).
 */
function separateLeadingLines(blocks: readonly Shaped[], scripts: ReturnType<typeof documentScripts>): Shaped[] {
  const result: Shaped[] = [];
  let ownScriptSeen = false;
  let index = 0;
  for (; index < blocks.length && index < LEADING_BLOCKS; index++) {
    const block = blocks[index] as Shaped;
    if (block.kind === 'list-item' || block.code) break;
    const titleLike = block.lines.length <= MAX_TITLE_LINES && isTitleLike(block.text);
    let kept: Content[] = [];
    let changed = false;
    block.lineContents.forEach((line, i) => {
      const text = contentText(line);
      const date = titleLike || i === 0 ? parseDateLine(text) : null;
      if (date === null && (ownScriptSeen || !isInOtherScript(text, scripts))) {
        kept.push(line);
        ownScriptSeen = true;
        return;
      }
      changed = true;
      if (kept.length > 0) result.push(withLines(block, kept));
      kept = [];
      if (date !== null) result.push({ kind: 'date', content: [], lineContents: [], lines: [], text: '', date });
      else result.push({ ...shapeContent('aside', line) });
    });
    if (!changed) result.push(block);
    else if (kept.length > 0) result.push(withLines(block, kept));
    if (!titleLike) {
      index++;
      break;
    }
  }
  return result.concat(blocks.slice(index));
}

/**
 * The title: a block the format marks as one (later ones become level-1 headings); else the fallback
 * title the format gives (an HTML page's `<title>`); else the first block of text when it is a heading
 * of the document's highest level, or a short paragraph shaped like a title (as in plain text).
 */
function chooseTitle(blocks: readonly Shaped[], fallback: Content | undefined): Shaped[] {
  const marked = blocks.findIndex((block) => block.kind === 'title');
  if (marked >= 0) {
    return blocks.map((block, i) => (block.kind === 'title' && i !== marked ? { ...block, kind: 'heading', level: 1 } : block));
  }
  const first = blocks.findIndex((block) => block.kind !== 'date' && block.kind !== 'aside');
  if (fallback && contentHasText(fallback)) return [shapeContent('title', fallback), ...blocks];
  const candidate = blocks[first];
  if (candidate && !candidate.code) {
    let topLevel = 7;
    for (const block of blocks) if (block.kind === 'heading') topLevel = Math.min(topLevel, block.level ?? DEFAULT_HEADING_LEVEL);
    const heading = candidate.kind === 'heading' && (candidate.level ?? DEFAULT_HEADING_LEVEL) === topLevel;
    const shortParagraph =
      candidate.kind === 'paragraph' && candidate.lines.length <= MAX_TITLE_LINES && isTitleLike(candidate.text) && first < blocks.length - 1;
    if ((heading || shortParagraph) && !isSignatoryHeading(candidate.text)) {
      const title: Shaped = { ...candidate, kind: 'title' };
      delete title.level;
      return [...blocks.slice(0, first), title, ...blocks.slice(first + 1)];
    }
  }
  return [...blocks];
}

/**
 * A paragraph that is only "Signatories" (or "Signed by:") is a heading; one whose first line is, with
 * names on the next lines, is a heading and a paragraph of those lines.
 */
function signatoryHeadings(block: Shaped): Shaped[] {
  if (block.kind !== 'paragraph' || block.code) return [block];
  const [firstLine, ...rest] = block.lineContents;
  if (!firstLine || !isSignatoryHeading(contentText(firstLine))) return [block];
  const heading: Shaped = { ...shapeContent('heading', firstLine), level: DEFAULT_HEADING_LEVEL };
  return rest.length === 0 ? [heading] : [heading, withLines(block, rest)];
}

function toBlock(shaped: Shaped, lang: string): Block {
  const block: Block = { kind: shaped.kind, units: unitsOf(shaped, lang) };
  if (shaped.kind === 'heading') block.level = shaped.level ?? DEFAULT_HEADING_LEVEL;
  if (shaped.list !== undefined) block.list = shaped.list;
  if (shaped.date !== undefined) block.date = shaped.date;
  return block;
}

function unitsOf(shaped: Shaped, lang: string): Unit[] {
  if (shaped.kind === 'date') return [];
  if (shaped.code) return [{ source: shaped.content, spaceAfter: '', translate: false }];
  const content = softBreaksToSpaces(shaped.content);
  // Names and asides stay as they are, one unit each.
  if (shaped.kind === 'signatory' || shaped.kind === 'aside') return [{ source: content, spaceAfter: '', translate: false }];
  // A unit of codes only (a picture without a description) has nothing to translate.
  return contentUnits(content, lang).map((unit) => (contentText(unit.source).trim() === '' ? { ...unit, translate: false } : unit));
}
