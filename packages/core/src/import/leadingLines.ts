/**
 * Second pass: the top of a statement. Among the first blocks (up to the first paragraph), a line that
 * is only a date becomes a date block, and a line in another script than the document's, before any
 * line in its own script, becomes an aside — such as a heading left over from the page it was copied from.
 */
import { parseDateLine } from './dateLine.ts';
import { reflow, type Draft, type TextDraft } from './drafts.ts';
import { isInOtherScript, type Script } from './scripts.ts';
import { MAX_TITLE_LENGTH, isTitleLike } from './textShape.ts';

/** How many blocks from the top may still hold a date line. */
const LEADING_BLOCKS = 6;

export function separateLeadingLines(drafts: readonly Draft[], scripts: readonly Script[]): Draft[] {
  const result: Draft[] = [];
  let ownScriptSeen = false;
  let index = 0;
  for (; index < drafts.length && index < LEADING_BLOCKS; index++) {
    const draft = drafts[index];
    if (!draft || draft.kind === 'item') break;
    if (draft.kind !== 'text') {
      result.push(draft);
      continue;
    }
    const titleLike = draft.lines.length <= MAX_TITLE_LENGTH && isTitleLike(reflow(draft.lines));
    let kept: TextDraft = { kind: 'text', lines: [] };
    for (const line of draft.lines) {
      // In a paragraph only its first lines are looked at; in a short block, every line.
      const date = titleLike || kept.lines.length === 0 ? parseDateLine(line) : null;
      const separate = date !== null || (!ownScriptSeen && isInOtherScript(line, scripts));
      if (!separate) {
        kept.lines.push(line);
        ownScriptSeen = true;
        continue;
      }
      if (kept.lines.length > 0) result.push(kept);
      kept = { kind: 'text', lines: [] };
      result.push(date !== null ? { kind: 'date', date } : { kind: 'aside', text: line });
    }
    if (kept.lines.length > 0) result.push(kept);
    if (!titleLike) {
      index++;
      break;
    }
  }
  return result.concat(drafts.slice(index));
}
