/**
 * @mentions in comment bodies: the parts to highlight, and the small completion that offers
 * members' names while the user types `@…`. The server decides whom a mention names
 * (`findMentions` in core); a name chosen here is written as core's `mentionOf` writes it —
 * `@[Ana Lima]` for a name with spaces, `@Kenji` for one without.
 */
import { mentionOf, writtenMentions } from '@tessera/core';

export type BodyPart = { kind: 'text'; text: string } | { kind: 'mention'; text: string };

/** A comment body split into plain text and mentions, which the page highlights. */
export function splitMentions(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const mention of writtenMentions(body)) {
    if (mention.index > last) parts.push({ kind: 'text', text: body.slice(last, mention.index) });
    parts.push({ kind: 'mention', text: mention.text });
    last = mention.index + mention.text.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

/**
 * The mention being typed at the caret: where its `@` is and what follows it so far (`@An`, or
 * `@[Ana L` with spaces once a bracket is open); null when none.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(?<![\p{L}\p{N}])@(?:\[([^[\]\r\n]*)|([\p{L}\p{N}._-]*))$/u.exec(before);
  return match ? { start: match.index, query: match[1] ?? match[2] ?? '' } : null;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/[\s._-]+/gu, '');

/** The names that fit what was typed after `@` (the whole name, or any word of it), at most `limit`. */
export function matchingNames(names: readonly string[], query: string, limit = 6): string[] {
  const wanted = fold(query);
  const fits = (name: string) => fold(name).startsWith(wanted) || name.split(/\s+/u).some((word) => fold(word).startsWith(wanted));
  return [...new Set(names)].filter(fits).sort((a, b) => a.localeCompare(b)).slice(0, limit);
}

/** The text with the mention being typed (from `start` to the caret) replaced by `name`'s mention and a space. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `${mentionOf(name)} `;
  // A bracket the person had already closed goes with what they typed.
  const after = text
    .slice(caret)
    .replace(/^[^\s[\]]*\]/u, '')
    .replace(/^\s/u, '');
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}
