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
export function findMentions(body: string, people: readonly Mentionable[]): Mentionable[] {
  const handles = [...body.matchAll(/(?<![\p{L}\p{N}])@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu)].map((m) => fold(m[1]!.replace(/[._-]+$/u, '')));
  const found = new Map<number, Mentionable>();
  for (const handle of handles) {
    const exact = people.filter((p) => fold(p.email.split('@')[0] ?? '') === handle || fold(p.name) === handle);
    const byFirstName = people.filter((p) => fold(p.name.split(/\s+/u)[0] ?? '') === handle);
    const match = exact.length > 0 ? exact : byFirstName.length === 1 ? byFirstName : [];
    for (const person of match) found.set(person.id, person);
  }
  return [...found.values()];
}
