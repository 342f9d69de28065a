/** Characters that take two columns in a terminal or a monospaced e-mail (East Asian wide and full-width). */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}]/u;
/** Half-width forms (katakana, Hangul, symbols) take one column, though their scripts are wide. */
const HALF_WIDTH = /[\uff61-\uffdc\uffe8-\uffee]/u;
/** Characters that take no column: combining marks, joiners, direction marks and isolates. */
const ZERO = /[\p{M}\u200b-\u200f\u2060-\u2069\ufeff]/u;
/** Text made only of characters one column wide (Latin, Greek, Cyrillic… without combining marks). */
const NARROW_ONLY = /^[\u0020-\u02ff\u0370-\u0482\u048a-\u052f]*$/;

/** What a character is for wrapping: its columns (0–2), and 4 more when a line may break around it (a wide character). */
const WIDE_BIT = 4;
const COLUMNS = 3;

function classify(char: string): number {
  const wide = WIDE.test(char) && !HALF_WIDTH.test(char);
  return (ZERO.test(char) ? 0 : wide ? 2 : 1) | (wide ? WIDE_BIT : 0);
}

/** The class of each character of the first plane already looked at, plus one (0: not looked at yet); each one is classified once. */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

/** The class of the character `code` (a code point, or a lone surrogate). */
function classOf(code: number): number {
  if (code < 0x10000) {
    let found = BMP_CLASSES[code]!;
    if (found === 0) {
      found = classify(String.fromCharCode(code)) + 1;
      BMP_CLASSES[code] = found;
    }
    return found - 1;
  }
  let found = ASTRAL_CLASSES.get(code);
  if (found === undefined) {
    found = classify(String.fromCodePoint(code));
    ASTRAL_CLASSES.set(code, found);
  }
  return found;
}

/** How many columns `text` takes in a monospaced font. */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  let width = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.codePointAt(at)!;
    if (code > 0xffff) at++;
    width += classOf(code) & COLUMNS;
  }
  return width;
}

/** Whether `text` takes at most `columns` columns (read only as far as that needs). */
function fitsIn(text: string, columns: number): boolean {
  // Every character takes at most two columns.
  if (text.length * 2 <= columns) return true;
  let width = 0;
  for (let at = 0; at < text.length && width <= columns; at++) {
    const code = text.codePointAt(at)!;
    if (code > 0xffff) at++;
    width += classOf(code) & COLUMNS;
  }
  return width <= columns;
}

/** Characters that must not start a line (Japanese and Chinese closing punctuation). */
const NO_LINE_START = 1;
/** Characters that must not end a line (opening brackets). */
const NO_LINE_END = 2;
/** Which of the two each character of the first plane is (all of them are there). */
const LINE_RULES = new Uint8Array(0x10000);
for (const char of '、。，．！？：；」』）】〕〉》〙〗ー・…‥々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.!?:;)]}’”»') LINE_RULES[char.charCodeAt(0)]! |= NO_LINE_START;
for (const char of '「『（【〔〈《〘〖([{‘“«') LINE_RULES[char.charCodeAt(0)]! |= NO_LINE_END;

/**
 * Lines being filled with pieces of a paragraph (spans of it, words apart by one space): text that
 * stays whole, and whether a space stood before it. A piece is placed once the next one is known,
 * since closing punctuation stays with what it closes and opening brackets with what they open.
 * A line is cut out of the paragraph when it is full.
 */
class Lines {
  private readonly lines: string[] = [];
  private readonly text: string;
  private readonly width: number;
  private readonly rest: string;
  private readonly restWidth: number;
  private prefix: string;
  private lineWidth: number;
  /** Where the line's text starts and ends in the paragraph; -1: nothing placed yet. */
  private lineStart = -1;
  private lineEnd = 0;
  private pendingStart = -1;
  private pendingEnd = 0;
  private pendingWidth = 0;
  private pendingSpaced = false;

  constructor(text: string, width: number, first: string, rest: string) {
    this.text = text;
    this.width = width;
    this.rest = rest;
    this.restWidth = displayWidth(rest);
    this.prefix = first;
    this.lineWidth = displayWidth(first);
  }

