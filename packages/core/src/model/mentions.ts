/** Someone who can be mentioned in a comment. */
export interface Mentionable {
  id: number;
  name: string;
  email: string;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/[\s._-]+/gu, '');

/**
 * The people a comment mentions: `@handle` matches the local part of someone's e-mail, or their
 * name written without spaces (`@AnaLima` for “Ana Lima”), or their first name when only one
 * person has it. Unknown handles mention nobody.
 */
const HANDLE = /(?<![\p{L}\p{N}])@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu;

/** The handle as written, without the punctuation that may end a sentence after it. */
const handleOf = (written: string) => written.replace(/[._-]+$/u, '');

/** Whom one folded handle mentions among `people`. */
function mentionedBy(handle: string, people: readonly Mentionable[]): Mentionable[] {
  const exact = people.filter((p) => fold(p.email.split('@')[0] ?? '') === handle || fold(p.name) === handle);
  const byFirstName = people.filter((p) => fold(p.name.split(/\s+/u)[0] ?? '') === handle);
  return exact.length > 0 ? exact : byFirstName.length === 1 ? byFirstName : [];
}

export function findMentions(body: string, people: readonly Mentionable[]): Mentionable[] {
  const found = new Map<number, Mentionable>();
  for (const m of body.matchAll(HANDLE)) {
    for (const person of mentionedBy(fold(handleOf(m[1]!)), people)) found.set(person.id, person);
  }
  return [...found.values()];
}

/**
 * The body with every `@handle` that names `person` (their address's local part, their name, their
 * first name) written as `@` and `replacement` instead: what an erased person's mentions become.
 */
export function replaceMentionsOf(body: string, person: Mentionable, replacement: string): string {
  return body.replace(HANDLE, (whole, written: string) => {
    const handle = handleOf(written);
    return mentionedBy(fold(handle), [person]).length > 0 ? `@${replacement}${written.slice(handle.length)}` : whole;
  });
}
