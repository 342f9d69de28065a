import { InputError } from '../errors/index.ts';
import { MAX_XML_DEPTH } from '../limits.ts';

/**
 * Guards for reading XML that comes from users: size and emptiness before
 * parsing, no DTDs or entity declarations at all (billion laughs, external
 * entities), a nesting limit, and parser errors turned into InputErrors
 * that name the line.
 */


/** The start of the first start tag (the root element, or something inside a DOCTYPE before it). */
export const FIRST_START_TAG = /<[^!?/]/;

/** Length of `text` in UTF-8, without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '') + ' MB';
}

/** Checks that need no parsing: refuses empty input, input over `maxBytes`, and any entity declaration. */
export function checkXmlInput(xml: string, maxBytes: number, what: string): void {
  if (xml.trim() === '') throw new InputError('input.empty', `The ${what} is empty.`);
  // A UTF-16 code unit is at least one UTF-8 byte and at most three, so only count when it could matter.
  if (xml.length > maxBytes || (xml.length * 3 > maxBytes && utf8ByteLength(xml) > maxBytes)) throw tooLarge(what, maxBytes);
  refuseEntityDeclarations(xml, what);
}

/** A file over the size limit. */
export function tooLarge(what: string, maxBytes: number): InputError {
  return new InputError('input.too-large', `The ${what} is larger than ${megabytes(maxBytes)}; split it or export fewer units.`, { maxBytes });
}

/**
 * Refuses entity declarations. Entities can only be declared in a DOCTYPE, before the root element:
 * only the text before the first start tag is looked at (the parsers refuse any DOCTYPE anyway;
 * this names the entity declaration, and its line).
 */
export function refuseEntityDeclarations(xml: string, what: string): void {
  const root = FIRST_START_TAG.exec(xml);
  const entity = (root === null ? xml : xml.slice(0, root.index)).indexOf('<!ENTITY');
  if (entity >= 0) {
    const line = lineAt(xml, entity);
    throw new InputError('xml.dtd-forbidden', `The ${what} declares entities (line ${line}); entity and DTD declarations are not allowed.`, { line });
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function dtdForbidden(what: string, line: number): InputError {
  return new InputError('xml.dtd-forbidden', `The ${what} contains a DOCTYPE declaration (line ${line}); DTDs are not allowed.`, { line });
}

export function tooDeep(what: string, line: number): InputError {
  return new InputError('xml.too-deep', `The ${what} nests elements more than ${MAX_XML_DEPTH} levels deep (line ${line}).`, { line, maxDepth: MAX_XML_DEPTH });
}

/** A saxes error ("12:4: unexpected end") as an InputError naming the line. */
export function malformedXml(what: string, error: unknown, position: { line: number; column: number }): InputError {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*)$/s.exec(raw);
  const line = match ? Number(match[1]) : position.line;
  const column = match ? Number(match[2]) : position.column;
  const reason = (match ? (match[3] as string) : raw).replace(/\.+$/, '');
  return new InputError('xml.malformed', `The ${what} is not well-formed XML (line ${line}, column ${column + 1}): ${reason}.`, { line, column: column + 1 });
}