  add(start: number, end: number, width: number, spaced: boolean): void {
    if (this.pendingStart >= 0) {
      if (!spaced && ((LINE_RULES[this.text.charCodeAt(start)]! & NO_LINE_START) !== 0 || (LINE_RULES[this.text.charCodeAt(this.pendingEnd - 1)]! & NO_LINE_END) !== 0)) {
        this.pendingEnd = end;
        this.pendingWidth += width;
        return;
      }
      this.place();
    }
    this.pendingStart = start;
    this.pendingEnd = end;
    this.pendingWidth = width;
    this.pendingSpaced = spaced;
  }

  private place(): void {
    const placed = this.lineStart >= 0;
    const gap = this.pendingSpaced && placed ? 1 : 0;
    if (placed && this.lineWidth + gap + this.pendingWidth > this.width) {
      this.lines.push(this.prefix + this.text.slice(this.lineStart, this.lineEnd));
      this.prefix = this.rest;
      this.lineWidth = this.restWidth + this.pendingWidth;
      this.lineStart = this.pendingStart;
    } else {
      if (!placed) this.lineStart = this.pendingStart;
      this.lineWidth += gap + this.pendingWidth;
    }
    this.lineEnd = this.pendingEnd;
  }

  end(): string[] {
    if (this.pendingStart >= 0) this.place();
    this.lines.push(this.lineStart < 0 ? this.prefix : this.prefix + this.text.slice(this.lineStart, this.lineEnd));
    return this.lines;
  }
}

/** The word `text[start, end)` split around its wide characters: a line may break before or after each of them. */
function addWide(text: string, start: number, end: number, lines: Lines): void {
  let spaced = start > 0;
  let from = start;
  let width = 0;
  let previousWide = false;
  for (let at = start; at < end; at++) {
    const code = text.codePointAt(at)!;
    const found = classOf(code);
    const wide = (found & WIDE_BIT) !== 0;
    if ((wide || previousWide) && at > from) {
      lines.add(from, at, width, spaced);
      spaced = false;
      from = at;
      width = 0;
    }
    width += found & COLUMNS;
    previousWide = wide;
    if (code > 0xffff) at++;
  }
  if (end > from) lines.add(from, end, width, spaced);
}

/** Spaces as the lines show them: one between words, none before the first or after the last. */
function singleSpaced(text: string): string {
  if (!text.includes('  ') && !text.startsWith(' ') && !text.endsWith(' ')) return text;
  return text.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

/**
 * A paragraph wrapped to `width` columns (wide characters count two): the first line starts with
 * `first`, the others with `rest`. A piece longer than a line (an address) is never broken.
 * Pieces are split at spaces, and around wide characters (never inside a word or an address).
 */
export function wrapText(text: string, width: number, first = '', rest = first): string[] {
  return wrapWordsApart(singleSpaced(text), width, first, rest);
}

/** `wrapText` for text whose words are already apart by one space, with none at either end. */
export function wrapWordsApart(words: string, width: number, first = '', rest = first): string[] {
  if (NARROW_ONLY.test(words)) return wrapWords(words, width, first, rest);
  // Most blocks (a name, a short item) are one line already.
  if (fitsIn(words, width - displayWidth(first))) return [first + words];
  const lines = new Lines(words, width, first, rest);
  let start = 0;
  while (start < words.length) {
    let end = words.indexOf(' ', start);
    if (end < 0) end = words.length;
    addWide(words, start, end, lines);
    start = end + 1;
  }
  return lines.end();
}
/**
 * Narrow text, words apart by one space, wrapped: each line is the most words that fit (at least
 * one), cut out of the text as they stand.
 */
function wrapWords(text: string, width: number, first: string, rest: string): string[] {
  if (text === '' || displayWidth(first) + text.length <= width) return [first + text];
  const lines: string[] = [];
  let prefix = first;
  let prefixWidth = displayWidth(first);
  let start = 0;
  for (;;) {
    const limit = start + width - prefixWidth;
    let end: number;
    if (text.length <= limit) end = text.length;
    else {
      end = text.lastIndexOf(' ', limit);
      if (end <= start) {
        end = text.indexOf(' ', start);
        if (end < 0) end = text.length;
      }
    }
    lines.push(prefix + text.slice(start, end));
    if (end >= text.length) return lines;
    start = end + 1;
    if (prefix !== rest) {
      prefix = rest;
      prefixWidth = displayWidth(rest);
    }
  }
}
