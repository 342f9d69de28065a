/**
 * Builds the content of one block from a markup tree walk: text with white space collapsed as a
 * browser shows it, and inline codes with ids unique in the block.
 *
 * White space: runs of spaces, tabs and line ends are one space; none at the start or end of the block
 * or around a line break. A space at the edge of a code pair is moved outside it (`x<b> y</b>` is kept
 * as `x <b>y</b>`), which looks the same and lets sentence units start and end outside white space.
 *
 * Soft line breaks (a line end inside a Markdown paragraph) are kept as `\n` until the block's lines
 * have been looked at (a date on the first line, names on each line), then become spaces
 * (`softBreaksToSpaces`).
 */
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode } from '../model/document.ts';

/** Inline codes nest at most this deep; deeper formatting is an attack or a broken file. */
export const MAX_CODE_DEPTH = 64;

const COLLAPSIBLE = /[ \t\n\r\f]+/g;

export class ContentBuilder {
  private readonly parts: Content = [];
  private nextId = 1;
  /** Nothing visible since the block's start or the last line break. */
  private atLineStart = true;
  /** A collapsed space waiting for the next visible text. */
  private pendingSpace = false;
  private readonly open: InlineCode[] = [];

  constructor(private readonly what: string) {}

  get depth(): number {
    return this.open.length;
  }

  /** Whether anything visible (text or a standalone code other than a line break) was added. */
  get hasContent(): boolean {
    return contentHasText(this.parts);
  }

  text(raw: string): void {
    if (raw === '') return;
    const collapsed = raw.replace(COLLAPSIBLE, ' ');
    let text = collapsed;
    if (text.startsWith(' ')) {
      this.pendingSpace = true;
      text = text.slice(1);
    }
    if (text === '') return;
    const trailing = text.endsWith(' ');
    if (trailing) text = text.slice(0, -1);
    if (text !== '') {
      this.flushSpace();
      this.append(text);
      this.atLineStart = false;
    }
    if (trailing) this.pendingSpace = true;
  }

  /** A line end inside a paragraph that a reader sees as a space (kept as `\n` until `softBreaksToSpaces`). */
  softBreak(): void {
    this.pendingSpace = false;
    if (this.atLineStart) return;
    this.append('\n');
    this.atLineStart = true;
  }

  /** A hard line break: a standalone `br` code. */
  lineBreak(): void {
    this.pendingSpace = false;
    if (this.parts.length === 0) return;
    this.parts.push({ kind: 'standalone', id: this.newId(), name: 'br' });
    this.atLineStart = true;
  }

  openCode(name: string, attrs?: Record<string, string>): InlineCode {
    if (this.open.length >= MAX_CODE_DEPTH) {
      throw new InputError('xml.too-deep', `The ${this.what} nests formatting more than ${MAX_CODE_DEPTH} levels deep. Simplify its formatting and import it again.`, {
        maxDepth: MAX_CODE_DEPTH,
      });
    }
    const code: InlineCode = { kind: 'open', id: this.newId(), name };
    if (attrs && Object.keys(attrs).length > 0) code.attrs = attrs;
    this.parts.push(code);
    this.open.push(code);
    return code;
  }

  /** Closes `code` (and anything opened inside it and still open). */
  closeCode(code: InlineCode): void {
    const at = this.open.lastIndexOf(code);
    if (at < 0) return;
    while (this.open.length > at) {
      const open = this.open.pop() as InlineCode;
      this.parts.push({ kind: 'close', id: open.id, name: open.name });
    }
  }

  closeAll(): void {
    const outermost = this.open[0];
    if (outermost) this.closeCode(outermost);
  }

  standalone(name: string, attrs?: Record<string, string>): InlineCode {
    this.flushSpace();
    const code: InlineCode = { kind: 'standalone', id: this.newId(), name };
    if (attrs && Object.keys(attrs).length > 0) code.attrs = attrs;
    this.parts.push(code);
    this.atLineStart = false;
    return code;
  }

  /**
   * Translatable text of an attribute of `owner` (a link's title, an image's alt text), kept as a
   * subflow right after the code: an open/close pair named after the attribute, with `attrs.for`
   * set to the owner's id, around the text. See importers' notes on why it is kept this way.
   */
  subflow(owner: InlineCode, attribute: string, value: string): void {
    const text = value.replace(COLLAPSIBLE, ' ').trim();
    if (text === '') return;
    const id = this.newId();
    this.parts.push({ kind: 'open', id, name: attribute, attrs: { for: owner.id } }, text, { kind: 'close', id, name: attribute });
    this.atLineStart = false;
  }

