/** Characters that take two columns in a terminal or a monospaced e-mail (East Asian wide and full-width). */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}]/u;
/** Half-width forms (katakana, Hangul, symbols) take one column, though their scripts are wide. */
const HALF_WIDTH = /[\uff61-\uffdc\uffe8-\uffee]/u;
/** Characters that take no column: combining marks, joiners, direction marks and isolates. */
const ZERO = /[\p{M}\u200b-\u200f\u2060-\u2069\ufeff]/u;
/** Characters that must not start a line (Japanese and Chinese closing punctuation). */
const NO_LINE_START = /^[、。，．！？：；」』）】〕〉》〙〗ー・…‥々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.!?:;)\]}’”»]/u;
/** Characters that must not end a line (opening brackets). */
const NO_LINE_END = /[「『（【〔〈《〘〖([{‘“«]$/u;

/** A wide character: a line may break before or after it. */
function isWide(char: string): boolean {
  return WIDE.test(char) && !HALF_WIDTH.test(char);
}

/** Text made only of characters one column wide (Latin, Greek, Cyrillic… without combining marks). */
const NARROW_ONLY = /^[\u0020-\u02ff\u0370-\u0482\u048a-\u052f]*$/;

/** How many columns `text` takes in a monospaced font. */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : isWide(char) ? 2 : 1;
  return width;
}

/** A piece of a line: text that stays whole, and whether a space stood before it. */
interface Piece {
  text: string;
  spaced: boolean;
}

/** Splits a paragraph where a line may break: at spaces, and around wide characters (never inside a word or an address). */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const [index, word] of text.split(/ +/u).entries()) {
    if (word === '') continue;
    let spaced = index > 0;
    if (NARROW_ONLY.test(word)) {
      out.push({ text: word, spaced });
      continue;
    }
    let current = '';
    for (const char of word) {
      const wide = isWide(char);
      if (wide || (current !== '' && isWide([...current].at(-1)!))) {
        if (current !== '') out.push({ text: current, spaced });
        if (current !== '') spaced = false;
        current = char;
      } else current += char;
    }
    if (current !== '') out.push({ text: current, spaced });
  }
  // Keep closing punctuation with what it closes, opening brackets with what they open.
  const kept: Piece[] = [];
  for (const piece of out) {
    const last = kept.at(-1);
    if (last && !piece.spaced && (NO_LINE_START.test(piece.text) || NO_LINE_END.test(last.text))) last.text += piece.text;
    else kept.push({ ...piece });
  }
  return kept;
}

/**
 * A paragraph wrapped to `width` columns (wide characters count two): the first line starts with
 * `first`, the others with `rest`. A piece longer than a line (an address) is never broken.
 */
export function wrapText(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  for (const piece of pieces(text)) {
    const gap = piece.spaced && !empty ? ' ' : '';
    const pieceWidth = displayWidth(piece.text);
    if (!empty && lineWidth + gap.length + pieceWidth > width) {
      lines.push(line);
      line = rest + piece.text;
      lineWidth = displayWidth(rest) + pieceWidth;
      continue;
    }
    line += gap + piece.text;
    lineWidth += gap.length + pieceWidth;
    empty = false;
  }
  lines.push(line);
  return lines;
}
