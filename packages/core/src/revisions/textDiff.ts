import { matchSequences } from './sequenceDiff.ts';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words and the spaces and punctuation between them, as separate tokens (they rejoin to the text). */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
}

/** What changed from `before` to `after`, word by word, for a reviewer to see at a glance. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matchSequences(a, b), [a.length, b.length] as [number, number]]) {
    push('delete', a.slice(i, mi).join(''));
    push('insert', b.slice(j, mj).join(''));
    if (mi < a.length) push('equal', a[mi]!);
    i = mi + 1;
    j = mj + 1;
  }
  return parts;
}
