import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { checkXmlInput, dtdForbidden, FIRST_START_TAG, malformedXml, refuseEntityDeclarations, tooLarge, utf8ByteLength } from './safety.ts';

/** What the XLIFF and TMX readers share: one saxes pass over checked input, and the pieces of content and error they build alike. */

/** A reader fed by saxes: its handlers are bound once (saxes calls them unbound). */
export interface SaxesHandlers<T> {
  readonly onOpen: (tag: SaxesTagPlain) => void;
  readonly onClose: () => void;
  readonly onText: (text: string) => void;
  finish(): T;
}

/**
 * Checks `xml` (size, emptiness: checkXmlInput), drops a byte order mark and feeds it to the reader
 * `createReader` makes, which may ask for the current line. A DOCTYPE is refused unless `onDoctype`
 * decides; saxes's syntax errors become `xml.malformed` with their position, InputErrors pass through.
 */
export function readWithSaxes<T>(
  xml: string,
  what: string,
  maxBytes: number,
  createReader: (line: () => number) => SaxesHandlers<T>,
  onDoctype?: (doctype: string, line: number) => void,
): T {
  checkXmlInput(xml, maxBytes, what);
  // Checked whole: the stream need not count the bytes again.
  const stream = new SaxesStream(what, Infinity, createReader, onDoctype);
  stream.write(xml);
  return stream.close();
}

/**
 * The same reading, fed a chunk at a time (a file or an upload as it arrives): what the reader
 * builds can be taken out between chunks, so neither the text nor the document is held whole. The
 * checks are those of readWithSaxes, made as the text goes by: over `maxBytes` (UTF-8) is refused at
 * the chunk that passes it, entity declarations before the root element are named (the text before
 * the first start tag is held until it is seen), and an input of only white space is empty.
 */
export class SaxesStream<T> {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly reader: SaxesHandlers<T>;
  /** The text before the first start tag, held until it is complete (null once it was checked and fed). */
  private head: string | null = '';
  private bytes = 0;
  private blank = true;

  constructor(
    private readonly what: string,
    private readonly maxBytes: number,
    createReader: (line: () => number) => SaxesHandlers<T>,
    onDoctype?: (doctype: string, line: number) => void,
  ) {
    const parser = this.parser;
    this.reader = createReader((): number => parser.line);
    parser.on(
      'doctype',
      onDoctype === undefined
        ? () => {
            throw dtdForbidden(what, parser.line);
          }
        : (doctype) => onDoctype(doctype, parser.line),
    );
    parser.on('opentag', this.reader.onOpen);
    parser.on('closetag', this.reader.onClose);
    parser.on('text', this.reader.onText);
    parser.on('cdata', this.reader.onText);
  }

  /** Reads one more piece of the text. */
  write(chunk: string): void {
    if (chunk === '') return;
    if (this.maxBytes !== Infinity) {
      this.bytes += utf8ByteLength(chunk);
      if (this.bytes > this.maxBytes) throw tooLarge(this.what, this.maxBytes);
    }
    if (this.blank && /\S/.test(chunk)) this.blank = false;
    if (this.head === null) {
      this.feed(chunk);
      return;
    }
    this.head += chunk;
    if (FIRST_START_TAG.test(this.head)) this.feedHead();
  }

  /** Ends the text: what the reader made of it. */
  close(): T {
    if (this.blank) throw new InputError('input.empty', `The ${this.what} is empty.`);
    if (this.head !== null) this.feedHead();
    try {
      this.parser.close();
    } catch (error) {
      throw this.failure(error);
    }
    return this.reader.finish();
  }

  private feedHead(): void {
    const head = this.head as string;
    this.head = null;
    refuseEntityDeclarations(head, this.what);
    this.feed(head.charCodeAt(0) === 0xfeff ? head.slice(1) : head);
  }

  private feed(text: string): void {
    try {
      this.parser.write(text);
    } catch (error) {
      throw this.failure(error);
    }
  }

  private failure(error: unknown): InputError {
    if (error instanceof InputError) return error;
    return malformedXml(this.what, error, this.parser);
  }
}

/** Something that holds the parts of a content being read. */
export interface HoldsParts {
  parts: Content;
}

/** Adds text to a content being read, joined to the text before it. */
export function appendText(holder: HoldsParts, text: string): void {
  if (text === '') return;
  const last = holder.parts.length - 1;
  const previous = holder.parts[last];
  if (typeof previous === 'string') holder.parts[last] = previous + text;
  else pushPart(holder, text);
}

/** Most contents are one string: their array is made for one element (a pushed-to [] reserves 16). */
export function pushPart(holder: HoldsParts, part: string | InlineCode): void {
  if (holder.parts.length === 0) holder.parts = [part];
  else holder.parts.push(part);
}

/** The parts of a content that has none yet: shared, never written to (pushPart replaces it); a reader returns a fresh [] for it. */
export const NO_PARTS: Content = Object.freeze([]) as unknown as Content;

export function attr(tag: SaxesTagPlain, local: string): string | undefined {
  // XLIFF attributes are unprefixed; `xml:lang` and extension attributes are not ours.
  return tag.attributes[local];
}

/** A second `<file>` where one is allowed. */
export function secondFileRefused(line: number): InputError {
  return new InputError('xliff.invalid', `The XLIFF file has more than one <file> element (the second is at line ${line}). Export one project and one language per file.`, { line });
}

/** A document without any `<file>`. */
export function noFileElement(): InputError {
  return new InputError('xliff.invalid', 'The XLIFF file has no <file> element, so there is nothing to import.');
}
