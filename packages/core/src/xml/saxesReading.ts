import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { checkXmlInput, dtdForbidden, malformedXml } from './safety.ts';

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
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const parser = new SaxesParser({ xmlns: false, position: true });
  const reader = createReader((): number => parser.line);
  parser.on(
    'doctype',
    onDoctype === undefined
      ? () => {
          throw dtdForbidden(what, parser.line);
        }
      : (doctype) => onDoctype(doctype, parser.line),
  );
  parser.on('opentag', reader.onOpen);
  parser.on('closetag', reader.onClose);
  parser.on('text', reader.onText);
  parser.on('cdata', reader.onText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw malformedXml(what, error, parser);
  }
  return reader.finish();
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

/** The parts of a content being read: adjacent texts joined. */
export class ContentParts implements HoldsParts {
  parts: Content = [];

  append(text: string): void {
    appendText(this, text);
  }

  push(part: string | InlineCode): void {
    pushPart(this, part);
  }
}

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
