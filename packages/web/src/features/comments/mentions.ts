/**
 * @mentions in comment bodies: the parts to highlight, and the small completion that offers
 * members' names while the user types `@…`. The server decides whom a handle mentions
 * (`findMentions` in core); a handle written here is a member's name without spaces.
 */

/** A handle as core's `findMentions` reads it: `@` not preceded by a letter or digit. */
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}][\p{L}\p{N}._-]*/gu;

export type BodyPart = { kind: 'text'; text: string } | { kind: 'mention'; text: string };

/** A comment body split into plain text and @handles, which the page highlights. */
export function splitMentions(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(HANDLE)) {
    // Trailing dots and dashes end the sentence, not the handle.
    const handle = match[0].replace(/[._-]+$/u, '');
    if (match.index > last) parts.push({ kind: 'text', text: body.slice(last, match.index) });
    parts.push({ kind: 'mention', text: handle });
    last = match.index + handle.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

/** The handle being typed at the caret: where its `@` is and what follows it so far; null when none. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(?<![\p{L}\p{N}])@([\p{L}\p{N}._-]*)$/u.exec(before);
  return match ? { start: match.index, query: match[1] ?? '' } : null;
}

/** How a member's name is written as a handle: the name without spaces (`Ana Lima` → `@AnaLima`). */
export function handleOf(name: string): string {
  return `@${name.replace(/\s+/gu, '')}`;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/[\s._-]+/gu, '');

/** The names that fit what was typed after `@` (by any word of the name), at most `limit`. */
export function matchingNames(names: readonly string[], query: string, limit = 6): string[] {
  const wanted = fold(query);
  const fits = (name: string) => fold(name).startsWith(wanted) || name.split(/\s+/u).some((word) => fold(word).startsWith(wanted));
  return [...new Set(names)].filter(fits).sort((a, b) => a.localeCompare(b)).slice(0, limit);
}

/** The text with the handle being typed (from `start` to the caret) replaced by `name`'s handle and a space. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `${handleOf(name)} `;
  const after = text.slice(caret).replace(/^\s/u, '');
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}
