/**
 * What text Tessera stores: only characters every export can carry. XLIFF, TMX and the published
 * HTML are XML or HTML, and XML 1.0 (its `Char` production) has no place for the C0 controls other
 * than tab, line feed and carriage return (NUL included), for U+FFFE and U+FFFF, or for half of a
 * surrogate pair. The C1 controls and DEL (U+007F–U+009F) are allowed by XML 1.0 but discouraged
 * by it (§2.2), and HTML treats them as parse errors; nobody types them on purpose (they are the
 * trace of a misread encoding), so they are not stored either.
 *
 * Saves and uploads that carry such a character are refused (the position is reported);
 * a statement being imported is cleaned instead (normalizeSourceText).
 */
import { appendPart, type Content, type InlineCode } from '../model/document.ts';

// With the `u` flag a surrogate in a class matches only a lone one: a pair is one code point.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;
// eslint-disable-next-line no-control-regex
const UNSTORABLE_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const FORM_FEEDS = /\f/g;

/** A character that may not be stored, and where it is. */
export interface UnstorableCharacter {
  /** Position in the text, counted in characters (Unicode code points) from 0. */
  index: number;
  /** The character, as `U+0001`. */
  character: string;
}

/** Whether one code point may be stored (see the module's description). */
export function isStorableCodePoint(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint >= 0x7f && codePoint <= 0x9f) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint !== 0xfffe && codePoint !== 0xffff && codePoint <= 0x10ffff;
}

/** `U+0001`, `U+D800`, `U+1F600`: how a character is named in messages. */
export function codePointName(codePoint: number): string {
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
}

/** The first character of `text` that may not be stored, or null when it may be stored whole. */
export function firstUnstorable(text: string): UnstorableCharacter | null {
  const match = UNSTORABLE.exec(text);
  if (match === null) return null;
  let index = 0;
  for (const _ of text.slice(0, match.index)) index++;
  return { index, character: codePointName(match[0].codePointAt(0)!) };
}

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** `text` without the characters that may not be stored, and how many there were. */
export function dropUnstorable(text: string): { text: string; removed: number } {
  if (!UNSTORABLE.test(text)) return { text, removed: 0 };
  let removed = 0;
  const kept = text.replace(UNSTORABLE_ALL, () => {
    removed++;
    return '';
  });
  return { text: kept, removed };
}

/** What cleaning a statement changed. */
export interface SourceNormalization {
  /** Characters dropped because they may not be stored. */
  removed: number;
  /** Form feeds (page breaks of text taken from a PDF) turned into paragraph breaks. */
  formFeeds: number;
}

export const NOTHING_NORMALIZED: SourceNormalization = Object.freeze({ removed: 0, formFeeds: 0 });

/**
 * A statement's text as it may be stored: a form feed (a page break in text taken out of a PDF)
 * becomes a paragraph break, every other character that may not be stored is dropped.
 */
export function normalizeSourceText(text: string): SourceNormalization & { text: string } {
  if (!UNSTORABLE.test(text)) return { text, removed: 0, formFeeds: 0 };
  let formFeeds = 0;
  const paragraphs = text.replace(FORM_FEEDS, () => {
    formFeeds++;
    return '\n\n';
  });
  const { text: kept, removed } = dropUnstorable(paragraphs);
  return { text: kept, removed, formFeeds };
}

/** Where in a unit's content a character that may not be stored is. */
export type UnstorableInContent = UnstorableCharacter & {
  /** `text`: in the unit's text, `index` counting over all its text; else an inline code's field, e.g. `attrs.href`, `index` counting in that field. */
  field: string;
  /** Which part of the content holds it (an index into the content array). */
  part: number;
};

/** The first character of a content (its text, or one of its inline codes' id, name and attributes) that may not be stored. */
export function firstUnstorableInContent(content: Content): UnstorableInContent | null {
  let before = 0;
  for (let part = 0; part < content.length; part++) {
    const piece = content[part]!;
    if (typeof piece === 'string') {
      const found = firstUnstorable(piece);
      if (found) return { field: 'text', part, index: before + found.index, character: found.character };
      for (const _ of piece) before++;
      continue;
    }
    const found = firstUnstorableInCode(piece);
    if (found) return { ...found, part };
  }
  return null;
}

function firstUnstorableInCode(code: InlineCode): (UnstorableCharacter & { field: string }) | null {
  for (const [field, value] of [['id', code.id], ['name', code.name]] as const) {
    const found = firstUnstorable(value);
    if (found) return { field, ...found };
  }
  for (const [key, value] of Object.entries(code.attrs ?? {})) {
    const found = firstUnstorable(key) ?? firstUnstorable(value);
    if (found) return { field: `attrs.${key}`, ...found };
  }
  return null;
}

/** A content without the characters that may not be stored (in its text and its codes), and how many there were. Strings left empty are dropped. */
export function dropUnstorableFromContent(content: Content): { content: Content; removed: number } {
  if (firstUnstorableInContent(content) === null) return { content, removed: 0 };
  let removed = 0;
  const clean = (value: string) => {
    const result = dropUnstorable(value);
    removed += result.removed;
    return result.text;
  };
  const out: Content = [];
  for (const piece of content) {
    if (typeof piece === 'string') {
      appendPart(out, clean(piece));
      continue;
    }
    const code: InlineCode = { kind: piece.kind, id: clean(piece.id), name: clean(piece.name) };
    if (piece.attrs !== undefined) code.attrs = Object.fromEntries(Object.entries(piece.attrs).map(([key, value]) => [clean(key), clean(value)]));
    out.push(code);
  }
  return { content: out, removed };
}
