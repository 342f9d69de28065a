import type { MembershipView, Role } from '@tessera/core/contract';

/** What the signed-in user may do in one language of one project (the server checks it again). */
export interface Abilities {
  translate: boolean;
  review: boolean;
  coordinate: boolean;
}

function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The roles a user holds for `lang`: memberships for that language, and those for every language (`lang: null`). */
export function rolesFor(memberships: readonly MembershipView[], lang: string): Set<Role> {
  return new Set(memberships.filter((m) => m.lang === null || sameLanguage(m.lang, lang)).map((m) => m.role));
}

export function abilitiesFor(memberships: readonly MembershipView[], lang: string): Abilities {
  const roles = rolesFor(memberships, lang);
  const coordinate = roles.has('coordinator');
  return {
    coordinate,
    translate: coordinate || roles.has('translator'),
    review: coordinate || roles.has('reviewer'),
  };
}
