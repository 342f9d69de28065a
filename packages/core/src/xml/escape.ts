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

// eslint-disable-next-line no-control-regex
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function assertXmlChars(value: string): void {
  const match = NOT_XML_CHAR.exec(value);
  if (match) {
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`Character U+${code} at index ${match.index} cannot be written to XML 1.0.`);
  }
}

/**
 * Text content: `&`, `<`, `>` as entities; CR as a character reference so parsers do not turn it
 * into LF. Attribute values additionally protect `"` and the whitespace that attribute
 * normalisation would turn into spaces (tab, LF as references).
 */
function escape(value: string, attribute: boolean): string {
  if (MAYBE_NOT_XML.test(value)) assertXmlChars(value);
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    let replacement: string;
    switch (value.charCodeAt(i)) {
      case 0x26:
        replacement = '&amp;';
        break;
      case 0x3c:
        replacement = '&lt;';
        break;
      case 0x3e:
        replacement = '&gt;';
        break;
      case 0x0d:
        replacement = '&#13;';
        break;
      case 0x22:
        if (!attribute) continue;
        replacement = '&quot;';
        break;
      case 0x09:
        if (!attribute) continue;
        replacement = '&#9;';
        break;
      case 0x0a:
        if (!attribute) continue;
        replacement = '&#10;';
        break;
      default:
        continue;
    }
    out += value.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

export function escapeText(value: string): string {
  return TEXT_NEEDS_WORK.test(value) ? escape(value, false) : value;
}

export function escapeAttr(value: string): string {
  return ATTR_NEEDS_WORK.test(value) ? escape(value, true) : value;
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
