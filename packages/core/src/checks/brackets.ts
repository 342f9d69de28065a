import { defineCheck } from './defineCheck.ts';

/** Opening marks by their closing mark: brackets must nest; quotes of one kind must pair. */
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '）': '（', '」': '「', '』': '『', '】': '【', '”': '“', '»': '«', '›': '‹' };
const OPENING = new Set([...Object.values(PAIRS), '„']);

/** The first mark of a text left unpaired (a bracket never closed, or closed before it opens), or null. */
export function unpairedMark(text: string): string | null {
  const open: string[] = [];
  let straight = 0;
  for (const char of text) {
    if (char === '"') straight++;
    // In German, “ closes what „ opens.
    else if (open.at(-1) === '„' && (char === '“' || char === '”')) open.pop();
    else if (OPENING.has(char)) open.push(char);
    else if (char in PAIRS) {
      if (open.at(-1) !== PAIRS[char]) return char;
      open.pop();
    }
  }
  if (open.length) return open[0]!;
  return straight % 2 ? '"' : null;
}

export const brackets = defineCheck({
  id: 'brackets',
  severity: 'warning',
  description: 'A bracket or quotation mark of the translation is not closed, or closes what was not opened (where the source’s are paired).',
  run: ({ sourceText, targetText }) => {
    const mark = unpairedMark(targetText);
    return mark !== null && unpairedMark(sourceText) === null ? { key: 'unpaired', values: { mark } } : null;
  },
});
