/**
 * Identifiers in the XLIFF 2.0 files we write. XLIFF 2 ids are NMTOKENs, unique in their scope;
 * ours are any string. So:
 *
 * - An id made only of `A–Z a–z 0–9 . _ -` (the database ids and `b12`-style block ids) is written
 *   as it is. Anything else — and anything that starts with the marker `_x-` — is written as `_x-`
 *   followed by its UTF-16 code units in hex (`a b` → `_x-006100200062`). Encoded ids never
 *   contain `:`.
 * - Inline codes of all sentences of a block share one `<unit>`, whose inline ids must be unique.
 *   A code's XML id is `{segment id}:{code id}`, plus `:{n}` when that is taken already (the model
 *   allows the same id twice, e.g. a close before its open). The reader drops the segment prefix
 *   and the suffix again. Segment ids never contain `:`, so they never clash with code ids.
 * - A note of a sentence is `<note id="{segment id}:n{k}">` in the unit's `<notes>`.
 * - A block kind goes into `<unit type="tessera:{kind}">`, with `%`, `:` and XML whitespace
 *   %-escaped (`type` is `prefix:value` without whitespace or `:`); the same escaping keeps code
 *   names in `subType`.
 */

const PLAIN_ID = /^[A-Za-z0-9._-]+$/;
const ENCODED_MARK = '_x-';
const ENCODED_ID = /^_x-(?:[0-9a-f]{4})*$/;

export function encodeId(id: string): string {
  if (PLAIN_ID.test(id) && !id.startsWith(ENCODED_MARK)) return id;
  let out = ENCODED_MARK;
  for (let i = 0; i < id.length; i++) out += id.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

export function decodeId(xmlId: string): string {
  if (!xmlId.startsWith(ENCODED_MARK) || !ENCODED_ID.test(xmlId)) return xmlId;
  let out = '';
  for (let i = ENCODED_MARK.length; i < xmlId.length; i += 4) out += String.fromCharCode(parseInt(xmlId.slice(i, i + 4), 16));
  return out;
}

/** The id a code of the segment `segmentKey` (already encoded) is written with, before making it unique. */
export function codeXmlId(segmentKey: string, codeId: string): string {
  return segmentKey + ':' + encodeId(codeId);
}

/**
 * The model id of an inline code read from a segment whose XML id is `segmentXmlId`: our own
 * `{segment}:{code}[:{n}]` ids lose the prefix and suffix; other tools' ids stay as they are.
 */
export function codeIdFrom(xmlId: string, segmentXmlId: string | undefined): string {
  if (segmentXmlId === undefined) return xmlId;
  const at = segmentXmlId.length;
  if (xmlId.length <= at + 1 || xmlId.charCodeAt(at) !== 0x3a /* : */ || !xmlId.startsWith(segmentXmlId)) return xmlId;
  const colon = xmlId.indexOf(':', at + 1);
  const encoded = colon < 0 ? xmlId.slice(at + 1) : xmlId.slice(at + 1, colon);
  if (!(PLAIN_ID.test(encoded) || ENCODED_ID.test(encoded))) return xmlId;
  return decodeId(encoded);
}

/** The `<mrk>` that wraps the source of a do-not-translate sentence in a block that is partly translatable. */
export function doNotTranslateMarkId(segmentKey: string): string {
  return segmentKey + '::dnt';
}

export function noteXmlId(segmentKey: string, index: number): string {
  return segmentKey + ':n' + String(index + 1);
}

const NOTE_ID = /^(.+):n[1-9][0-9]*$/;

/** The segment id a note id written by noteXmlId names, or undefined. */
export function noteSegmentKey(noteId: string): string | undefined {
  return NOTE_ID.exec(noteId)?.[1];
}

// XSD's \s is only space, tab, LF and CR.
const ESCAPED_IN_VALUE = /[%: \t\n\r]/g;
const ESCAPE_SEQUENCE = /%(25|3A|20|09|0A|0D)/g;

/** `tessera:{value}` for a `type`/`subType` attribute; `tessera:%` stands for the empty string. */
export function toUserValue(value: string): string {
  if (value === '') return 'tessera:%';
  return 'tessera:' + value.replace(ESCAPED_IN_VALUE, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** The value of a `tessera:…` attribute value, or undefined for other values. */
export function fromUserValue(attr: string): string | undefined {
  if (!attr.startsWith('tessera:')) return undefined;
  const value = attr.slice('tessera:'.length);
  if (value === '%') return '';
  return value.replace(ESCAPE_SEQUENCE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
