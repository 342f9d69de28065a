/** Someone who can be mentioned in a comment. */
export interface Mentionable {
  id: number;
  name: string;
  email: string;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/[\s._-]+/gu, '');

/**
 * A mention as written in a comment, `@` not preceded by a letter or digit, then either:
 * - `@[Full Name]`: a member's name as it is, spaces included (what the comment box writes for a
 *   name with spaces or punctuation);
 * - `@handle`: the local part of someone's e-mail, or their name written without spaces (`@AnaLima`
 *   for “Ana Lima”), or their first name when only one person has it.
 * Unknown handles mention nobody.
 */
const MENTION = /(?<![\p{L}\p{N}])@(?:\[([^[\]\r\n]{1,100})\]|([\p{L}\p{N}][\p{L}\p{N}._-]*))/gu;

/** What a plain handle may hold; any other name is written in brackets. */
const PLAIN_HANDLE = /^[\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?$/u;

/** One mention in a body: where it starts, its text as written (`@…`, without trailing punctuation), and the name or handle in it. */
export interface WrittenMention {
  index: number;
  text: string;
  handle: string;
  bracketed: boolean;
}

/** The mentions of a body in order, as written: what the page highlights and what `findMentions` reads. */
export function writtenMentions(body: string): WrittenMention[] {
  return [...body.matchAll(MENTION)].map((m) => {
    if (m[1] !== undefined) return { index: m.index, text: m[0], handle: m[1].trim(), bracketed: true };
    // Trailing dots and dashes end the sentence, not the handle.
    const handle = m[2]!.replace(/[._-]+$/u, '');
    return { index: m.index, text: `@${handle}`, handle, bracketed: false };
  });
}

/** How a member's name is written so that `findMentions` reads it as them: `@AnaLima`-style when it has no space or punctuation, else `@[Ana Lima]`. */
export function mentionOf(name: string): string {
  const trimmed = name.trim();
  return PLAIN_HANDLE.test(trimmed) ? `@${trimmed}` : `@[${trimmed.replace(/[[\]\r\n]+/gu, ' ')}]`;
}

/** Whom one handle mentions among `people`. */
function mentionedBy(handle: string, people: readonly Mentionable[]): Mentionable[] {
  const folded = fold(handle);
  const exact = people.filter((p) => fold(p.email.split('@')[0] ?? '') === folded || fold(p.name) === folded);
  const byFirstName = people.filter((p) => fold(p.name.split(/\s+/u)[0] ?? '') === folded);
  return exact.length > 0 ? exact : byFirstName.length === 1 ? byFirstName : [];
}

export function findMentions(body: string, people: readonly Mentionable[]): Mentionable[] {
  const found = new Map<number, Mentionable>();
  for (const { handle } of writtenMentions(body)) {
    for (const person of mentionedBy(handle, people)) found.set(person.id, person);
  }
  return [...found.values()];
}

/**
 * The body with every mention that names `person` (their address's local part, their name, their
 * first name) written as `@` and `replacement` instead (`@[replacement]` where it was bracketed):
 * what an erased person's mentions become.
 */
export function replaceMentionsOf(body: string, person: Mentionable, replacement: string): string {
  let result = '';
  let last = 0;
  for (const mention of writtenMentions(body)) {
    if (mentionedBy(mention.handle, [person]).length === 0) continue;
    result += body.slice(last, mention.index) + (mention.bracketed ? `@[${replacement}]` : `@${replacement}`);
    last = mention.index + mention.text.length;
  }
  return result + body.slice(last);
}
