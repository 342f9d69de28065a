/**
 * What to show of a change between two versions of a sentence: words kept, removed and added,
 * grouped so that a reader sees each change as one removal and one addition.
 */
import { diffWords } from '@tessera/core';

export interface DiffSegment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Below this share of shared letters and digits, the sentence is shown as replaced as a whole. */
const MIN_SHARED = 0.25;

const wordChars = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/**
 * The segments that show `before` becoming `after`. The `same` and `removed` segments rejoin to
 * `before`, the `same` and `added` ones to `after`. Spaces between two changes belong to the
 * change (“big red” → “small blue”, not “big→small red→blue”); a rewrite that keeps almost
 * nothing is shown as one removal and one addition.
 */
export function diffSegments(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const parts = diffWords(before, after);
  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) segments.push({ kind: 'removed', text: removed });
    if (added) segments.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    if (part.op === 'equal') {
      const next = parts[index + 1];
      const glue = (removed || added) && /^\s+$/u.test(part.text) && next !== undefined && next.op !== 'equal';
      if (glue) {
        removed += part.text;
        added += part.text;
        return;
      }
      flush();
      segments.push({ kind: 'same', text: part.text });
      return;
    }
    if (part.op === 'delete') removed += part.text;
    else added += part.text;
  });
  flush();

  const shared = segments.reduce((sum, s) => sum + (s.kind === 'same' ? wordChars(s.text) : 0), 0);
  if (shared < MIN_SHARED * Math.max(wordChars(before), wordChars(after))) return replaced(before, after);
  return segments;
}

function replaced(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (before) segments.push({ kind: 'removed', text: before });
  if (after) segments.push({ kind: 'added', text: after });
  return segments;
}

/** The text a list of segments shows for one side: `before` (same + removed) or `after` (same + added). */
export function sideOf(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return segments.filter((s) => s.kind !== skip).map((s) => s.text).join('');
}
