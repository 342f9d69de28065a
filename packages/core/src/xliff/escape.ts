/**
 * Escaping for the XML we write. Both functions refuse characters XML 1.0
 * cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF,
 * lone surrogates) rather than silently dropping them.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Anything that needs a look: a special character or one that may be invalid. Most text has none,
 * and one test of this is much cheaper than the checks and replacements below.
 */
// eslint-disable-next-line no-control-regex
const TEXT_NEEDS_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ATTR_NEEDS_WORK = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text content: `&`, `<`, `>` as entities; CR as a character reference so parsers do not turn it into LF. */
const TEXT_SPECIAL = /[&<>\r]/g;
/** Attribute values additionally protect `"` and the whitespace that attribute normalisation would turn into spaces. */
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function replace(char: string): string {
  return REPLACEMENTS[char] ?? char;
}

export function assertXmlChars(value: string): void {
  const match = NOT_XML_CHAR.exec(value);
  if (match) {
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`Character U+${code} at index ${match.index} cannot be written to XML 1.0.`);
  }
}

export function escapeText(value: string): string {
  if (!TEXT_NEEDS_WORK.test(value)) return value;
  assertXmlChars(value);
  return value.replace(TEXT_SPECIAL, replace);
}

export function escapeAttr(value: string): string {
  if (!ATTR_NEEDS_WORK.test(value)) return value;
  assertXmlChars(value);
  return value.replace(ATTR_SPECIAL, replace);
}

/**
 * The string, flattened. V8 keeps a string built with + as a tree of its pieces; flattening each
 * block's XML while it is small lets the pieces die young instead of surviving, with the whole
 * file, into the old generation (a third of the writer's time went to garbage collection).
 */
export function flat(xml: string): string {
  xml.charCodeAt(0);
  return xml;
}
