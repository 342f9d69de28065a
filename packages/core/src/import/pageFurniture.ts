/**
 * Page furniture in text extracted from a PDF: the lines a page carries around the text rather than
 * in it — page numbers, and running headers and footers repeated at each page break. They are found
 * before lines are grouped into blocks, so that a paragraph or list item cut by a page break goes on
 * across them (a URL repeated as a footer is found by `classifyLine`).
 */
import { parseDateLine } from './dateLine.ts';

/** "3", "- 3 -", "Page 3", "Page 3 of 12", "3/12", "p. 3", "Página 3 de 12" (but not "- 3", a list item). */
const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|pagina|pág\.)\s*)?\d{1,4}(?:\s*(?:\/|of|sur|de|von|di)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;
/** A running header or footer is short: a title, a name, a page mark. */
const MAX_RUNNING_LENGTH = 120;
/** It comes back at page breaks: at least this many times, and once a page (a page holds more lines than this). */
const MIN_REPEATS = 2;
const MIN_LINES_PER_PAGE = 8;

/** The line as it repeats from page to page: white space collapsed, numbers (page numbers, dates) alike. */
function runningForm(line: string): string {
  return line.replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

/** Page marks are short and hold a number. */
const MAX_PAGE_NUMBER_LENGTH = 24;

export function isPageNumber(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_PAGE_NUMBER_LENGTH && /\d/.test(text) && PAGE_NUMBER.test(text);
}

/**
 * Indices of the lines that are page furniture: page numbers, and lines that stand at the edge of a
 * block (next to a blank line or the start or end of the text) and come back, the same but for
 * their numbers, at least twice at such an edge — but not more often than pages can come (a list of
 * the same line is not furniture) — and that are not a date (a date line is read as the statement's date).
 */
export function pageFurnitureLines(lines: readonly string[]): Set<number> {
  const trimmed = lines.map((line) => line.trim());
  const blank = (index: number): boolean => index < 0 || index >= lines.length || trimmed[index] === '';
  const furniture = new Set<number>();
  /** Lines at the edge of a block, by their text; then the texts by their running form. */
  const atEdge = new Map<string, number[]>();
  for (let index = 0; index < lines.length; index++) {
    const text = trimmed[index]!;
    if (text === '' || text.length > MAX_RUNNING_LENGTH) continue;
    if (isPageNumber(text)) {
      furniture.add(index);
      continue;
    }
    if (!(blank(index - 1) || blank(index + 1))) continue;
    const indices = atEdge.get(text);
    if (indices) indices.push(index);
    else atEdge.set(text, [index]);
  }
  const byForm = new Map<string, number[]>();
  for (const [text, indices] of atEdge) {
    if (parseDateLine(text) !== null) continue;
    const form = runningForm(text);
    const same = byForm.get(form);
    if (same) same.push(...indices);
    else byForm.set(form, [...indices]);
  }
  const maxRepeats = lines.length / MIN_LINES_PER_PAGE;
  for (const indices of byForm.values()) {
    if (indices.length >= MIN_REPEATS && indices.length <= maxRepeats) for (const index of indices) furniture.add(index);
  }
  return furniture;
}