  /** The content: codes still open are closed, empty pairs left out, white space trimmed at the ends. */
  finish(): Content {
    this.closeAll();
    return trimContent(dropEmptyPairs(this.parts));
  }

  private newId(): string {
    return String(this.nextId++);
  }

  private append(text: string): void {
    const last = this.parts.length - 1;
    if (typeof this.parts[last] === 'string') this.parts[last] = (this.parts[last] as string) + text;
    else this.parts.push(text);
  }

  /** Writes a pending space before the open codes that end the content so far (outside their pair). */
  private flushSpace(): void {
    if (!this.pendingSpace) return;
    this.pendingSpace = false;
    if (this.atLineStart) return;
    let at = this.parts.length;
    while (at > 0) {
      const part = this.parts[at - 1];
      if (typeof part !== 'object' || part.kind !== 'open') break;
      at--;
    }
    const before = this.parts[at - 1];
    if (typeof before === 'string') this.parts[at - 1] = before + ' ';
    else this.parts.splice(at, 0, ' ');
  }
}

/** Content without pairs that hold nothing (`<b></b>`, a link around nothing but white space moved out). */
function dropEmptyPairs(parts: Content): Content {
  const result: Content = [];
  for (const part of parts) {
    const last = result.at(-1);
    if (typeof part === 'object' && part.kind === 'close' && typeof last === 'object' && last.kind === 'open' && last.id === part.id && !last.attrs) {
      result.pop();
      continue;
    }
    if (typeof part === 'string' && typeof last === 'string') result[result.length - 1] = last + part;
    else result.push(part);
  }
  return result;
}

/** Content without white space, soft breaks or line breaks at its start and end. */
export function trimContent(content: Content): Content {
  const result = [...content];
  while (result.length > 0) {
    const first = result[0];
    if (typeof first === 'string') {
      const trimmed = first.replace(/^\s+/u, '');
      if (trimmed !== '') {
        result[0] = trimmed;
        break;
      }
      result.shift();
    } else if (first?.kind === 'standalone' && first.name === 'br') {
      result.shift();
    } else break;
  }
  // At the end, white space may sit before close codes: look past them.
  for (let i = result.length - 1; i >= 0; i--) {
    const part = result[i];
    if (typeof part === 'string') {
      const trimmed = part.replace(/\s+$/u, '');
      if (trimmed !== '') {
        result[i] = trimmed;
        break;
      }
      result.splice(i, 1);
    } else if (part?.kind === 'standalone' && part.name === 'br') {
      result.splice(i, 1);
    } else if (part?.kind !== 'close') break;
  }
  return result;
}

/** Soft line breaks (`\n`) as the spaces a reader sees. */
export function softBreaksToSpaces(content: Content): Content {
  return content.map((part) => (typeof part === 'string' ? part.replace(/\n/g, ' ') : part));
}

/**
 * The lines of `content`, split at soft breaks (`\n`) and `br` codes (which are left out). A code pair
 * that goes on over a line end is closed at the end of the line and opened again on the next one.
 */
export function contentLines(content: Content): Content[] {
  if (!content.some((part) => (typeof part === 'string' ? part.includes('\n') : part.kind === 'standalone' && part.name === 'br'))) {
    return contentHasText(content) ? [content] : [];
  }
  const lines: Content[] = [];
  let line: Content = [];
  const open: InlineCode[] = [];
  const newLine = (): void => {
    for (let i = open.length - 1; i >= 0; i--) line.push({ kind: 'close', id: (open[i] as InlineCode).id, name: (open[i] as InlineCode).name });
    lines.push(line);
    line = [...open];
  };
  for (const part of content) {
    if (typeof part === 'string') {
      part.split('\n').forEach((piece, i) => {
        if (i > 0) newLine();
        if (piece !== '') line.push(piece);
      });
    } else if (part.kind === 'standalone' && part.name === 'br') {
      newLine();
    } else {
      line.push(part);
      if (part.kind === 'open') open.push(part);
      else if (part.kind === 'close') {
        const at = open.findLastIndex((code) => code.id === part.id);
        if (at >= 0) open.splice(at, 1);
      }
    }
  }
  lines.push(line);
  return lines.map((l) => trimContent(dropEmptyPairs(l))).filter((l) => contentHasText(l));
}

/** Whether `content` has any text or a standalone code that is not a line break. */
export function contentHasText(content: Content): boolean {
  return content.some((part) => (typeof part === 'string' ? part.trim() !== '' : part.kind === 'standalone' && part.name !== 'br'));
}
